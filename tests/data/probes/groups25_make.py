import itertools, os, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402
# Writes groups25-1.{fr,en} (tuned) and groups25-2.{fr,en} (never tuned): short articles in which
# a group named by a count ("les quatre ministres", "the two armies", "both sides", "les trois
# Etats") stands for the states or people named before it (GUIDELINES, lists and groups: one
# event per member, one per pair for a symmetric event). Helper groups25, written before any change.
def A(c, s): return party(c, s)
def E(typ, cameo, mode, src, tgt, ev, modality="actual"):
    return gold_event(typ, cameo, A(*src), A(*tgt) if tgt else None, ev, mode=mode, modality=modality)
def pairs(typ, cameo, mode, members, sector, ev, modality="actual"):
    return [E(typ, cameo, mode, (a, sector), (b, sector), ev, modality) for a, b in itertools.combinations(members, 2)]
def each(typ, cameo, mode, members, sector, tgt, ev):
    return [E(typ, cameo, mode, (a, sector), tgt, ev) for a in members]
G = "GOV"; M = "MIL"
S = {}
S['groups25-1.en'] = [
("The foreign ministers of Kenya, Uganda, Tanzania and Rwanda met in Arusha on Monday. The four ministers called on Sudan's army to accept an immediate ceasefire.",
 pairs("CONSULT", "043", "multilateral", ["KEN", "UGA", "TZA", "RWA"], G, "met in Arusha") + each("REQUEST", "100", None, ["KEN", "UGA", "TZA", "RWA"], G, ("SDN", M), "called on Sudan's army")),
("Ethiopian and Eritrean troops clashed near Badme on Sunday. On Monday the two armies agreed to pull back from the frontier.",
 [E("ASSAULT", "190", None, ("ETH", M), ("ERI", M), "clashed near Badme"), E("ASSAULT", "190", None, ("ERI", M), ("ETH", M), "clashed near Badme")] + pairs("AGREE", "030", None, ["ETH", "ERI"], M, "agreed to pull back")),
("The presidents of Ghana, Togo and Benin held talks in Lome on Friday. The three leaders agreed to set up a joint border patrol.",
 pairs("CONSULT", "043", "multilateral", ["GHA", "TGO", "BEN"], G, "held talks in Lome") + pairs("AGREE", "030", None, ["GHA", "TGO", "BEN"], G, "agreed to set up a joint border patrol")),
("Armenian and Azerbaijani forces exchanged fire along the border overnight. Both armies accused each other of starting the shooting.",
 [E("ASSAULT", "190", None, ("ARM", M), ("AZE", M), "exchanged fire"), E("ASSAULT", "190", None, ("AZE", M), ("ARM", M), "exchanged fire")] + [E("ACCUSE", "112", "allege", ("ARM", M), ("AZE", M), "accused each other"), E("ACCUSE", "112", "allege", ("AZE", M), ("ARM", M), "accused each other")]),
("Vienna, Budapest and Bratislava held a summit on migration in Gyor on Thursday. The three capitals urged the European Commission to fund border controls.",
 pairs("CONSULT", "043", "multilateral", ["AUT", "HUN", "SVK"], G, "held a summit") + each("REQUEST", "100", None, ["AUT", "HUN", "SVK"], G, ("EUR", "IGO"), "urged the European Commission")),
("Colombian and Venezuelan delegations met in Caracas on Tuesday. The two delegations signed an agreement to reopen the Cucuta border crossing.",
 pairs("CONSULT", "040", None, ["COL", "VEN"], G, "met in Caracas") + pairs("AGREE", "057", None, ["COL", "VEN"], G, "signed an agreement")),
("Senegalese Foreign Minister Yassine Fall met her Gambian counterpart Mamadou Tangara in Banjul on Monday. The two ministers signed a fisheries accord.",
 pairs("CONSULT", "040", None, ["SEN", "GMB"], G, "met her Gambian counterpart") + pairs("AGREE", "057", None, ["SEN", "GMB"], G, "signed a fisheries accord")),
("Thailand and Cambodia held border talks in Kuala Lumpur on Wednesday. Both sides agreed to withdraw heavy weapons from the frontier.",
 pairs("CONSULT", "040", None, ["THA", "KHM"], G, "held border talks") + pairs("AGREE", "030", None, ["THA", "KHM"], G, "agreed to withdraw heavy weapons")),
("Chile, Peru and Bolivia signed a water-sharing deal in Arica on Saturday. The three countries also agreed to hold a summit next year.",
 pairs("AGREE", "057", None, ["CHL", "PER", "BOL"], G, "signed a water-sharing deal") + pairs("AGREE", "036", None, ["CHL", "PER", "BOL"], G, "agreed to hold a summit", "intended")),
("Nepal and Bhutan held a round of talks in Thimphu on refugees. The two countries agreed to set up a joint verification team.",
 pairs("CONSULT", "040", None, ["NPL", "BTN"], G, "held a round of talks") + pairs("AGREE", "030", None, ["NPL", "BTN"], G, "agreed to set up a joint verification team")),
]
S['groups25-1.fr'] = [
("Les ministres des Affaires étrangères du Sénégal, de la Mauritanie, du Mali et de la Guinée se sont réunis lundi à Dakar. Les quatre ministres ont appelé la junte du Niger à libérer le président déchu.",
 pairs("CONSULT", "043", "multilateral", ["SEN", "MRT", "MLI", "GIN"], G, "se sont réunis lundi à Dakar") + each("REQUEST", "100", None, ["SEN", "MRT", "MLI", "GIN"], G, ("NER", M), "ont appelé la junte du Niger")),
("Des soldats soudanais et sud-soudanais se sont affrontés dimanche près d'Abyei. Lundi, les deux armées ont accepté de se retirer de la zone contestée.",
 [E("ASSAULT", "190", None, ("SDN", M), ("SSD", M), "se sont affrontés"), E("ASSAULT", "190", None, ("SSD", M), ("SDN", M), "se sont affrontés")] + pairs("AGREE", "030", None, ["SDN", "SSD"], M, "ont accepté de se retirer")),
("Les présidents du Burkina Faso, du Mali et du Niger se sont entretenus vendredi à Niamey. Les trois chefs d'Etat ont décidé de créer une force unifiée.",
 pairs("CONSULT", "043", "multilateral", ["BFA", "MLI", "NER"], G, "se sont entretenus vendredi") + pairs("AGREE", "030", None, ["BFA", "MLI", "NER"], G, "ont décidé de créer une force unifiée")),
("Le Rwanda, le Burundi et l'Ouganda ont tenu mardi une réunion sur la sécurité à Kampala. Les trois Etats ont exhorté la Monusco à désarmer les milices.",
 pairs("CONSULT", "043", "multilateral", ["RWA", "BDI", "UGA"], G, "ont tenu mardi une réunion") + each("REQUEST", "100", None, ["RWA", "BDI", "UGA"], G, ("UNO", "IGO"), "ont exhorté la Monusco")),
("Les délégations tchadienne et centrafricaine se sont réunies jeudi à Bangui. Les deux délégations ont signé un accord sur la sécurité de la frontière.",
 pairs("CONSULT", "040", None, ["TCD", "CAF"], G, "se sont réunies jeudi à Bangui") + pairs("AGREE", "057", None, ["TCD", "CAF"], G, "ont signé un accord")),
("Le président ivoirien a reçu lundi à Abidjan son homologue libérien. Les deux chefs d'Etat ont signé un accord de coopération minière.",
 [E("CONSULT", "042", "visit", ("LBR", G), ("CIV", G), "a reçu lundi à Abidjan son homologue")] + pairs("AGREE", "057", None, ["CIV", "LBR"], G, "ont signé un accord de coopération")),
("Le Maroc et la Tunisie ont tenu mercredi des consultations politiques à Rabat. Les deux parties ont convenu de relancer la commission mixte.",
 pairs("CONSULT", "040", None, ["MAR", "TUN"], G, "ont tenu mercredi des consultations") + pairs("AGREE", "030", None, ["MAR", "TUN"], G, "ont convenu de relancer")),
("Paris, Berlin et Rome ont tenu jeudi une réunion sur l'Ukraine. Les trois capitales ont demandé à la Russie un cessez-le-feu immédiat.",
 pairs("CONSULT", "043", "multilateral", ["FRA", "DEU", "ITA"], G, "ont tenu jeudi une réunion") + each("REQUEST", "100", None, ["FRA", "DEU", "ITA"], G, ("RUS", G), "ont demandé à la Russie")),
("Le Gabon et le Cameroun ont signé samedi un accord sur le transport à Libreville. Les deux pays ont également décidé d'ouvrir un poste frontière commun.",
 pairs("AGREE", "057", None, ["GAB", "CMR"], G, "ont signé samedi un accord") + pairs("AGREE", "030", None, ["GAB", "CMR"], G, "ont également décidé d'ouvrir")),
("Des troupes congolaises et rwandaises se sont affrontées près de Goma. Les deux camps se sont accusés mutuellement d'avoir ouvert le feu.",
 [E("ASSAULT", "190", None, ("COD", M), ("RWA", M), "se sont affrontées"), E("ASSAULT", "190", None, ("RWA", M), ("COD", M), "se sont affrontées")] + [E("ACCUSE", "112", "allege", ("COD", M), ("RWA", M), "se sont accusés mutuellement"), E("ACCUSE", "112", "allege", ("RWA", M), ("COD", M), "se sont accusés mutuellement")]),
]
S['groups25-2.en'] = [
("The defence ministers of Poland, Lithuania and Latvia met in Vilnius on Tuesday. The three ministers accused Belarus of staging provocations on the border.",
 pairs("CONSULT", "043", "multilateral", ["POL", "LTU", "LVA"], G, "met in Vilnius") + each("ACCUSE", "112", "allege", ["POL", "LTU", "LVA"], G, ("BLR", G), "accused Belarus")),
("Indian and Pakistani troops exchanged fire along the Line of Control on Friday. The two armies agreed on Saturday to restore the ceasefire.",
 [E("ASSAULT", "190", None, ("IND", M), ("PAK", M), "exchanged fire"), E("ASSAULT", "190", None, ("PAK", M), ("IND", M), "exchanged fire")] + pairs("AGREE", "030", None, ["IND", "PAK"], M, "agreed on Saturday to restore")),
("The leaders of Zambia, Malawi and Mozambique held talks in Lusaka on Thursday. The three leaders signed an agreement on a railway corridor.",
 pairs("CONSULT", "043", "multilateral", ["ZMB", "MWI", "MOZ"], G, "held talks in Lusaka") + pairs("AGREE", "057", None, ["ZMB", "MWI", "MOZ"], G, "signed an agreement")),
("Sudanese and Chadian forces clashed near Adre on Sunday. Both armies blamed each other for the fighting.",
 [E("ASSAULT", "190", None, ("SDN", M), ("TCD", M), "clashed near Adre"), E("ASSAULT", "190", None, ("TCD", M), ("SDN", M), "clashed near Adre")] + [E("ACCUSE", "112", "allege", ("SDN", M), ("TCD", M), "blamed each other"), E("ACCUSE", "112", "allege", ("TCD", M), ("SDN", M), "blamed each other")]),
("Prague, Warsaw and Budapest held a meeting on energy in Krakow on Monday. The three capitals asked the European Commission to delay the gas rules.",
 pairs("CONSULT", "043", "multilateral", ["CZE", "POL", "HUN"], G, "held a meeting on energy") + each("REQUEST", "100", None, ["CZE", "POL", "HUN"], G, ("EUR", "IGO"), "asked the European Commission")),
("Ecuadorian and Peruvian delegations met in Lima on Wednesday. The two delegations agreed to set up a joint fisheries commission.",
 pairs("CONSULT", "040", None, ["ECU", "PER"], G, "met in Lima") + pairs("AGREE", "030", None, ["ECU", "PER"], G, "agreed to set up")),
("The foreign ministers of Egypt, Jordan, Saudi Arabia and Qatar met in Amman on Sunday. The four ministers condemned Israel's strikes on Gaza.",
 pairs("CONSULT", "043", "multilateral", ["EGY", "JOR", "SAU", "QAT"], G, "met in Amman") + each("ACCUSE", "111", "disapprove", ["EGY", "JOR", "SAU", "QAT"], G, ("ISR", G), "condemned Israel's strikes")),
("Laos and Vietnam held security talks in Hanoi on Tuesday. Both sides agreed to step up joint patrols against drug trafficking.",
 pairs("CONSULT", "040", None, ["LAO", "VNM"], G, "held security talks") + pairs("AGREE", "030", None, ["LAO", "VNM"], G, "agreed to step up")),
("Namibia, Botswana and Angola signed a water accord in Windhoek on Friday. The three governments also agreed to meet again in Luanda.",
 pairs("AGREE", "057", None, ["NAM", "BWA", "AGO"], G, "signed a water accord") + pairs("AGREE", "036", None, ["NAM", "BWA", "AGO"], G, "agreed to meet again", "intended")),
("Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in Tbilisi on Monday. The two leaders signed a transit agreement.",
 pairs("CONSULT", "040", None, ["GEO", "ARM"], G, "met Armenian Prime Minister") + pairs("AGREE", "057", None, ["GEO", "ARM"], G, "signed a transit agreement")),
]
S['groups25-2.fr'] = [
("Les ministres de la Défense de l'Algérie, de la Tunisie et de la Libye se sont réunis mardi à Alger. Les trois ministres ont condamné les incursions de groupes armés au Sahara.",
 pairs("CONSULT", "043", "multilateral", ["DZA", "TUN", "LBY"], G, "se sont réunis mardi à Alger") + each("ACCUSE", "111", "disapprove", ["DZA", "TUN", "LBY"], G, None, "ont condamné les incursions")),
("Des soldats thaïlandais et cambodgiens se sont affrontés samedi près du temple de Preah Vihear. Dimanche, les deux armées ont accepté un cessez-le-feu.",
 [E("ASSAULT", "190", None, ("THA", M), ("KHM", M), "se sont affrontés"), E("ASSAULT", "190", None, ("KHM", M), ("THA", M), "se sont affrontés")] + pairs("AGREE", "030", None, ["THA", "KHM"], M, "ont accepté un cessez-le-feu")),
("Les présidents du Togo, du Bénin et du Ghana se sont réunis jeudi à Lomé. Les trois dirigeants ont appelé les groupes jihadistes à déposer les armes.",
 pairs("CONSULT", "043", "multilateral", ["TGO", "BEN", "GHA"], G, "se sont réunis jeudi à Lomé") + each("REQUEST", "100", None, ["TGO", "BEN", "GHA"], G, None, "ont appelé les groupes jihadistes")),
("Le Kenya, l'Ethiopie et la Somalie ont tenu lundi un sommet à Nairobi. Les trois pays ont décidé de créer une force conjointe à la frontière.",
 pairs("CONSULT", "043", "multilateral", ["KEN", "ETH", "SOM"], G, "ont tenu lundi un sommet") + pairs("AGREE", "030", None, ["KEN", "ETH", "SOM"], G, "ont décidé de créer")),
("Les délégations haïtienne et dominicaine se sont réunies mardi à Saint-Domingue. Les deux délégations ont convenu de rouvrir le marché de Dajabón.",
 pairs("CONSULT", "040", None, ["HTI", "DOM"], G, "se sont réunies mardi") + pairs("AGREE", "030", None, ["HTI", "DOM"], G, "ont convenu de rouvrir")),
("Le président sénégalais a reçu mercredi à Dakar son homologue gambien. Les deux chefs d'Etat ont signé un accord sur le pont de Farafenni.",
 [E("CONSULT", "042", "visit", ("GMB", G), ("SEN", G), "a reçu mercredi à Dakar son homologue")] + pairs("AGREE", "057", None, ["SEN", "GMB"], G, "ont signé un accord")),
("Le Niger, le Mali et le Burkina Faso ont signé jeudi un pacte de défense à Bamako. Les trois Etats ont aussi accusé la France de soutenir les terroristes.",
 pairs("AGREE", "057", None, ["NER", "MLI", "BFA"], G, "ont signé jeudi un pacte") + each("ACCUSE", "112", "allege", ["NER", "MLI", "BFA"], G, ("FRA", G), "ont aussi accusé la France")),
("Le Vietnam et le Cambodge ont tenu vendredi des pourparlers à Phnom Penh. Les deux parties ont convenu de démarquer la frontière d'ici à la fin de l'année.",
 pairs("CONSULT", "040", None, ["VNM", "KHM"], G, "ont tenu vendredi des pourparlers") + pairs("AGREE", "030", None, ["VNM", "KHM"], G, "ont convenu de démarquer")),
("Madrid, Lisbonne et Athènes ont tenu lundi une réunion sur la pêche. Les trois capitales ont exhorté la Commission européenne à revoir les quotas.",
 pairs("CONSULT", "043", "multilateral", ["ESP", "PRT", "GRC"], G, "ont tenu lundi une réunion") + each("REQUEST", "100", None, ["ESP", "PRT", "GRC"], G, ("EUR", "IGO"), "ont exhorté la Commission européenne")),
("Des militaires éthiopiens et érythréens se sont affrontés près de Zalambessa. Les deux camps se sont accusés mutuellement de violer l'accord de paix.",
 [E("ASSAULT", "190", None, ("ETH", M), ("ERI", M), "se sont affrontés"), E("ASSAULT", "190", None, ("ERI", M), ("ETH", M), "se sont affrontés")] + [E("ACCUSE", "112", "allege", ("ETH", M), ("ERI", M), "se sont accusés mutuellement"), E("ACCUSE", "112", "allege", ("ERI", M), ("ETH", M), "se sont accusés mutuellement")]),
]
here = os.path.dirname(os.path.abspath(__file__))
for name, items in S.items():
    lang = name.rsplit('.', 1)[1]
    write_jsonl(os.path.join(here, name + '.jsonl'),
                (gold_article(f"{name.replace('.', '-')}-{i}", lang, text, "2026-05-10", events) for i, (text, events) in enumerate(items, 1)))
