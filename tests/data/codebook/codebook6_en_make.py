"""Writes tests/data/codebook/codebook-6.en.jsonl and codebook-6.en.kinds.tsv (helper codebook25en):
one English item per CAMEO code, written and gold-coded whole before the coder was run on it.
Run from the repository root: python3 tests/data/codebook/codebook6_en_make.py tests/data/codebook/codebook-6.en.jsonl"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_event, party as A, write_codebook_items  # noqa: E402
def E(t, m, code, src, tgt, mod="actual", req=True, pol="positive", ev=None):
    return gold_event(t, code, src, tgt, ev, mode=m, modality=mod, required=req, polarity=pol)
P = "2025-06-16"
I = []  # (code, kind, text, events)
def it(code, kind, text, *evs): I.append((code, kind, text, list(evs)))
# ---- 03 intents
it("0313","c","Colombian and Panamanian prosecutors are to join hands on money-laundering cases, the two attorneys general said on Tuesday.",
   E("AGREE",None,"0313",A("COL","JUD"),A("PAN","JUD"),"intended"))
it("0332","d","Denmark has lined up a fresh package of F-16 spare parts for Ukraine's air force, due to ship in the autumn.",
   E("AGREE",None,"0332",A("DNK","GOV"),A("UKR","MIL"),"intended"))
it("037","d","Belize and Guatemala signalled on Monday that they were ready to bury the hatchet over the Sarstoon river.",
   E("AGREE",None,"037",A("BLZ","GOV"),A("GTM","GOV"),"intended"))
it("0356","a","Azerbaijan pledged to thin out its troops along the Armenian border before the peace treaty is signed.",
   E("AGREE",None,"0356",A("AZE","MIL"),A("ARM",None),"intended"))
# ---- 04 consult
it("040","a","Bhutanese and Indian officials deliberated in Thimphu on Friday over the Sankosh hydropower project.",
   E("CONSULT",None,"040",A("BTN","GOV"),A("IND","GOV")))
it("041","b","Mongolia's president and his South Korean counterpart held a videoconference on Wednesday about rare earths.",
   E("CONSULT","phone","041",A("MNG","GOV"),A("KOR","GOV")))
it("044","b","Eritrea's and Djibouti's foreign ministers held a tete-a-tete on the sidelines of a forum in Doha on Sunday.",
   E("CONSULT","third-party","044",A("ERI","GOV"),A("DJI","GOV")))
it("045","b","Qatar has been hosting proximity talks between Kinshasa and the M23 rebels in Doha this week.",
   E("CONSULT","third-party","045",A("COD","GOV"),A("COD","REB","M23")),
   E("CONSULT",None,"045",A("QAT","GOV"),A("COD","GOV"),req=False),E("CONSULT",None,"045",A("QAT","GOV"),A("COD","REB","M23"),req=False))
# ---- 05 support
it("050","d","Fiji has cast its lot with Australia on Pacific security, its prime minister said on Tuesday.",
   E("SUPPORT",None,"050",A("FJI","GOV"),A("AUS","GOV")))
it("053","d","Brazil is drumming up support among BRICS members for Bolivia's bid to join the bloc.",
   E("SUPPORT",None,"053",A("BRA","GOV"),A("BOL","GOV")))
it("056","d","Timor-Leste's president said his nation bore Indonesia no grudge for the years of occupation.",
   E("SUPPORT",None,"056",A("TLS","GOV"),A("IDN","GOV")))
it("057","b","Mauritius and the Seychelles set their signatures to a fisheries accord in Port Louis on Friday.",
   E("AGREE",None,"057",A("MUS","GOV"),A("SYC","GOV")))
# ---- 06 cooperate
it("060","a","Gambia and Guinea-Bissau are co-financing a new bridge over the Geba river.",
   E("COOPERATE",None,"060",A("GMB","GOV"),A("GNB","GOV")))
it("062","d","Nigerien and Chadian forces are operating in tandem against Boko Haram around Lake Chad.",
   E("COOPERATE",None,"062",A("NER","MIL"),A("TCD","MIL")))
it("063","b","Argentina's courts cleared the extradition of a former Bolivian minister wanted for graft in La Paz.",
   E("COOPERATE",None,"063",A("ARG","JUD"),A("BOL","GOV")))
it("064","a","Jordan passed along intelligence on an Islamic State cell to Iraqi security services last week.",
   E("COOPERATE",None,"064",A("JOR","SPY"),A("IRQ","SPY")))
# ---- 07 aid
it("071","b","Kuwait extended a soft loan of 200 million dollars to Tunisia on Tuesday.",
   E("AID",None,"071",A("KWT","GOV"),A("TUN","GOV")))
it("073","a","The United Arab Emirates flew in 100 tonnes of medical supplies to earthquake-stricken Morocco on Sunday.",
   E("AID",None,"073",A("ARE","GOV"),A("MAR",None)))
it("074","c","Mozambique's gas fields in Cabo Delgado are being secured by Rwandan troops at Maputo's request.",
   E("AID",None,"074",A("RWA","MIL"),A("MOZ","GOV")),E("REQUEST","assist","1034",A("MOZ","GOV"),A("RWA","GOV"),req=False))
it("075","d","Lithuania has taken a fleeing Belarusian opposition blogger under its wing.",
   E("AID",None,"075",A("LTU","GOV"),A("BLR","OPP")))
# ---- 08 concede / retreat
it("0811","c","Curbs on foreign media in Ethiopia's Amhara region have been rolled back by Addis Ababa.",
   E("CONCEDE",None,"0811",A("ETH","GOV"),None))
it("0814","c","Ecuador's state of emergency will be allowed to expire on Friday, the presidency announced.",
   E("CONCEDE",None,"0814",A("ECU","GOV"),None,"intended"))
it("0842","b","Belgium made restitution of colonial-era artefacts to the Democratic Republic of Congo on Monday.",
   E("RETREAT",None,"0842",A("BEL","GOV"),A("COD","GOV")))
it("0872","a","The Saudi-led coalition unblocked Yemen's Hodeidah port on Thursday.",
   E("RETREAT",None,"0872",A("SAU","MIL"),A("YEM",None)))
it("0873","d","Ethiopia's government stood down 20,000 Amhara militia fighters under the Pretoria deal.",
   E("RETREAT","disarm","0873",A("ETH","GOV"),A("ETH","REB")))
it("0874","c","Islamic State holdouts in Baghouz gave themselves up to Kurdish-led forces on Saturday.",
   E("RETREAT","disarm","0874",A(None,"REB","Islamic State"),A("SYR","REB")))
# ---- 09 investigate
it("090","d","Kenyan lawmakers have put the Adani airport lease under the microscope.",
   E("ACCUSE","investigate","090",A("KEN","LEG"),A("IND","BUS")))
it("091","b","Zambia's anti-graft commission began a forensic audit of the former president's associates on Monday.",
   E("ACCUSE","investigate","091",A("ZMB","GOV"),A("ZMB",None)))
it("092","c","Killings of protesters in Togo will come under the scrutiny of UN rights investigators.",
   E("ACCUSE","investigate","092",A("UNO",None),A("TGO",None),"intended"))
it("093","a","Britain is reinvestigating night raids by its special forces in Afghanistan.",
   E("ACCUSE","investigate","093",A("GBR","GOV"),A("GBR","MIL")),E("ASSAULT",None,"190",A("GBR","MIL"),A("AFG",None),req=False))
# ---- 10 request
it("1033","b","Malawi put out a call to the World Food Programme for emergency maize after the drought.",
   E("REQUEST","assist","1033",A("MWI","GOV"),A("UNO",None,"World Food Programme")))
it("1042","d","Brazil leaned on Paraguay to rethink its soybean export tax.",
   E("REQUEST","change","1042",A("BRA","GOV"),A("PRY","GOV")))
it("1053","c","The immediate freeing of two Swiss nationals held in Iran was demanded by Bern on Monday.",
   E("REQUEST","yield","1053",A("CHE","GOV"),A("IRN","GOV")))
it("107","a","The Arab League exhorted Sudan's warring generals to settle their differences through talks.",
   E("REQUEST","meet","107",A("IGO",None,"Arab League"),A("SDN","MIL")))
# ---- 11 disapprove
it("111","a","Chile's foreign minister pilloried Nicaragua's government over the stripping of citizenship from dissidents.",
   E("ACCUSE","disapprove","111",A("CHL","GOV"),A("NIC","GOV")))
it("1124","b","Armenia has made allegations of war crimes against Azerbaijani troops.",
   E("ACCUSE","allege","1124",A("ARM","GOV"),A("AZE","MIL")))
it("114","b","The Philippines lodged a note verbale with Beijing over fishing incursions on Monday.",
   E("ACCUSE","allege","114",A("PHL","GOV"),A("CHN","GOV")))
it("116","c","Gabon court hands former first lady 20-year term for embezzlement.",
   E("SANCTION","convict","116",A("GAB","JUD"),A("GAB",None)))
# ---- 12 reject
it("1211","a","Kenya's parliament voted down a Chinese loan for the railway extension.",
   E("REJECT","assist","1211",A("KEN","LEG"),A("CHN","GOV")))
it("1244","c","Sanctions on Myanmar's junta will not be lifted, Britain's Asia minister told parliament.",
   E("REJECT","yield","1244",A("GBR","GOV"),A("MMR","GOV")))
it("126","d","Algeria gave a frosty reception to Spain's offer of mediation in its dispute with Morocco.",
   E("REJECT","meet","126",A("DZA","GOV"),A("ESP","GOV")))
it("127","c","A peace plan drafted by Angola was dismissed out of hand by Rwanda on Tuesday.",
   E("REJECT","meet","127",A("RWA","GOV"),A("AGO","GOV")))
# ---- 13 threaten
it("1311","d","Sweden warned Tanzania that it would turn off the aid tap if the election was rigged.",
   E("THREATEN","relations","1311",A("SWE","GOV"),A("TZA","GOV")))
it("137","b","Zimbabwe's police chief issued a stark warning of a forceful crackdown to would-be protesters.",
   E("THREATEN","violence","137",A("ZWE","COP"),A("ZWE","CVL")))
it("1381","c","Guyana's ports could be bottled up by the Venezuelan navy, Caracas warned on Tuesday.",
   E("THREATEN","restrict","1381",A("VEN","GOV"),A("GUY",None)))
it("1384","d","Iran's Revolutionary Guards said US bases in the Gulf were in their sights.",
   E("THREATEN","violence","1384",A("IRN","MIL"),A("USA","MIL")))
# ---- 14 protest
it("142","a","A jailed Bahraini rights activist has been refusing food for three weeks in protest at his detention.",
   E("PROTEST","hunger","142",A("BHR","CVL"),None))
it("143","a","Teachers across Chile stayed away from classrooms on Thursday in a pay dispute.",
   E("PROTEST","strike","143",A("CHL","EDU"),None))
it("1412","a","Tens of thousands of Serbs came out onto the streets of Belgrade on Saturday against a lithium mine.",
   E("PROTEST","demo","1412",A("SRB","CVL"),None))
it("144","d","Polish farmers choked border crossings with Ukraine with their tractors on Monday.",
   E("PROTEST","obstruct","144",A("POL","CVL"),None))
# ---- 15 mobilize
it("150","b","Russia put on a show of strength with a flotilla of warships off Norway's northern coast.",
   E("MOBILIZE",None,"150",A("RUS","MIL"),None))
it("151","c","All police leave in Kampala has been cancelled ahead of the opposition rally.",
   E("MOBILIZE","police","151",A("UGA","COP"),None))
it("153","a","Bangladesh surged police into Dhaka's university district ahead of planned student protests.",
   E("MOBILIZE","police","153",A("BGD","COP"),None))
it("154","d","Georgia recalled thousands of reservists to the colours on Friday.",
   E("MOBILIZE","troops","154",A("GEO","MIL"),None))
# ---- 16 sanction
it("163","c","Sweeping sanctions on Russian drone makers were announced by Canberra on Wednesday.",
   E("SANCTION","discontinue","163",A("AUS","GOV"),A("RUS","BUS")))
it("1622","d","Germany has put its arms deliveries to Saudi Arabia on ice.",
   E("SANCTION","discontinue","1622",A("DEU","GOV"),A("SAU","GOV")))
it("164","a","Kyrgyzstan quit the border talks with Tajikistan on Wednesday.",
   E("SANCTION","withdraw","164",A("KGZ","GOV"),A("TJK","GOV")))
it("1663","a","Mali's junta ejected the Norwegian Refugee Council from the country on Monday.",
   E("SANCTION","expel","1663",A("MLI","GOV"),A("NGO",None,"Norwegian Refugee Council")))
# ---- 17 coerce
it("1712","a","Israeli troops dynamited houses in the southern Lebanese village of Odaisseh on Tuesday.",
   E("ASSAULT","destroy","1712",A("ISR","MIL"),A("LBN",None)))
it("1721","b","Nicaragua's government stripped the last independent newspaper of its licence.",
   E("COERCE","censor","1721",A("NIC","GOV"),A("NIC","JRN")))
it("1724","c","A state of siege has been decreed in three Andean provinces by Peru's government.",
   E("COERCE","martial-law","1724",A("PER","GOV"),None))
it("191","d","Guinean troops ringed the capital's main opposition stronghold on Tuesday.",
   E("COERCE","restrict","191",A("GIN","MIL"),A("GIN","OPP")))
# ---- 18 violence
it("1822","b","Belarusian interrogators subjected a detained Polish activist to mock executions.",
   E("ASSAULT","torture","1822",A("BLR","COP"),A("POL","CVL")))
it("1823","c","A Cameroonian journalist was bludgeoned to death in Yaounde on Saturday.",
   E("ASSAULT",None,"1823",A(None,None),A("CMR","JRN")))
it("1831","a","An al-Shabaab suicide attacker set off his explosives at a Mogadishu beach restaurant on Friday.",
   E("ASSAULT","suicide-attack","1831",A("SOM","REB","al-Shabaab"),A("SOM",None)))
it("185","b","A Haitian senator escaped an assassination bid by gunmen in Port-au-Prince on Sunday.",
   E("ASSAULT","targeted","185",A(None,None),A("HTI","LEG")))
# ---- 19 fight
it("190","b","Nigerian troops mounted a ground assault on Boko Haram camps in the Sambisa forest.",
   E("ASSAULT",None,"190",A("NGA","MIL"),A("NGA","REB","Boko Haram")))
it("194","a","Syrian government artillery raked rebel-held Idlib on Wednesday.",
   E("ASSAULT","heavy-weapons","194",A("SYR","MIL"),A("SYR","REB")))
it("195","c","Houthi positions near Sanaa were struck from the air by US warplanes overnight.",
   E("ASSAULT","aerial","195",A("USA","MIL"),A("YEM","REB","Houthis")))
it("196","d","Myanmar's military made a mockery of its own truce by shelling Kachin villages on Tuesday.",
   E("ASSAULT",None,"196",A("MMR","MIL"),A("MMR",None)))
# ---- 20 mass violence
it("200","b","Islamist militants carried out a wave of beheadings in northern Mozambique's Cabo Delgado province.",
   E("ASSAULT",None,"200",A(None,"REB"),A("MOZ","CVL")))
it("201","c","Tens of thousands of Afghans are being herded across the border by Pakistan.",
   E("ASSAULT",None,"201",A("PAK","GOV"),A("AFG","CVL")))
it("202","d","Armed bandits left more than 60 villagers dead in a night raid on a Zamfara village in Nigeria.",
   E("ASSAULT",None,"202",A(None,None),A("NGA","CVL")))
it("203","d","RSF fighters rid El Geneina of its Masalit inhabitants, UN investigators said.",
   E("ASSAULT",None,"203",A("SDN","REB","Rapid Support Forces"),A("SDN","CVL")))

write_codebook_items(sys.argv[1], "codebook6-en", I, P)
