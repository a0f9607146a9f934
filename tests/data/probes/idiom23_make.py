"""Writes the idiom and register probe sets idiom23-{1,2}.{fr,en}.jsonl (helper idiom23).

One sentence an item, many countries: the idioms and headline verbs the press uses for
each CAMEO root 02-20 ("extended an olive branch", "took aim at", "walked out of talks",
"put behind bars"; "tendre la main", "tirer à boulets rouges", "claquer la porte des
négociations", "passer les menottes"), and items where the same words are said in
their literal sense and state no event (ids ending in "-lit"). Written and gold-coded
before any change of the branch; set 2 uses other idioms and wordings and is never
tuned on. The gold follows GUIDELINES.md: a protest addressed to no one is aimed at the
protesters' own state; bilateral exchanges of fire are one event each way; a
crackdown is COERCE (as the codebook sets code "cracked down on"), a siege COERCE 191
(CAMEO2PLOVER). The French "enterrer la hache de guerre" was first gold-coded SUPPORT 050
as the English "bury the hatchet" entry codes it, and recoded AGREE 037 after the
news gold showed the reconciliation coded as the agreement it names (written-2.fr).

Run from the repository root: ``python tests/data/probes/idiom23_make.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
PUBLISHED = "2025-06-11"

# (id, text, [(type, cameo, src_country, src_sector, tgt_country, tgt_sector), ...])
EN_1 = [
    ("03-olive", "Seoul extended an olive branch to Pyongyang on Monday, offering to resume family reunions.", [("AGREE", "030", "KOR", "GOV", "PRK", "GOV")]),
    ("05-hatchet", "Armenia and Azerbaijan buried the hatchet after decades of conflict over Karabakh.", [("SUPPORT", "050", "ARM", "GOV", "AZE", "GOV")]),
    ("03-hammer", "Negotiators from Ghana and Togo hammered out a deal on the disputed border late on Friday.", [("AGREE", "030", "GHA", "GOV", "TGO", "GOV")]),
    ("03-ink", "Vietnam inked a maritime cooperation pact with the Philippines in Hanoi.", [("AGREE", "030", "VNM", "GOV", "PHL", "GOV")]),
    ("03-seal", "Indonesia sealed a defence deal with Turkey on Tuesday.", [("AGREE", "030", "IDN", "GOV", "TUR", "GOV")]),
    ("04-carpet", "Morocco rolled out the red carpet for the visiting Nigerian president.", [("CONSULT", "043", "NGA", "GOV", "MAR", "GOV")]),
    ("04-sat", "The Kenyan president sat down with his Ethiopian counterpart in Addis Ababa.", [("CONSULT", "040", "KEN", "GOV", "ETH", "GOV")]),
    ("04-touch", "Chile's foreign minister touched down in Lima for a two-day visit.", [("CONSULT", "042", "CHL", "GOV", "PER", "GOV")]),
    ("04-foot", "Brazil's president set foot in Angola for the first time since taking office.", [("CONSULT", "042", "BRA", "GOV", "AGO", "GOV")]),
    ("05-weight", "Poland threw its weight behind Ukraine's bid to join the European Union.", [("SUPPORT", "051", "POL", "GOV", "UKR", "GOV")]),
    ("05-heap", "Qatar heaped praise on Egypt for its mediation in Gaza.", [("SUPPORT", "051", "QAT", "GOV", "EGY", "GOV")]),
    ("05-defence", "Greece came to the defence of Cyprus in its row with Ankara.", [("SUPPORT", "052", "GRC", "GOV", "CYP", "GOV")]),
    ("05-apology", "Japan offered an apology to South Korea for wartime forced labour.", [("SUPPORT", "055", "JPN", "GOV", "KOR", "GOV")]),
    ("06-forces", "Norway joined forces with Sweden to patrol the Baltic Sea.", [("COOPERATE", "062", "NOR", "GOV", "SWE", "GOV")]),
    ("07-lifeline", "Saudi Arabia threw a lifeline to Pakistan with a three-billion-dollar deposit.", [("AID", "071", "SAU", "GOV", "PAK", "GOV")]),
    ("07-bankroll", "The United States bankrolled Jordan's refugee programme with 500 million dollars.", [("AID", "071", "USA", "GOV", "JOR", "GOV")]),
    ("08-backdown", "Bolivia backed down in its water dispute with Chile.", [("CONCEDE", "080", "BOL", "GOV", "CHL", "GOV")]),
    ("08-retreat", "Russian forces beat a retreat from the outskirts of Kharkiv.", [("RETREAT", "0874", "RUS", "MIL", None, None)]),
    ("08-cave", "Sri Lanka caved in to Indian demands over the Chinese research ship.", [("CONCEDE", "083", "LKA", "GOV", "IND", "GOV")]),
    ("08-arms", "Tuareg rebels laid down their arms before the Nigerien army.", [("RETREAT", "0873", "NER", "REB", "NER", "MIL")]),
    ("11-lash", "Peru's president lashed out at Mexico over its asylum offer.", [("ACCUSE", "111", "PER", "GOV", "MEX", "GOV")]),
    ("11-aim", "Beijing took aim at Canberra over its new defence strategy.", [("ACCUSE", "111", "CHN", "GOV", "AUS", "GOV")]),
    ("11-slam", "Iran slammed France for hosting the opposition rally.", [("ACCUSE", "111", "IRN", "GOV", "FRA", "GOV")]),
    ("11-rap", "Nigeria rapped Ghana over the closure of shops owned by Nigerian traders in Accra.", [("ACCUSE", "111", "NGA", "GOV", "GHA", "GOV")]),
    ("11-hit", "Venezuela hit out at Guyana over the oil licences.", [("ACCUSE", "111", "VEN", "GOV", "GUY", "GOV")]),
    ("11-finger", "Pakistan pointed the finger at Afghanistan for the bombing in Peshawar.", [("ACCUSE", "112", "PAK", "GOV", "AFG", "GOV")]),
    ("11-task", "Algeria took Morocco to task over its remarks on Kabylie.", [("ACCUSE", "111", "DZA", "GOV", "MAR", "GOV")]),
    ("11-tore", "Turkey tore into Sweden after a Koran was burned in Stockholm.", [("ACCUSE", "111", "TUR", "GOV", "SWE", "GOV")]),
    ("12-cold", "Eritrea gave the cold shoulder to Ethiopia's offer of talks.", [("REJECT", "120", "ERI", "GOV", "ETH", "GOV")]),
    ("12-brush", "Israel brushed aside the French proposal for a ceasefire.", [("REJECT", "120", "ISR", "GOV", "FRA", "GOV")]),
    ("12-shot", "Cambodia shot down Thailand's proposal for joint border patrols.", [("REJECT", "120", "KHM", "GOV", "THA", "GOV")]),
    ("12-snub", "Mali snubbed Algeria's offer to mediate with the rebels.", [("REJECT", "120", "MLI", "GOV", "DZA", "GOV")]),
    ("13-sabre", "North Korea rattled its sabres at Seoul, warning of a nuclear response.", [("THREATEN", "130", "PRK", "GOV", "KOR", "GOV")]),
    ("13-brandish", "Washington brandished the threat of sanctions against Kampala over the law.", [("THREATEN", "130", "USA", "GOV", "UGA", "GOV")]),
    ("14-streets", "Thousands of Kenyans took to the streets of Nairobi to protest against the tax rises.", [("PROTEST", "141", "KEN", "CVL", "KEN", "GOV")]),
    ("14-walkout", "Nurses in Zimbabwe staged a walkout over unpaid wages.", [("PROTEST", "143", "ZWE", "MED", "ZWE", "GOV")]),
    ("14-tools", "Dockworkers in Chile downed tools to demand higher pay.", [("PROTEST", "143", "CHL", "LAB", "CHL", "GOV")]),
    ("16-walked", "Bangladesh walked out of talks with Myanmar on the return of the Rohingya.", [("SANCTION", "164", "BGD", "GOV", "MMR", "GOV")]),
    ("16-plug", "Germany pulled the plug on a gas pipeline deal with Russia.", [("SANCTION", "160", "DEU", "GOV", "RUS", "GOV")]),
    ("17-crack", "Iranian police cracked down on protesters in Tehran.", [("COERCE", "170", "IRN", "COP", "IRN", "CVL")]),
    ("17-round", "Security forces in Belarus rounded up dozens of opposition activists in Minsk.", [("COERCE", "173", "BLR", "COP", "BLR", "OPP")]),
    ("17-bars", "Egypt put a prominent blogger behind bars for criticising the government.", [("COERCE", "173", "EGY", "GOV", "EGY", "CVL")]),
    ("18-gun", "Islamist militants gunned down twelve villagers in northern Burkina Faso.", [("ASSAULT", "1823", "BFA", "REB", "BFA", "CVL")]),
    ("19-traded", "Indian and Pakistani troops traded fire across the Line of Control.", [("ASSAULT", "190", "IND", "MIL", "PAK", "MIL"), ("ASSAULT", "190", "PAK", "MIL", "IND", "MIL")]),
    ("19-siege", "The Rapid Support Forces laid siege to El Fasher, held by the Sudanese army.", [("COERCE", "191", "SDN", "REB", "SDN", "MIL")]),
    ("04-sat-lit", "The minister sat down with a cup of tea before the interview.", []),
    ("19-storm-lit", "Storms hammered the coast of Mozambique overnight.", []),
    ("03-ink-lit", "The Nigerian singer inked a record contract with a London label.", []),
]

FR_1 = [
    ("03-main", "Rabat a tendu la main à Alger lundi en proposant un dialogue sans conditions.", [("AGREE", "030", "MAR", "GOV", "DZA", "GOV")]),
    ("05-hache", "Le Rwanda et le Burundi ont enterré la hache de guerre lors d'un sommet à Luanda.", [("AGREE", "037", "RWA", "GOV", "BDI", "GOV")]),
    ("03-paraphe", "Le Niger et le Bénin ont paraphé un accord sur la réouverture de la frontière.", [("AGREE", "030", "NER", "GOV", "BEN", "GOV")]),
    ("03-sceller", "Le Sénégal a scellé un accord gazier avec la Mauritanie.", [("AGREE", "030", "SEN", "GOV", "MRT", "GOV")]),
    ("04-sol", "Le président ivoirien a foulé le sol ghanéen pour la première fois depuis son élection.", [("CONSULT", "042", "CIV", "GOV", "GHA", "GOV")]),
    ("04-tapis", "Le Cameroun a déroulé le tapis rouge au président tchadien.", [("CONSULT", "043", "TCD", "GOV", "CMR", "GOV")]),
    ("04-table", "Les délégations soudanaise et sud-soudanaise se sont retrouvées autour de la table à Djouba.", [("CONSULT", "046", "SDN", "GOV", "SSD", "GOV")]),
    ("04-atterrir", "Le Premier ministre indien a atterri à Tokyo pour une visite de trois jours.", [("CONSULT", "042", "IND", "GOV", "JPN", "GOV")]),
    ("05-creneau", "Berlin est monté au créneau pour défendre Varsovie dans le différend sur les céréales.", [("SUPPORT", "052", "DEU", "GOV", "POL", "GOV")]),
    ("05-ranger", "Le Gabon s'est rangé derrière le Congo dans son différend frontalier avec l'Angola.", [("SUPPORT", "051", "GAB", "GOV", "COG", "GOV")]),
    ("05-hommage", "Madrid a rendu hommage au Portugal pour son aide lors des incendies.", [("SUPPORT", "051", "ESP", "GOV", "PRT", "GOV")]),
    ("05-excuses", "La Belgique a présenté ses excuses à la RDC pour les crimes de la colonisation.", [("SUPPORT", "055", "BEL", "GOV", "COD", "GOV")]),
    ("06-forces", "Le Maroc et l'Espagne ont uni leurs forces pour lutter contre les passeurs.", [("COOPERATE", "060", "MAR", "GOV", "ESP", "GOV")]),
    ("07-poche", "Le Koweït a mis la main à la poche pour reconstruire les écoles du Liban.", [("AID", "071", "KWT", "GOV", "LBN", "GOV")]),
    ("08-retraite", "Les rebelles du M23 ont battu en retraite face à l'armée congolaise.", [("RETREAT", "0874", "COD", "REB", "COD", "MIL")]),
    ("08-marche", "Le gouvernement malien a fait marche arrière sur l'expulsion des diplomates ivoiriens.", [("CONCEDE", "080", "MLI", "GOV", "CIV", "GOV")]),
    ("08-lest", "Ankara a lâché du lest face à Stockholm sur l'adhésion à l'OTAN.", [("CONCEDE", "080", "TUR", "GOV", "SWE", "GOV")]),
    ("08-armes", "Les combattants touaregs ont déposé les armes devant l'armée nigérienne.", [("RETREAT", "0873", "NER", "REB", "NER", "MIL")]),
    ("11-boulets", "Le président brésilien a tiré à boulets rouges sur Washington.", [("ACCUSE", "111", "BRA", "GOV", "USA", "GOV")]),
    ("11-ton", "Alger a haussé le ton contre Paris après les propos du ministre français de l'Intérieur.", [("ACCUSE", "111", "DZA", "GOV", "FRA", "GOV")]),
    ("11-scandale", "L'opposition togolaise a crié au scandale après la révision de la Constitution par le gouvernement.", [("ACCUSE", "111", "TGO", "OPP", "TGO", "GOV")]),
    ("11-pilori", "Caracas a cloué au pilori le Guyana pour ses licences pétrolières.", [("ACCUSE", "111", "VEN", "GOV", "GUY", "GOV")]),
    ("11-doigt", "Kinshasa a pointé du doigt Kigali dans l'attaque de Goma.", [("ACCUSE", "112", "COD", "GOV", "RWA", "GOV")]),
    ("11-fustiger", "Pékin a fustigé Tokyo pour ses manuels d'histoire.", [("ACCUSE", "111", "CHN", "GOV", "JPN", "GOV")]),
    ("11-epingler", "Le Nigeria a épinglé le Ghana pour la fermeture des commerces nigérians.", [("ACCUSE", "111", "NGA", "GOV", "GHA", "GOV")]),
    ("12-fin", "Le Burkina Faso a opposé une fin de non-recevoir à la demande de la Côte d'Ivoire.", [("REJECT", "120", "BFA", "GOV", "CIV", "GOV")]),
    ("12-revers", "Le Soudan a balayé d'un revers de main la proposition éthiopienne de médiation.", [("REJECT", "120", "SDN", "GOV", "ETH", "GOV")]),
    ("12-sourde", "L'Érythrée a fait la sourde oreille aux appels de Djibouti.", [("REJECT", "120", "ERI", "GOV", "DJI", "GOV")]),
    ("12-porte", "Le Mali a fermé la porte à toute négociation avec l'Algérie.", [("REJECT", "120", "MLI", "GOV", "DZA", "GOV")]),
    ("13-brandir", "Washington a brandi la menace de sanctions contre Kampala.", [("THREATEN", "130", "USA", "GOV", "UGA", "GOV")]),
    ("13-spectre", "La Russie a agité le spectre d'une guerre nucléaire face à la Pologne.", [("THREATEN", "130", "RUS", "GOV", "POL", "GOV")]),
    ("14-pave", "Des milliers d'Argentins ont battu le pavé à Buenos Aires contre l'austérité.", [("PROTEST", "141", "ARG", "CVL", "ARG", "GOV")]),
    ("14-rue", "Les enseignants camerounais sont descendus dans la rue pour réclamer leurs arriérés.", [("PROTEST", "141", "CMR", "EDU", "CMR", "GOV")]),
    ("14-debrayer", "Les dockers du port d'Abidjan ont débrayé pour dénoncer leurs conditions de travail.", [("PROTEST", "143", "CIV", "LAB", "CIV", "GOV")]),
    ("14-bras", "Les médecins marocains ont croisé les bras pour la troisième semaine.", [("PROTEST", "143", "MAR", "MED", "MAR", "GOV")]),
    ("16-claquer", "La délégation éthiopienne a claqué la porte des négociations avec l'Égypte sur le barrage.", [("SANCTION", "164", "ETH", "GOV", "EGY", "GOV")]),
    ("16-ponts", "Le Niger a coupé les ponts avec la France.", [("SANCTION", "161", "NER", "GOV", "FRA", "GOV")]),
    ("16-porte", "Le Burundi a montré la porte à l'ambassadeur rwandais.", [("SANCTION", "166", "BDI", "GOV", "RWA", "GOV")]),
    ("17-menottes", "La police tunisienne a passé les menottes à un journaliste critique du président.", [("COERCE", "173", "TUN", "COP", "TUN", "JRN")]),
    ("17-verrous", "La justice égyptienne a mis sous les verrous trois militants des droits humains.", [("COERCE", "173", "EGY", "JUD", "EGY", "CVL")]),
    ("17-prison", "Les autorités algériennes ont jeté en prison un opposant.", [("COERCE", "173", "DZA", "GOV", "DZA", "OPP")]),
    ("17-museler", "Le régime nicaraguayen a muselé la presse indépendante.", [("COERCE", "1721", "NIC", "GOV", "NIC", "JRN")]),
    ("18-otage", "Les jihadistes ont pris en otage une vingtaine de villageois dans le centre du Mali.", [("ASSAULT", "181", "MLI", "REB", "MLI", "CVL")]),
    ("19-pilonner", "L'armée russe a pilonné les positions ukrainiennes près de Bakhmout.", [("ASSAULT", "194", "RUS", "MIL", "UKR", "MIL")]),
    ("19-siege", "L'armée soudanaise a mis le siège devant Nyala, tenue par les FSR.", [("COERCE", "191", "SDN", "MIL", "SDN", "REB")]),
    ("16-claquer-lit", "Furieux, l'entraîneur a claqué la porte du vestiaire.", []),
    ("03-main-lit", "Le chanteur a tendu la main à un fan tombé dans la fosse.", []),
    ("14-pave-lit", "Les ouvriers ont refait le pavé de la place du marché à Lyon.", []),
]

EN_2 = [
    ("03-olive", "Tokyo held out an olive branch to Beijing with an offer of talks on the islands.", [("AGREE", "030", "JPN", "GOV", "CHN", "GOV")]),
    ("03-clinch", "Senegal clinched an agreement with Mauritania on fishing rights.", [("AGREE", "030", "SEN", "GOV", "MRT", "GOV")]),
    ("04-huddle", "Argentina's president huddled with Uruguay's leader on the sidelines of the summit.", [("CONSULT", "040", "ARG", "GOV", "URY", "GOV")]),
    ("04-bread", "The Greek prime minister broke bread with the Turkish president in Ankara.", [("CONSULT", "042", "GRC", "GOV", "TUR", "GOV")]),
    ("05-rally", "Italy rallied behind Albania's bid to join the European Union.", [("SUPPORT", "051", "ITA", "GOV", "ALB", "GOV")]),
    ("06-team", "Canada teamed up with Mexico to fight fentanyl trafficking.", [("COOPERATE", "060", "CAN", "GOV", "MEX", "GOV")]),
    ("07-rescue", "Kuwait came to the rescue of Lebanon with emergency fuel shipments.", [("AID", "070", "KWT", "GOV", "LBN", "GOV")]),
    ("08-climb", "Hungary climbed down over its veto on the Ukrainian aid package.", [("CONCEDE", "080", "HUN", "GOV", None, None)]),
    ("08-pull", "Israeli troops pulled back from the Lebanese border villages.", [("RETREAT", "0874", "ISR", "MIL", None, None)]),
    ("11-blast", "Rwanda blasted Belgium over its call for sanctions.", [("ACCUSE", "111", "RWA", "GOV", "BEL", "GOV")]),
    ("11-riot", "The Philippines read the riot act to China over the incident at Scarborough Shoal.", [("ACCUSE", "111", "PHL", "GOV", "CHN", "GOV")]),
    ("11-haul", "Ghana hauled Togo before the regional court over the border dispute.", [("ACCUSE", "115", "GHA", "GOV", "TGO", "GOV")]),
    ("12-rebuff", "Venezuela rebuffed Brazil's call for new elections.", [("REJECT", "120", "VEN", "GOV", "BRA", "GOV")]),
    ("12-no", "Iraq said no to Turkey's request for a military base.", [("REJECT", "120", "IRQ", "GOV", "TUR", "GOV")]),
    ("13-sabre", "Azerbaijan rattled sabres on the Armenian border.", [("THREATEN", "130", "AZE", "GOV", "ARM", "GOV")]),
    ("14-hit", "Teachers in Malawi hit the streets to demand a pay rise.", [("PROTEST", "141", "MWI", "EDU", "MWI", "GOV")]),
    ("14-sitin", "Guinea's opposition staged a sit-in outside the electoral commission.", [("PROTEST", "144", "GIN", "OPP", "GIN", "GOV")]),
    ("16-boot", "Mali gave the French ambassador the boot.", [("SANCTION", "166", "MLI", "GOV", "FRA", "GOV")]),
    ("16-ties", "Niger cut ties with Ukraine over its support for Malian rebels.", [("SANCTION", "161", "NER", "GOV", "UKR", "GOV")]),
    ("17-jail", "Police in Uganda threw opposition supporters into jail after the rally.", [("COERCE", "173", "UGA", "COP", "UGA", "OPP")]),
    ("17-clamp", "Kazakh authorities clamped down on independent media.", [("COERCE", "170", "KAZ", "GOV", "KAZ", "JRN")]),
    ("17-kick", "Tajikistan kicked out dozens of Afghan refugees.", [("COERCE", "174", "TJK", "GOV", "AFG", "CVL")]),
    ("18-snatch", "Rebels snatched two Chinese miners in the Central African Republic.", [("ASSAULT", "181", "CAF", "REB", "CHN", "BUS")]),
    ("19-rain", "Russian jets rained bombs on Idlib province.", [("ASSAULT", "195", "RUS", "MIL", "SYR", None)]),
    ("16-plug-lit", "The company pulled the plug on its loss-making app.", []),
]

FR_2 = [
    ("03-pas", "Le Maroc a fait un pas vers l'Algérie en proposant la réouverture de la frontière.", [("AGREE", "030", "MAR", "GOV", "DZA", "GOV")]),
    ("03-terrain", "Le Kenya et la Tanzanie ont trouvé un terrain d'entente sur le commerce transfrontalier.", [("AGREE", "030", "KEN", "GOV", "TZA", "GOV")]),
    ("04-valises", "Le président angolais a posé ses valises à Kinshasa pour deux jours.", [("CONSULT", "042", "AGO", "GOV", "COD", "GOV")]),
    ("05-bloc", "Le Sénégal a fait bloc derrière la Gambie dans la crise avec la Mauritanie.", [("SUPPORT", "051", "SEN", "GOV", "GMB", "GOV")]),
    ("05-secours", "La Hongrie a volé au secours de la Serbie dans son différend avec le Kosovo.", [("SUPPORT", "052", "HUN", "GOV", "SRB", "GOV")]),
    ("05-coulpe", "L'Allemagne a battu sa coulpe devant la Namibie pour le génocide des Herero.", [("SUPPORT", "055", "DEU", "GOV", "NAM", "GOV")]),
    ("06-joindre", "La France et l'Italie ont joint leurs forces pour surveiller la Méditerranée.", [("COOPERATE", "060", "FRA", "GOV", "ITA", "GOV")]),
    ("07-enveloppe", "Le Japon a débloqué une enveloppe de 50 millions de dollars pour le Bangladesh.", [("AID", "071", "JPN", "GOV", "BGD", "GOV")]),
    ("08-machine", "Le gouvernement sénégalais a fait machine arrière face aux exigences de la Mauritanie.", [("CONCEDE", "080", "SEN", "GOV", "MRT", "GOV")]),
    ("08-vin", "La Turquie a mis de l'eau dans son vin face à la Grèce.", [("CONCEDE", "080", "TUR", "GOV", "GRC", "GOV")]),
    ("11-prendre", "Le Premier ministre arménien s'en est pris à Moscou.", [("ACCUSE", "111", "ARM", "GOV", "RUS", "GOV")]),
    ("11-etriller", "Ouagadougou a étrillé Abidjan pour son accueil des opposants burkinabè.", [("ACCUSE", "111", "BFA", "GOV", "CIV", "GOV")]),
    ("11-trainer", "Le Ghana a traîné le Togo devant la Cour de justice de la Cedeao.", [("ACCUSE", "115", "GHA", "GOV", "TGO", "GOV")]),
    ("12-snober", "Le Tchad a snobé l'invitation du Soudan à un sommet.", [("REJECT", "120", "TCD", "GOV", "SDN", "GOV")]),
    ("12-non", "La Guinée équatoriale a dit non à la demande du Gabon.", [("REJECT", "120", "GNQ", "GOV", "GAB", "GOV")]),
    ("13-muscles", "Pyongyang a montré les muscles face à Séoul.", [("THREATEN", "130", "PRK", "GOV", "KOR", "GOV")]),
    ("14-rues", "Les opposants guinéens sont descendus dans les rues de Conakry.", [("PROTEST", "141", "GIN", "OPP", "GIN", "GOV")]),
    ("14-travail", "Les infirmiers gabonais ont cessé le travail pour réclamer des primes.", [("PROTEST", "143", "GAB", "MED", "GAB", "GOV")]),
    ("16-ponts", "Le Mali a rompu les ponts avec l'Ukraine.", [("SANCTION", "161", "MLI", "GOV", "UKR", "GOV")]),
    ("16-robinet", "Les Pays-Bas ont fermé le robinet de l'aide au Burundi.", [("SANCTION", "162", "NLD", "GOV", "BDI", "GOV")]),
    ("17-coffrer", "La police sénégalaise a coffré un chroniqueur de télévision.", [("COERCE", "173", "SEN", "COP", "SEN", "JRN")]),
    ("17-vis", "Les autorités russes ont serré la vis aux médias indépendants.", [("COERCE", "1721", "RUS", "GOV", "RUS", "JRN")]),
    ("18-armes", "Les jihadistes ont passé par les armes douze soldats nigériens.", [("ASSAULT", "1823", "NER", "REB", "NER", "MIL")]),
    ("19-pleuvoir", "L'aviation israélienne a fait pleuvoir des bombes sur le sud du Liban.", [("ASSAULT", "195", "ISR", "MIL", "LBN", None)]),
    ("03-main-lit", "Le boxeur a jeté l'éponge au troisième round.", []),
]


def _party(country, sector):
    if country is None:
        return None
    return {"name": None, "country": country, "sector": sector}


def _line(prefix: str, lang: str, item) -> str:
    ident, text, events = item
    evidence = text.rstrip(".")
    return json.dumps({
        "article_id": f"{prefix}-{ident}", "lang": lang, "text": text, "published": PUBLISHED,
        "events": [{"event_type": t, "mode": None, "cameo": cameo, "source": _party(sc, ss),
                    "target": _party(tc, ts), "date": None, "location": None, "polarity": "positive",
                    "modality": "actual", "evidence": evidence, "required": True}
                   for t, cameo, sc, ss, tc, ts in events]}, ensure_ascii=False)


def main() -> None:
    for name, lang, items in (("idiom23-1", "en", EN_1), ("idiom23-1", "fr", FR_1),
                              ("idiom23-2", "en", EN_2), ("idiom23-2", "fr", FR_2)):
        path = HERE / f"{name}.{lang}.jsonl"
        path.write_text("".join(_line(name, lang, item) + "\n" for item in items), encoding="utf-8")


if __name__ == "__main__":
    main()
