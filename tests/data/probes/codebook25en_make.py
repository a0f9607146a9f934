"""Writes tests/data/probes/codebook25en-2.en.jsonl (helper codebook25en): for each wording family that
codebook-6.en found missing, another member of the family about other countries, written and
gold-coded before any change and never tuned on.
Run from the repository root: python3 tests/data/probes/codebook25en_make.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party as A, sentence_evidence, write_jsonl  # noqa: E402
def E(t, m, code, src, tgt, mod="actual", req=True, pol="positive", ev=None):
    return gold_event(t, code, src, tgt, ev, mode=m, modality=mod, required=req, polarity=pol)
P = "2025-06-16"
I = []
def it(code, text, *evs): I.append((code, text, list(evs)))
it("0356", "Vietnam pledged to draw down its troops along the Cambodian border by the end of the year.",
   E("AGREE", None, "0356", A("VNM", "MIL"), A("KHM", None), "intended"))
it("040", "Greek and Turkish diplomats parleyed in Ankara on Thursday over the Aegean airspace.",
   E("CONSULT", None, "040", A("GRC", "GOV"), A("TUR", "GOV")))
it("044", "The presidents of Ghana and Togo had a one-on-one on the margins of the AU summit in Addis Ababa.",
   E("CONSULT", "third-party", "044", A("GHA", "GOV"), A("TGO", "GOV")))
it("050", "Nauru has thrown in its lot with Beijing on fisheries, its president said.",
   E("SUPPORT", None, "050", A("NRU", "GOV"), A("CHN", "GOV")))
it("056", "Namibia's president said his country had forgiven Germany for the colonial-era killings.",
   E("SUPPORT", None, "056", A("NAM", "GOV"), A("DEU", "GOV")),
   E("ASSAULT", None, "202", A("DEU", None), A("NAM", None), req=False))
it("057", "Latvia and Estonia put their signatures to a border demarcation treaty in Riga on Monday.",
   E("AGREE", None, "057", A("LVA", "GOV"), A("EST", "GOV")))
it("060", "Uruguay and Argentina will co-fund the dredging of the River Plate channel.",
   E("AGREE", None, "0311", A("URY", "GOV"), A("ARG", "GOV"), "intended"))
it("062", "French and Italian warships are patrolling in tandem off the Libyan coast.",
   E("COOPERATE", None, "062", A("FRA", "MIL"), A("ITA", "MIL")))
it("075", "Canada has sheltered a dissident Iranian rapper who fled Tehran.",
   E("AID", None, "075", A("CAN", "GOV"), A("IRN", None)))
it("0814", "Sri Lanka's government let the state of emergency expire at midnight on Sunday.",
   E("CONCEDE", None, "0814", A("LKA", "GOV"), None))
it("0842", "France made restitution of 26 royal treasures to Benin on Tuesday.",
   E("RETREAT", None, "0842", A("FRA", "GOV"), A("BEN", "GOV")))
it("0872", "Egypt's authorities unsealed the Rafah crossing for the first time in months on Monday.",
   E("RETREAT", None, "0872", A("EGY", "GOV"), None))
it("0873", "South Sudan's army stood down 10,000 former rebel fighters in Juba.",
   E("RETREAT", "disarm", "0873", A("SSD", "MIL"), A("SSD", "REB")))
it("090", "Mexico's congress has put the state oil firm's contracts with Spanish builders under the microscope.",
   E("ACCUSE", "investigate", "090", A("MEX", "LEG"), A("MEX", "BUS")))
it("092", "Abuses by Burundian police will come under the scrutiny of the African Commission on Human Rights.",
   E("ACCUSE", "investigate", "092", A("IGO", None, "African Commission on Human and Peoples' Rights"), A("BDI", "COP"), "intended"))
it("093", "Canada's military is re-examining a 2011 air strike by its jets in Libya.",
   E("ACCUSE", "investigate", "093", A("CAN", "MIL"), A("CAN", "MIL")),
   E("ASSAULT", "aerial", "195", A("CAN", "MIL"), A("LBY", None), req=False))
it("1042", "Washington leaned on Honduras to scrap its extradition reform.",
   E("REQUEST", "change", "1042", A("USA", "GOV"), A("HND", "GOV")))
it("143", "Nurses across Zimbabwe stayed away from work on Monday over unpaid allowances.",
   E("PROTEST", "strike", "143", A("ZWE", "MED"), None))
it("1412", "Thousands of Slovaks came out onto the streets of Bratislava on Friday against the broadcasting law.",
   E("PROTEST", "demo", "1412", A("SVK", "CVL"), None))
it("144", "French truckers clogged the ring road around Paris with their lorries on Tuesday.",
   E("PROTEST", "obstruct", "144", A("FRA", "LAB"), None))
it("150", "China staged a show of strength with warplanes near Taiwan on Sunday.",
   E("MOBILIZE", None, "150", A("CHN", "MIL"), None))
it("151", "All police leave in Nairobi was cancelled ahead of the anniversary protests.",
   E("MOBILIZE", "police", "151", A("KEN", "COP"), None))
it("153", "Sri Lanka surged soldiers into Colombo's port district after the riots.",
   E("MOBILIZE", "troops", "154", A("LKA", "MIL"), None))
it("154", "Moldova called its reservists to the colours on Saturday.",
   E("MOBILIZE", "troops", "154", A("MDA", "MIL"), None))
it("1622", "The Netherlands put its military assistance to Burkina Faso on ice on Thursday.",
   E("SANCTION", "discontinue", "1622", A("NLD", "GOV"), A("BFA", "GOV")))
it("1712", "Russian troops dynamited a dam in southern Ukraine, Kyiv said.",
   E("ASSAULT", "destroy", "1712", A("RUS", "MIL"), A("UKR", None)))
it("1724", "Bolivia's president decreed a state of siege in the province of Santa Cruz on Monday.",
   E("COERCE", "martial-law", "1724", A("BOL", "GOV"), None))
it("191", "Ethiopian troops encircled the Tigrayan town of Alamata on Wednesday.",
   E("COERCE", "restrict", "191", A("ETH", "MIL"), A("ETH", None)))
it("1822", "Egyptian guards subjected a detained Italian student to electric shocks.",
   E("ASSAULT", "torture", "1822", A("EGY", "COP"), A("ITA", "EDU")))
it("194", "Azerbaijani artillery raked Armenian positions near Jermuk overnight.",
   E("ASSAULT", "heavy-weapons", "194", A("AZE", "MIL"), A("ARM", "MIL")))
it("201", "Thousands of Rohingya were herded across the border into Bangladesh by Myanmar's army.",
   E("ASSAULT", None, "201", A("MMR", "MIL"), A("MMR", "CVL")))
it("203", "Serbian paramilitaries rid the town of Foca of its Muslim population, the tribunal found.",
   E("ASSAULT", None, "203", A("SRB", "MIL"), A("BIH", "CVL")))
it("0874", "Some 300 ELN guerrillas gave themselves up to the Colombian army in Arauca.",
   E("RETREAT", "disarm", "0874", A("COL", "REB", "ELN"), A("COL", "MIL")))
it("0332", "Norway has lined up a package of air-defence missiles for Ukraine, to be delivered in the spring.",
   E("AGREE", None, "0332", A("NOR", "GOV"), A("UKR", "MIL"), "intended"))
write_jsonl("tests/data/probes/codebook25en-2.en.jsonl",
            (gold_article(f"codebook25en-2-{code}", "en", text, P, sentence_evidence(evs, text)) for code, text, evs in I))
print(len(I))
