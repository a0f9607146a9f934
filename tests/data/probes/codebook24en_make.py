"""Writes tests/data/probes/codebook24en-2.en.jsonl (helper codebook24en, never tuned on):
other members of the wording families codebook-5.en missed, about other countries.
Run: python3 tests/data/probes/codebook24en_make.py"""
import json, os
def A(c, s=None, n=None): return {"name": n, "country": c, "sector": s}
def E(t, m, code, src, tgt, mod="actual", req=True, pol="positive"):
    return dict(event_type=t, mode=m, cameo=code, source=src, target=tgt, date=None, location=None,
                polarity=pol, modality=mod, evidence=None, required=req)
I = []
def it(code, text, *evs): I.append((code, text, list(evs)))
it("0311","Ghana will throw its cocoa processing sector open to Turkish investors, Accra said on Monday.",E("AGREE",None,"0311",A("GHA","GOV"),A("TUR","BUS"),"intended"))
it("0312","Japan made a commitment on Monday to train Philippine coast guard crews from next year.",E("AGREE",None,"0312",A("JPN","GOV"),A("PHL","MIL"),"intended"))
it("0331","Denmark has set aside 30 million euros of aid for Chad's refugee camps.",E("AGREE",None,"0331",A("DNK","GOV"),A("TCD",None),"intended"))
it("040","The presidents of Ghana and Togo had a working dinner in Lome on Friday.",E("CONSULT",None,"040",A("GHA","GOV"),A("TGO","GOV")))
it("043","Japan's emperor gave a state banquet in Tokyo on Tuesday for the visiting Brazilian president.",E("CONSULT","visit","043",A("BRA","GOV"),A("JPN","GOV")))
it("046","Greek and Turkish negotiators returned to the negotiating table in Athens on Monday.",E("CONSULT",None,"046",A("GRC","GOV"),A("TUR","GOV")))
it("051","Uruguay's president sang the praises of Paraguay's new river port on Thursday.",E("SUPPORT",None,"051",A("URY","GOV"),A("PRY",None)))
it("052","Austria stuck up for Hungary at the EU summit on Thursday.",E("SUPPORT",None,"052",A("AUT","GOV"),A("HUN","GOV")))
it("055","New Zealand's government issued a formal apology to Samoa for killings in the colonial era.",E("SUPPORT",None,"055",A("NZL","GOV"),A("WSM","GOV")))
it("061","Namibia and Botswana forged a partnership to build a solar park on their border.",E("COOPERATE",None,"061",A("NAM","GOV"),A("BWA","GOV")))
it("062","The Black Sea coast is being patrolled jointly by Romanian and Bulgarian warships.",E("COOPERATE",None,"062",A("ROU","MIL"),A("BGR","MIL")))
it("064","A tip-off from Jordanian intelligence led Belgian police to an arms cache in Antwerp.",E("COOPERATE",None,"064",A("JOR","SPY"),A("BEL","COP")))
it("071","Kuwait picked up the tab for Yemen's fuel imports last month.",E("AID",None,"071",A("KWT","GOV"),A("YEM","GOV")))
it("072","Ukraine's army took delivery of Swedish howitzers on Monday.",E("AID",None,"072",A("SWE","GOV"),A("UKR","MIL")))
it("0841","Two Norwegian tourists held in Yemen were let go by the Houthis on Saturday.",E("RETREAT","release","0841",A("YEM","REB","Houthis"),A("NOR",None)))
it("0863","Aid convoys were cleared to enter Tigray by Ethiopia's government on Tuesday.",E("RETREAT","access","0863",A("ETH","GOV"),A("ETH",None)))
it("0871","Philippine communist rebels said they would hold their fire over the holidays.",E("RETREAT","ceasefire","0871",A("PHL","REB"),None,"intended"))
it("091","Corruption claims against Malawi's vice-president are being looked into by the ombudsman.",E("ACCUSE","investigate","091",A("MWI","GOV"),A("MWI","GOV")))
it("092","Amnesty International is delving into reports of torture in Sri Lanka's detention centres.",E("ACCUSE","investigate","092",A("NGO","NGO","Amnesty International"),A("LKA",None)))
it("094","UN investigators are poring over evidence of atrocities in Ethiopia's Amhara region.",E("ACCUSE","investigate","094",A("UNO",None),A("ETH",None)))
it("1041","Bangladeshi students pushed for the prime minister's resignation on Monday.",E("REQUEST","change","1041",A("BGD","EDU"),A("BGD","GOV")))
it("106","Laos asked for a face-to-face meeting with Hanoi's leaders over the Mekong dam.",E("REQUEST","meet","106",A("LAO","GOV"),A("VNM","GOV")))
it("1243","Two detained British journalists will not be released, Algeria told London on Thursday.",E("REJECT","yield","1243",A("DZA","GOV"),A("GBR","GOV")))
it("1313","Mali floated the idea of severing ties with Algeria over the drone incident.",E("THREATEN","relations","1313",A("MLI","GOV"),A("DZA","GOV")))
it("141","Romanians packed Bucharest's Victory Square on Sunday to oppose the new tax.",E("PROTEST","demo","141",A("ROU","CVL"),None))
it("143","Malawian teachers downed chalk over unpaid salaries.",E("PROTEST","strike","143",A("MWI","EDU"),None))
it("145","Rioters trashed ministry buildings in Nouakchott on Monday.",E("PROTEST","riot","145",A("MRT","CVL"),None))
it("152","Japan's self-defence forces went on alert after a North Korean missile launch.",E("MOBILIZE","troops","152",A("JPN","MIL"),None),E("MOBILIZE","weapons","150",A("PRK","MIL"),None,req=False))
it("161","Latvia demoted relations with Moscow to charge d'affaires level.",E("SANCTION","withdraw","161",A("LVA","GOV"),A("RUS","GOV")))
it("1621","Sweden terminated its development aid to Mali on Thursday.",E("SANCTION","discontinue","1621",A("SWE","GOV"),A("MLI","GOV")))
it("166","Lithuania handed a Belarusian diplomat his walking papers on Friday.",E("SANCTION","expel","166",A("LTU","GOV"),A("BLR","GOV")))
it("1711","Houses of jailed Tajik opposition leaders were forfeited to the state by a Dushanbe court.",E("COERCE","seize","1711",A("TJK","JUD"),A("TJK","OPP")))
it("1722","Algeria's interior ministry declared an opposition movement illegal on Tuesday.",E("COERCE","restrict","1722",A("DZA","GOV"),A("DZA","OPP")))
it("174","The Dominican Republic sent thousands of Haitians packing last month.",E("COERCE","deport","174",A("DOM","GOV"),A("HTI",None)))
it("182","Togolese police pummelled opposition supporters in Lome on Saturday.",E("ASSAULT","beat","182",A("TGO","COP"),A("TGO","OPP")))
it("193","Afghan and Iranian border guards swapped fire near Islam Qala on Sunday.",E("ASSAULT","firearms","193",A("AFG","MIL"),A("IRN","MIL")),E("ASSAULT","firearms","193",A("IRN","MIL"),A("AFG","MIL")))
it("202","Gunmen mowed down 30 farmers in Nigeria's Plateau state on Sunday.",E("ASSAULT",None,"202",A(None),A("NGA","CVL")))
it("2041","Islamic State fighters resorted to mustard gas against Kurdish forces in northern Iraq.",E("ASSAULT","unconventional","2041",A(None,"REB","Islamic State"),A("IRQ","MIL")))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "codebook24en-2.en.jsonl")
with open(out, "w") as f:
    for code, text, evs in I:
        for e in evs: e["evidence"] = text.rstrip(".")
        f.write(json.dumps({"article_id": f"codebook24en-2-{code}", "lang": "en", "text": text, "published": "2025-05-12", "events": evs}, ensure_ascii=False) + "\n")
print(len(I), "items")
