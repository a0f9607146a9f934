"""Writes codebook-6.fr.jsonl and codebook-6.fr.kinds.tsv (helper codebook25fr, wave 25).

The sixth one-sentence set, French: one item per CAMEO code over every root 03-20, each
worded as none of codebook, -2, -3, -5 nor the probe sets word it (each head word and
locution was searched in those files' texts first; codebook-4 was not opened). Gold-coded
whole here before the coder was run on any of it. Kinds of wording: a plain less common
verb or synonym; b light-verb or nominal construction; c passive, future, conditional or
negated form; d press idiom or register. Run: python3 tests/data/codebook/codebook6_fr_make.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party as A, sentence_evidence, write_jsonl  # noqa: E402

HERE = Path(__file__).parent


def E(etype, mode, cameo, src, tgt, modality="actual", required=True, evidence=None, polarity="positive"):
    return gold_event(etype, cameo, src, tgt, evidence, mode=mode, modality=modality, required=required, polarity=polarity)


# (code, kind, published, text, events)
ITEMS = [
    # 03 AGREE
    ("0312", "d", "2025-04-02", "Le Kazakhstan caresse le projet de manœuvres militaires conjointes avec la Mongolie.",
     [E("AGREE", None, "0312", A("KAZ", "GOV"), A("MNG", "GOV"), "intended")]),
    ("0333", "b", "2025-09-03", "Séoul s'apprête à dégager une enveloppe de dix millions de dollars pour les sinistrés du séisme afghan.",
     [E("AGREE", None, "0333", A("KOR", "GOV"), A("AFG", "CVL"), "intended")]),
    ("0356", "d", "2025-05-14", "Athènes et Ankara sont tombées d'accord pour espacer leurs patrouilles navales en mer Égée.",
     [E("AGREE", None, "0356", A("GRC", "GOV"), A("TUR", "GOV"))]),
    ("038", "b", "2025-02-20", "Le gouvernement yéménite se dit disposé à s'en remettre à une médiation omanaise.",
     [E("AGREE", None, "038", A("YEM", "GOV"), A("OMN", "GOV"), "intended")]),
    # 04 CONSULT
    ("040", "b", "2025-02-16", "Le président sénégalais a eu un long aparté avec son homologue gambien en marge du sommet de l'Union africaine.",
     [E("CONSULT", None, "040", A("SEN", "GOV"), A("GMB", "GOV"))]),
    ("041", "b", "2025-06-12", "Le Premier ministre japonais et le président philippin se sont entretenus jeudi en visioconférence.",
     [E("CONSULT", "phone", "041", A("JPN", "GOV"), A("PHL", "GOV"))]),
    ("044", "d", "2025-07-08", "Émissaires soudanais et tchadiens se sont donné rendez-vous à Djeddah.",
     [E("CONSULT", "third-party", "044", A("SDN", "GOV"), A("TCD", "GOV"))]),
    ("046", "d", "2025-03-27", "Les négociateurs britanniques et mauriciens ont remis l'ouvrage sur le métier au sujet de la souveraineté des Chagos.",
     [E("CONSULT", None, "046", A("GBR", "GOV"), A("MUS", "GOV"))]),
    # 05 SUPPORT
    ("051", "d", "2025-01-22", "Le président ghanéen a tressé des lauriers à la Côte d'Ivoire pour son accueil des réfugiés burkinabè.",
     [E("SUPPORT", None, "051", A("GHA", "GOV"), A("CIV", "GOV"))]),
    ("053", "d", "2025-08-19", "La Ligue arabe a battu le rappel de ses membres en faveur de la candidature égyptienne à la direction de l'Unesco.",
     [E("SUPPORT", None, "053", A("IGO", None, "Arab League"), A("EGY", "GOV"))]),
    ("056", "d", "2025-04-09", "Le président rwandais a passé l'éponge sur les propos du chef de la diplomatie belge.",
     [E("SUPPORT", None, "056", A("RWA", "GOV"), A("BEL", "GOV"))]),
    ("057", "d", "2025-10-07", "Le Vietnam et l'Indonésie ont porté sur les fonts baptismaux un accord sur la délimitation de leurs zones économiques exclusives.",
     [E("AGREE", None, "057", A("VNM", "GOV"), A("IDN", "GOV"))]),
    # 06 COOPERATE
    ("060", "d", "2025-03-05", "La Zambie et le Malawi se sont serré les coudes face à l'épidémie de choléra.",
     [E("COOPERATE", None, "060", A("ZMB", "GOV"), A("MWI", "GOV"))]),
    ("061", "a", "2025-11-12", "La Norvège et l'Islande exploitent de concert les stocks de maquereau de l'Atlantique Nord.",
     [E("COOPERATE", None, "061", A("NOR", "GOV"), A("ISL", "GOV"))]),
    ("062", "a", "2025-05-28", "Soldats togolais et béninois traquent de conserve les jihadistes dans la région des Savanes.",
     [E("COOPERATE", None, "062", A("TGO", "MIL"), A("BEN", "MIL"))]),
    ("063", "b", "2025-06-24", "Madrid a fait droit à la demande d'extradition de Rabat visant un baron de la drogue.",
     [E("COOPERATE", None, "063", A("ESP", "GOV"), A("MAR", "GOV")),
      E("REQUEST", "assist", "1013", A("MAR", "GOV"), A("ESP", "GOV"), required=False)]),
    ("064", "b", "2025-09-17", "Un échange de renseignements entre la Thaïlande et la Malaisie a permis de démanteler un réseau de passeurs.",
     [E("COOPERATE", None, "064", A("THA", "GOV"), A("MYS", "GOV"))]),
    # 07 AID
    ("071", "d", "2025-02-04", "L'Inde perfuse l'économie sri-lankaise à coups de lignes de crédit.",
     [E("AID", None, "071", A("IND", "GOV"), A("LKA", "GOV"))]),
    ("072", "a", "2025-07-30", "La Turquie a doté l'armée somalienne de drones armés.",
     [E("AID", None, "072", A("TUR", "GOV"), A("SOM", "MIL"))]),
    ("073", "a", "2025-01-29", "Le Programme alimentaire mondial a ravitaillé des milliers de déplacés yéménites à Marib.",
     [E("AID", None, "073", A("UNO", None, "World Food Programme"), A("YEM", "CVL"))]),
    ("075", "c", "2025-10-15", "Une opposante bolivienne poursuivie par la justice de son pays a obtenu l'asile au Brésil.",
     [E("AID", None, "075", A("BRA", "GOV"), A("BOL", "OPP")),
      E("ACCUSE", "allege", "112", A("BOL", "JUD"), A("BOL", "OPP"), required=False)]),
    # 08 CONCEDE / RETREAT
    ("0832", "d", "2025-06-26", "Le gouvernement kényan a rangé au placard son projet de loi de finances après des semaines de manifestations.",
     [E("CONCEDE", None, "0832", A("KEN", "GOV"), A("KEN", "CVL")),
      E("PROTEST", "demo", "141", A("KEN", "CVL"), A("KEN", "GOV"), required=False)]),
    ("0841", "a", "2025-03-19", "Téhéran a élargi un ressortissant français détenu depuis trois ans à la prison d'Evin.",
     [E("RETREAT", "release", "0841", A("IRN", "GOV"), A("FRA", "CVL"))]),
    ("0842", "a", "2025-11-26", "Les Pays-Bas ont rétrocédé au Sri Lanka six objets d'art pillés à l'époque coloniale.",
     [E("RETREAT", None, "0842", A("NLD", "GOV"), A("LKA", "GOV"))]),
    ("0874", "a", "2025-08-06", "Une centaine de rebelles centrafricains se sont livrés à l'armée à Bambari.",
     [E("RETREAT", "disarm", "0874", A("CAF", "REB"), A("CAF", "MIL"))]),
    # 09 INVESTIGATE
    ("091", "b", "2025-04-23", "Le parquet malgache a diligenté une enquête visant l'ancien ministre des Finances.",
     [E("ACCUSE", "investigate", "091", A("MDG", "JUD"), A("MDG", "GOV"))]),
    ("092", "a", "2025-05-21", "Amnesty International a répertorié des dizaines d'exécutions sommaires commises par l'armée burkinabè.",
     [E("ACCUSE", "investigate", "092", A("NGO", None, "Amnesty International"), A("BFA", "MIL")),
      E("ASSAULT", "targeted", "186", A("BFA", "MIL"), None, required=False)]),
    ("093", "b", "2025-09-24", "Le ministère colombien de la Défense a mandaté des inspecteurs pour éclaircir les circonstances du bombardement par l'armée d'un camp de dissidents des FARC.",
     [E("ACCUSE", "investigate", "093", A("COL", "GOV"), A("COL", "MIL")),
      E("ASSAULT", "aerial", "195", A("COL", "MIL"), A("COL", "REB"), required=False)]),
    ("094", "d", "2025-12-03", "La Cour pénale internationale a dans le collimateur la junte birmane pour des crimes de guerre.",
     [E("ACCUSE", "investigate", "094", A("IGO", "JUD", "International Criminal Court"), A("MMR", "GOV"))]),
    # 10 REQUEST
    ("1031", "d", "2025-02-26", "Le Pakistan a une nouvelle fois tendu la sébile au FMI.",
     [E("REQUEST", "assist", "1031", A("PAK", "GOV"), A("IGO", None, "International Monetary Fund"))]),
    ("1042", "d", "2025-10-01", "Les planteurs de cacao ivoiriens mettent la pression sur Abidjan pour obtenir une hausse du prix d'achat.",
     [E("REQUEST", "change", "1042", A("CIV", "CVL"), A("CIV", "GOV"))]),
    ("1056", "a", "2025-03-12", "Le secrétaire général de l'ONU a conjuré l'Éthiopie et l'Érythrée de baisser d'un ton.",
     [E("REQUEST", "yield", "1056", A("UNO", None, "António Guterres"), A("ETH", "GOV")),
      E("REQUEST", "yield", "1056", A("UNO", None, "António Guterres"), A("ERI", "GOV"))]),
    ("106", "a", "2025-07-16", "Les évêques camerounais militent pour un dialogue entre Yaoundé et les séparatistes anglophones.",
     [E("REQUEST", "meet", "106", A("CMR", "REL"), A("CMR", "GOV")),
      E("REQUEST", "meet", "106", A("CMR", "REL"), A("CMR", "REB"), required=False)]),
    # 11 ACCUSE
    ("111", "a", "2025-01-15", "Le président colombien a éreinté le gouvernement équatorien dans un discours à Bogota.",
     [E("ACCUSE", "disapprove", "111", A("COL", "GOV"), A("ECU", "GOV"))]),
    ("112", "a", "2025-11-05", "Oslo attribue à Moscou le brouillage des signaux GPS dans le Grand Nord.",
     [E("ACCUSE", "disapprove", "112", A("NOR", "GOV"), A("RUS", "GOV"))]),
    ("1121", "a", "2025-08-27", "Un audit de la Cour des comptes gabonaise accable l'ancien ministre du Pétrole pour détournement de fonds.",
     [E("ACCUSE", "allege", "1121", A("GAB", "JUD"), A("GAB", "GOV"))]),
    ("114", "b", "2025-10-22", "La Lituanie a adressé une note verbale de protestation à Minsk après l'intrusion de ballons de contrebande.",
     [E("ACCUSE", "allege", "114", A("LTU", "GOV"), A("BLR", "GOV"))]),
    # 12 REJECT
    ("120", "a", "2025-06-04", "La Hongrie a retoqué la proposition de Bruxelles sur la répartition des demandeurs d'asile.",
     [E("REJECT", None, "120", A("HUN", "GOV"), A("EUR"))]),
    ("1212", "d", "2025-09-10", "L'Indonésie a dit « non merci » à Washington, qui lui proposait un pacte de défense.",
     [E("REJECT", "assist", "1212", A("IDN", "GOV"), A("USA", "GOV")),
      E("AGREE", None, "0312", A("USA", "GOV"), A("IDN", "GOV"), "intended", required=False)]),
    ("1243", "c", "2025-04-30", "Caracas se refuse à relâcher trois militaires guyaniens malgré les appels répétés de Georgetown.",
     [E("REJECT", "yield", "1243", A("VEN", "GOV"), A("GUY", "MIL")),
      E("REQUEST", "yield", "1053", A("GUY", "GOV"), A("VEN", "GOV"), required=False)]),
    ("127", "b", "2025-02-12", "Le Hamas a jugé irrecevable le plan de paix présenté par l'Égypte.",
     [E("REJECT", "meet", "127", A("PSE", "REB", "Hamas"), A("EGY", "GOV"))]),
    ("1231", "d", "2025-03-26", "Le président serbe reste de marbre face aux étudiants qui réclament sa démission.",
     [E("REJECT", "change", "1231", A("SRB", "GOV"), A("SRB", "EDU")),
      E("REQUEST", "change", "1041", A("SRB", "EDU"), A("SRB", "GOV"), required=False)]),
    # 13 THREATEN
    ("1313", "c", "2025-05-07", "Le Paraguay pourrait couper les ponts avec Taïwan, a glissé son chef de la diplomatie.",
     [E("THREATEN", "relations", "1313", A("PRY", "GOV"), A("TWN", "GOV"))]),
    ("1384", "d", "2025-08-13", "Pyongyang promet de réduire Séoul en cendres en cas de nouvelles manœuvres près de la frontière.",
     [E("THREATEN", "violence", "1384", A("PRK", "GOV"), A("KOR", "GOV"))]),
    ("139", "c", "2025-01-08", "Les syndicats nigérians ont donné sept jours au gouvernement pour relever le salaire minimum, à défaut de quoi ils paralyseront le pays.",
     [E("THREATEN", "relations", "139", A("NGA", "LAB"), A("NGA", "GOV")),
      E("REQUEST", "change", "1042", A("NGA", "LAB"), A("NGA", "GOV"), required=False)]),
    ("137", "d", "2025-12-10", "Le président salvadorien a promis l'enfer aux gangs qui relèveraient la tête.",
     [E("THREATEN", "violence", "137", A("SLV", "GOV"), A("SLV", "CRM"))]),
    # 14 PROTEST
    ("1411", "a", "2025-08-05", "Des dizaines de milliers de Bangladais ont inondé les boulevards de Dacca pour exiger le départ du Premier ministre.",
     [E("PROTEST", "demo", "1411", A("BGD", "CVL"), A("BGD", "GOV")),
      E("REQUEST", "change", "1041", A("BGD", "CVL"), A("BGD", "GOV"), required=False)]),
    ("143", "b", "2025-10-29", "Les contrôleurs aériens grecs observent un mouvement social de vingt-quatre heures.",
     [E("PROTEST", "strike", "143", A("GRC", "LAB"), None)]),
    ("144", "a", "2025-04-16", "Des riverains en colère ont coupé la route nationale 2 près de Bohicon, au Bénin.",
     [E("PROTEST", "obstruct", "144", A("BEN", "CVL"), None)]),
    ("145", "b", "2025-05-15", "À Nouméa, la colère contre la réforme du corps électoral a tourné à l'émeute.",
     [E("PROTEST", "riot", "145", A("NCL", "CVL"), None)]),
    # 15 MOBILIZE
    ("150", "a", "2025-02-11", "L'Iran a exhibé ses nouveaux missiles hypersoniques lors d'un défilé militaire à Téhéran.",
     [E("MOBILIZE", "weapons", "150", A("IRN", "MIL"), None)]),
    ("151", "d", "2025-06-13", "Les forces de l'ordre allemandes sont sur les dents à la veille du sommet du G7.",
     [E("MOBILIZE", "police", "151", A("DEU", "COP"), None)]),
    ("153", "a", "2025-01-14", "La police ougandaise a quadrillé Kampala à la veille du scrutin présidentiel.",
     [E("MOBILIZE", "police", "153", A("UGA", "COP"), None)]),
    ("154", "d", "2025-09-02", "La Pologne gonfle les rangs de son armée avec vingt mille nouvelles recrues.",
     [E("MOBILIZE", "troops", "154", A("POL", "MIL"), None)]),
    # 16 SANCTION
    ("1622", "b", "2025-07-22", "Washington a mis en pause ses livraisons d'armes au Nigeria.",
     [E("SANCTION", "discontinue", "1622", A("USA", "GOV"), A("NGA", "GOV"))]),
    ("163", "d", "2025-03-04", "L'Union européenne a mis au ban plusieurs oligarques biélorusses proches du pouvoir.",
     [E("SANCTION", None, "163", A("EUR"), A("BLR", "BUS"))]),
    ("165", "d", "2025-11-19", "Le Qatar a jeté l'éponge dans sa médiation entre Israël et le Hamas.",
     [E("SANCTION", "withdraw", "165", A("QAT", "GOV"), A("ISR", "GOV")),
      E("SANCTION", "withdraw", "165", A("QAT", "GOV"), A("PSE", "REB", "Hamas"))]),
    ("1661", "d", "2025-12-17", "Kinshasa a prié les Casques bleus de la Monusco de plier bagage.",
     [E("SANCTION", "expel", "1661", A("COD", "GOV"), A("UNO", None, "MONUSCO"))]),
    # 17 COERCE (and 1712, ASSAULT)
    ("1712", "a", "2025-06-18", "Les autorités zimbabwéennes ont rasé au bulldozer des centaines d'étals de vendeurs de rue à Harare.",
     [E("ASSAULT", "destroy", "1712", A("ZWE", "GOV"), A("ZWE", "CVL"))]),
    ("1722", "b", "2025-05-13", "La junte malienne a prononcé la dissolution de tous les partis politiques.",
     [E("COERCE", "restrict", "1722", A("MLI", "GOV"), A("MLI", "PTY"))]),
    ("173", "c", "2025-04-01", "Un journaliste azerbaïdjanais a été jeté derrière les barreaux à Bakou pour contrebande présumée.",
     [E("COERCE", "arrest", "173", A("AZE", "GOV"), A("AZE", "JRN"))]),
    ("174", "c", "2025-02-28", "Quarante Ouïghours ont été embarqués de force vers la Chine par les autorités thaïlandaises.",
     [E("COERCE", "deport", "174", A("THA", "GOV"), A("CHN", "CVL"))]),
    # 18 ASSAULT
    ("181", "a", "2025-03-11", "Des pirates somaliens ont pris à l'abordage un vraquier battant pavillon maltais au large du Puntland.",
     [E("ASSAULT", "abduct", "181", A("SOM", "CRM"), A("MLT", "BUS"))]),
    ("182", "a", "2025-12-01", "Des policiers géorgiens ont malmené des journalistes devant le Parlement à Tbilissi.",
     [E("ASSAULT", "beat", "182", A("GEO", "COP"), A("GEO", "JRN"))]),
    ("1823", "c", "2025-07-02", "Un migrant sénégalais a succombé sous les coups d'une foule à Sfax.",
     [E("ASSAULT", "beat", "1823", A("TUN", "CVL"), A("SEN", "CVL"))]),
    ("1833", "a", "2025-08-20", "Un engin explosif improvisé a pulvérisé un blindé de l'armée malienne près de Gao.",
     [E("ASSAULT", "explosives", "1833", A(None), A("MLI", "MIL"))]),
    # 19 ASSAULT / COERCE
    ("190", "d", "2025-04-08", "Des militaires burundais et rwandais en sont venus aux mains à la frontière, près de la Ruzizi.",
     [E("ASSAULT", None, "190", A("BDI", "MIL"), A("RWA", "MIL")),
      E("ASSAULT", None, "190", A("RWA", "MIL"), A("BDI", "MIL"))]),
    ("192", "d", "2025-09-30", "L'armée azerbaïdjanaise a pris pied sur des hauteurs du sud de l'Arménie.",
     [E("COERCE", "seize", "192", A("AZE", "MIL"), A("ARM", "GOV"))]),
    ("194", "b", "2025-11-11", "L'artillerie éthiopienne a écrasé sous les obus les positions des milices Fano en Amhara.",
     [E("ASSAULT", "heavy-weapons", "194", A("ETH", "MIL"), A("ETH", "REB", "Fano"))]),
    ("195", "b", "2025-10-08", "Un raid aérien de l'armée nigérienne a fait une vingtaine de morts dans un camp de l'État islamique au Sahel.",
     [E("ASSAULT", "aerial", "195", A("NER", "MIL"), A(None, "REB", "Islamic State Sahel Province"))]),
    ("196", "a", "2025-06-10", "L'armée soudanaise a piétiné la trêve humanitaire conclue avec les FSR.",
     [E("ASSAULT", None, "196", A("SDN", "MIL"), A("SDN", "REB", "Rapid Support Forces")),
      E("RETREAT", "ceasefire", "0871", A("SDN", "MIL"), A("SDN", "REB", "Rapid Support Forces"), required=False)]),
    # 20 MASS VIOLENCE
    ("200", "b", "2025-07-28", "Les rebelles des ADF ont perpétré une boucherie dans une église de l'Ituri.",
     [E("ASSAULT", None, "200", A(None, "REB", "Allied Democratic Forces"), A("COD", "CVL"))]),
    ("201", "d", "2025-11-04", "Islamabad a poussé vers la sortie des centaines de milliers de réfugiés afghans.",
     [E("ASSAULT", None, "201", A("PAK", "GOV"), A("AFG", "CVL"))]),
    ("202", "d", "2025-01-21", "Des jihadistes ont tué de sang-froid une centaine d'habitants d'un village du nord du Burkina Faso.",
     [E("ASSAULT", None, "202", A(None, "REB"), A("BFA", "CVL"))]),
    ("2041", "a", "2025-05-06", "Les forces russes ont gazé des positions ukrainiennes près de Pokrovsk.",
     [E("ASSAULT", "unconventional", "2041", A("RUS", "MIL"), A("UKR", "MIL"))]),
]


def main() -> None:
    articles, kinds = [], ["# code\tkind\t(a: plain less common verb or synonym; b: light-verb or nominal construction; c: passive, future, conditional or negated form; d: press idiom or register)"]
    for code, kind, published, text, events in ITEMS:
        articles.append(gold_article(f"codebook6-fr-{code}-a", "fr", text, published, sentence_evidence(events, text)))
        kinds.append(f"{code}\t{kind}")
    write_jsonl(HERE / "codebook-6.fr.jsonl", articles)
    (HERE / "codebook-6.fr.kinds.tsv").write_text("\n".join(kinds) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
