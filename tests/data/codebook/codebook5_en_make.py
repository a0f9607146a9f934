"""Writes tests/data/codebook/codebook-5.en.jsonl and codebook-5.en.kinds.tsv (helper codebook24en):
one English item per CAMEO code, written and gold-coded before the coder was run on it.
Run from the repository root: python3 tests/data/codebook/codebook5_en_make.py tests/data/codebook/codebook-5.en.jsonl"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_event, party as A, write_codebook_items  # noqa: E402
def E(t, m, code, src, tgt, mod="actual", req=True, pol="positive", ev=None):
    return gold_event(t, code, src, tgt, ev, mode=m, modality=mod, required=req, polarity=pol)
P = "2025-05-12"
I = []  # (code, kind, text, events)
def it(code, kind, text, *evs): I.append((code, kind, text, list(evs)))
# ---- 03 intents
it("0311","c","Uzbekistan to throw its gas pipelines open to Kazakh exporters from January, Tashkent says.",
   E("AGREE",None,"0311",A("UZB","GOV"),A("KAZ","BUS"),"intended"))
it("0312","b","Estonia has given an undertaking to station Finnish air-defence batteries on its soil from next year.",
   E("AGREE",None,"0312",A("EST","GOV"),A("FIN","MIL"),"intended"))
it("0331","a","Iceland has pencilled in 20 million dollars of budget support for Moldova, its foreign ministry said on Monday.",
   E("AGREE",None,"0331",A("ISL","GOV"),A("MDA","GOV"),"intended"))
it("036","d","Honduras's president said her door was open to a meeting with Guatemala's leader to settle the border row.",
   E("AGREE",None,"036",A("HND","GOV"),A("GTM","GOV"),"intended"))
it("039","b","Oman has offered its services as an intermediary between Iran and the United States, its foreign minister said on Sunday.",
   E("AGREE",None,"039",A("OMN","GOV"),A("IRN","GOV"),"intended"),E("AGREE",None,"039",A("OMN","GOV"),A("USA","GOV"),"intended"))
# ---- 04 consult
it("040","b","The foreign ministers of Chile and Argentina had a working lunch in Santiago on Tuesday on their shared glaciers.",
   E("CONSULT",None,"040",A("CHL","GOV"),A("ARG","GOV")))
it("042","c","Slovakia's prime minister is in Hanoi this week on his first official visit to Vietnam.",
   E("CONSULT","visit","042",A("SVK","GOV"),A("VNM","GOV")))
it("043","b","Malaysia's king hosted a state banquet for the Sultan of Brunei in Kuala Lumpur on Monday.",
   E("CONSULT","visit","043",A("BRN","GOV","Hassanal Bolkiah"),A("MYS","GOV")))
it("046","d","Guyanese and Surinamese negotiators went back to the table in Paramaribo on Thursday over their maritime boundary.",
   E("CONSULT",None,"046",A("GUY","GOV"),A("SUR","GOV")))
# ---- 05 support
it("051","d","Singapore's prime minister spoke glowingly of Indonesia's handling of the haze crisis on Friday.",
   E("SUPPORT",None,"051",A("SGP","GOV"),A("IDN","GOV")))
it("052","d","Cuba went to bat for Venezuela at the UN General Assembly on Tuesday.",
   E("SUPPORT",None,"052",A("CUB","GOV"),A("VEN","GOV")))
it("054","b","Saudi Arabia accorded full diplomatic recognition to the new government in Damascus on Monday.",
   E("SUPPORT",None,"054",A("SAU","GOV"),A("SYR","GOV")))
it("055","d","Portugal's president issued a mea culpa to Angola on Wednesday for the crimes of the colonial era.",
   E("SUPPORT",None,"055",A("PRT","GOV"),A("AGO","GOV")))
# ---- 06 cooperate
it("061","b","Rwanda and Zambia have formed a partnership to market their coffee in Asia.",
   E("COOPERATE",None,"061",A("RWA","GOV"),A("ZMB","GOV")))
it("062","c","The Strait of Malacca is being patrolled jointly by Thai and Malaysian warships.",
   E("COOPERATE",None,"062",A("THA","MIL"),A("MYS","MIL")))
it("063","d","Swiss and Italian prosecutors are working hand in glove on a money-laundering probe into a Lugano bank.",
   E("COOPERATE",None,"063",A("CHE","JUD"),A("ITA","JUD")))
it("064","b","A tip-off from Moroccan intelligence led Spanish police to a jihadist cell in Ceuta, the interior ministry in Madrid said.",
   E("COOPERATE",None,"064",A("MAR","SPY"),A("ESP","COP")))
# ---- 07 aid
it("071","d","Qatar footed the bill for Lebanon's fuel imports for six months, Beirut's energy ministry said.",
   E("AID",None,"071",A("QAT","GOV"),A("LBN","GOV")))
it("072","b","Benin's army took delivery of 20 armoured vehicles from France on Friday.",
   E("AID",None,"072",A("FRA","GOV"),A("BEN","MIL")))
it("073","a","The World Food Programme trucked food rations into flood-hit Jonglei in South Sudan on Saturday.",
   E("AID",None,"073",A("UNO",None,"World Food Programme"),A("SSD",None)))
it("075","d","Costa Rica has given safe haven to an exiled Nicaraguan journalist, San Jose said on Tuesday.",
   E("AID",None,"075",A("CRI","GOV"),A("NIC","JRN")))
# ---- 08 concede / retreat
it("0841","c","Two Kenyan aid workers held in Somalia were let go by al-Shabaab on Sunday.",
   E("RETREAT","release","0841",A("SOM","REB","al-Shabaab"),A("KEN",None)))
it("085","d","The European Union watered down its sanctions on Venezuelan officials on Monday.",
   E("RETREAT",None,"085",A("EUR",None,"European Union"),A("VEN","GOV")))
it("0863","c","Fuel trucks were cleared to enter the Gaza Strip by Israel on Wednesday for the first time in weeks.",
   E("RETREAT","access","0863",A("ISR","GOV"),A("PSE",None)))
it("0871","d","Colombia's ELN guerrillas said they would hold their fire over the Christmas holidays.",
   E("RETREAT","ceasefire","0871",A("COL","REB","ELN"),None,"intended"))
# ---- 09 investigate
it("090","b","South Africa's parliament set up an inquiry on Tuesday into deaths in police custody.",
   E("ACCUSE","investigate","090",A("ZAF","LEG"),A("ZAF","COP")))
it("091","c","Graft allegations against Mongolia's former prime minister are being looked into by the anti-corruption agency.",
   E("ACCUSE","investigate","091",A("MNG","GOV"),A("MNG","GOV")))
it("092","a","UN human rights experts are sifting through reports of forced labour in Eritrea's military camps.",
   E("ACCUSE","investigate","092",A("UNO",None),A("ERI","MIL")))
it("094","d","International Criminal Court prosecutors are digging into alleged atrocities in Libya's Tarhuna.",
   E("ACCUSE","investigate","094",A("IGO","JUD","International Criminal Court"),A("LBY",None)))
# ---- 10 request
it("1041","a","Tunisian opposition parties pressed for the president's departure at a joint news conference on Monday.",
   E("REQUEST","change","1041",A("TUN","PTY"),A("TUN","GOV")))
it("1056","c","Russian troops must leave Transnistria, the Moldovan parliament insisted on Thursday.",
   E("REQUEST","yield","1056",A("MDA","LEG"),A("RUS","MIL")))
it("106","b","Lesotho has asked for a sit-down with Pretoria over water royalties.",
   E("REQUEST","meet","106",A("LSO","GOV"),A("ZAF","GOV")))
it("108","d","Ivory Coast called on ECOWAS to play the honest broker between Guinea's junta and its opponents.",
   E("REQUEST","meet","108",A("CIV","GOV"),A("IGO",None,"ECOWAS")))
# ---- 11 accuse
it("111","a","Ireland's foreign minister savaged Israel's settlement expansion in the West Bank on Friday.",
   E("ACCUSE","disapprove","111",A("IRL","GOV"),A("ISR","GOV")))
it("112","b","Croatia held Serbia responsible on Monday for a cyberattack on its customs service.",
   E("ACCUSE","disapprove","112",A("HRV","GOV"),A("SRB","GOV")))
it("1121","c","Peru's former transport minister has been indicted for bribery by anti-corruption prosecutors.",
   E("ACCUSE","allege","1121",A("PER","JUD"),A("PER","GOV")))
it("115","b","Nicaragua has taken Germany to the International Court of Justice over its arms sales to Israel.",
   E("ACCUSE","allege","115",A("NIC","GOV"),A("DEU","GOV")))
# ---- 12 reject
it("125","d","North Korea turned a deaf ear to Seoul's proposal for military talks on Friday.",
   E("REJECT","meet","125",A("PRK","GOV"),A("KOR","GOV")))
it("1243","c","A jailed Australian writer will not be freed, Beijing told Canberra on Monday.",
   E("REJECT","yield","1243",A("CHN","GOV"),A("AUS","GOV")))
it("128","d","Guatemala's congress thumbed its nose at a Constitutional Court ruling on the election of judges.",
   E("REJECT","yield","128",A("GTM","LEG"),A("GTM","JUD")))
it("129","b","The United States cast a veto against a Security Council draft on a Gaza truce on Wednesday.",
   E("REJECT","yield","129",A("USA","GOV"),A("UNO",None)))
# ---- 13 threaten
it("1312","c","Tariffs on Chinese steel would follow any further dumping, Mexico's economy ministry cautioned on Thursday.",
   E("THREATEN","restrict","1312",A("MEX","GOV"),A("CHN","BUS")))
it("1313","d","Burkina Faso floated the idea of cutting ties with Ivory Coast over the harbouring of coup plotters.",
   E("THREATEN","relations","1313",A("BFA","GOV"),A("CIV","GOV")))
it("138","d","Pakistan's army chief said India would pay a heavy price for any incursion across the Line of Control.",
   E("THREATEN","violence","138",A("PAK","MIL"),A("IND","GOV")))
it("139","b","The Taliban set Tajikistan a one-week deadline to release detained Afghan traders.",
   E("THREATEN","relations","139",A("AFG","GOV","Taliban"),A("TJK","GOV")))
# ---- 14 protest
it("141","a","Georgians thronged central Tbilisi on Sunday to oppose the foreign-agents law.",
   E("PROTEST","demo","141",A("GEO","CVL"),None))
it("143","d","Nigerian doctors down stethoscopes over unpaid wages.",
   E("PROTEST","strike","143",A("NGA","MED"),None))
it("144","b","Farmers staged a blockade of the main highway into Warsaw on Tuesday against EU grain imports.",
   E("PROTEST","obstruct","144",A("POL","CVL"),None))
it("145","a","Rioters ransacked government offices in Antananarivo on Tuesday after power cuts.",
   E("PROTEST","riot","145",A("MDG","CVL"),None))
# ---- 15 mobilize
it("150","a","Serbia concentrated armoured units near its boundary with Kosovo on Saturday.",
   E("MOBILIZE",None,"150",A("SRB","MIL"),None))
it("152","a","South Korea's military went on alert after the North fired artillery near the maritime border.",
   E("MOBILIZE","troops","152",A("KOR","MIL"),None),E("MOBILIZE","weapons","150",A("PRK","MIL"),None,req=False))
it("153","b","Bolivia stepped up the police presence in La Paz ahead of Friday's protest march.",
   E("MOBILIZE","police","153",A("BOL","GOV"),None),
   E("PROTEST","demo","141",A("BOL","CVL"),None,"intended",req=False))
it("154","b","Taiwan ordered a call-up of 10,000 reservists for snap exercises.",
   E("MOBILIZE","troops","154",A("TWN","GOV"),None))
# ---- 16 sanction
it("161","c","Ecuador demotes relations with Mexico to consular level.",
   E("SANCTION","withdraw","161",A("ECU","GOV"),A("MEX","GOV")))
it("1621","a","The Netherlands discontinued its development assistance to Uganda on Thursday.",
   E("SANCTION","discontinue","1621",A("NLD","GOV"),A("UGA","GOV")))
it("163","b","Britain placed three Kyrgyz banks on its sanctions list on Tuesday.",
   E("SANCTION",None,"163",A("GBR","GOV"),A("KGZ","BUS")))
it("166","d","Czechia handed two Russian diplomats their marching orders on Wednesday.",
   E("SANCTION","expel","166",A("CZE","GOV"),A("RUS","GOV")))
# ---- 17 coerce
it("1711","c","Apartments of exiled Belarusian activists have been forfeited to the state by courts in Minsk.",
   E("COERCE","seize","1711",A("BLR","JUD"),A("BLR","CVL")))
it("1722","b","Cambodia's government declared the main opposition party illegal on Monday.",
   E("COERCE","restrict","1722",A("KHM","GOV"),A("KHM","PTY")))
it("173","d","Egyptian security forces picked up 40 labour activists in Mahalla on Thursday.",
   E("COERCE","arrest","173",A("EGY","COP"),A("EGY","LAB")))
it("174","d","Iran has sent thousands of undocumented Afghans packing since January.",
   E("COERCE","deport","174",A("IRN","GOV"),A("AFG",None)))
# ---- 18 assault
it("181","b","Bandits carried out the abduction of 30 pupils from a school in Nigeria's Kaduna state on Friday.",
   E("ASSAULT","abduct","181",A(None),A("NGA","EDU")))
it("182","a","Zimbabwean police thrashed opposition supporters outside a Harare courthouse on Monday.",
   E("ASSAULT","beat","182",A("ZWE","COP"),A("ZWE","OPP")))
it("1833","c","Two Colombian police officers were killed when explosives planted by FARC dissidents detonated under their patrol car.",
   E("ASSAULT","explosives","1833",A("COL","REB"),A("COL","COP")))
it("186","c","An Ecuadorian prosecutor investigating drug gangs was slain in Guayaquil on Monday.",
   E("ASSAULT","targeted","186",A(None),A("ECU","JUD")))
# ---- 19 fight
it("190","a","Burundian troops battled M23 fighters near Uvira on Saturday.",
   E("ASSAULT",None,"190",A("BDI","MIL"),A("COD","REB","M23")),
   E("ASSAULT",None,"190",A("COD","REB","M23"),A("BDI","MIL"),req=False))
it("192","d","Arakan Army fighters wrested control of the junta's western command headquarters in Myanmar.",
   E("COERCE","seize","192",A("MMR","REB","Arakan Army"),A("MMR","MIL")))
it("193","a","Indian and Pakistani troops swapped gunfire along the Line of Control overnight.",
   E("ASSAULT","firearms","193",A("IND","MIL"),A("PAK","MIL")),E("ASSAULT","firearms","193",A("PAK","MIL"),A("IND","MIL")))
it("194","c","Armenian border villages were bombarded by Azerbaijani howitzers on Tuesday.",
   E("ASSAULT","heavy-weapons","194",A("AZE","MIL"),A("ARM",None)))
# ---- 20 mass violence
it("200","b","Jihadists perpetrated a mass killing of villagers in northern Burkina Faso, a local official said.",
   E("ASSAULT",None,"200",A(None,"REB"),A("BFA","CVL")))
it("201","c","Thousands of Masalit families were driven out of West Darfur by RSF militias.",
   E("ASSAULT",None,"201",A("SDN","REB","Rapid Support Forces"),A("SDN","CVL")))
it("202","d","ADF rebels mowed down at least 40 villagers in Congo's Ituri province overnight.",
   E("ASSAULT",None,"202",A("COD","REB","Allied Democratic Forces"),A("COD","CVL")))
it("2041","b","Syrian government forces resorted to chlorine gas against rebel-held Douma, inspectors concluded.",
   E("ASSAULT","unconventional","2041",A("SYR","MIL"),A("SYR","REB")))

write_codebook_items(sys.argv[1], "codebook5-en", I, P)
