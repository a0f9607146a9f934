"""Probe sets of helper request29: two demands of one sentence by separate verbs to addressees
named differently ("urged the government to ... and called on the police to ..."), two events
(GUIDELINES, lists and groups: separate verbs are separate events). Set 1 tuned on, set 2 never.
Negative items: one verb with one addressee, or a demand restated to the same words, is one event.
Sets 3 and 4 (French only): demands whose asked act is a pronominal verb, set 3 tuned on, set 4 never.
Run from the repository root: python3 tests/data/probes/request29_make.py"""
import json
from pathlib import Path

HERE = Path(__file__).parent
PUB = "2025-06-11"


def ev(src, tgt, text, cameo="100"):
    return {"event_type": "REQUEST", "mode": None, "cameo": cameo,
            "source": {"name": None, "country": src, "sector": None},
            "target": {"name": None, "country": tgt, "sector": None},
            "date": None, "location": None, "polarity": "positive", "modality": "actual",
            "evidence": text, "required": True}


# (text, [(source, target), ...]) one event per pair listed
SETS = {
    ("1", "en"): [
        ("The European Union urged the Serbian authorities to guarantee the right to protest and called on Belgrade to show restraint.", [("EUR", "SRB"), ("EUR", "SRB")]),
        ("Kenya's ombudsman urged the government to respect the right to protest and called on the police to stop using live bullets.", [("KEN", "KEN"), ("KEN", "KEN")]),
        ("Germany urged the Malian junta to hold elections and asked the Malian army to protect civilians.", [("DEU", "MLI"), ("DEU", "MLI")]),
        ("The United Nations called on the Sudanese army to open humanitarian corridors and urged the Rapid Support Forces to lift the siege of El Fasher.", [("UNO", "SDN"), ("UNO", "SDN")]),
        ("Japan urged the Chinese government to release the detained businessman and asked Beijing to grant consular access.", [("JPN", "CHN"), ("JPN", "CHN")]),
        ("The Catholic bishops of Cameroon called on the government to release the detainees and urged the separatist fighters to lay down their arms.", [("CMR", "CMR"), ("CMR", "CMR")]),
        ("France urged the Lebanese government to disarm Hezbollah and called on the Lebanese army to deploy in the south.", [("FRA", "LBN"), ("FRA", "LBN")]),
        ("Brazil asked the Venezuelan authorities to publish the vote tallies and urged Caracas to free political prisoners.", [("BRA", "VEN"), ("BRA", "VEN")]),
        ("The African Union called on the Ethiopian government to intervene and asked the Tigray forces to refrain from taking sides.", [("IGO", "ETH"), ("IGO", "ETH")]),
        ("Canada urged the Haitian transitional council to set a date for elections and called on the Haitian police to protect voters.", [("CAN", "HTI"), ("CAN", "HTI")]),
        # negatives: one verb, or the same addressee restated: one event
        ("Poland urged Belarus to stop pushing migrants across the border.", [("POL", "BLR")]),
        ("Italy urged Tunisia to step up coast guard patrols and to take back its nationals.", [("ITA", "TUN")]),
    ],
    ("2", "en"): [
        ("The United States urged the Iraqi government to rein in militias and called on the Kurdish regional authorities to resume oil exports.", [("USA", "IRQ"), ("USA", "IRQ")]),
        ("Sweden called on the Georgian authorities to drop the foreign agents law and urged Tbilisi to free jailed protesters.", [("SWE", "GEO"), ("SWE", "GEO")]),
        ("India asked the Nepalese government to curb smuggling and urged the Nepalese police to share intelligence.", [("IND", "NPL"), ("IND", "NPL")]),
        ("The European Commission urged the Hungarian government to restore judicial independence and called on Budapest to stop blocking aid to Ukraine.", [("EUR", "HUN"), ("EUR", "HUN")]),
        ("Nigeria's labour congress urged the government to raise the minimum wage and called on employers to pay arrears.", [("NGA", "NGA"), ("NGA", "NGA")]),
        ("Britain called on the Myanmar military to end air strikes and urged the junta to release Aung San Suu Kyi.", [("GBR", "MMR"), ("GBR", "MMR")]),
        ("South Africa urged the Mozambican government to investigate the killings and asked the Mozambican army to protect refugees.", [("ZAF", "MOZ"), ("ZAF", "MOZ")]),
        ("Turkey called on the Syrian government to integrate Kurdish fighters and urged Damascus to secure the border.", [("TUR", "SYR"), ("TUR", "SYR")]),
        ("Australia urged the Fijian government to hold an inquiry and asked the Fijian police to cooperate.", [("AUS", "FJI"), ("AUS", "FJI")]),
        ("Egypt called on the Libyan parliament to approve the budget and urged the government in Tripoli to share oil revenues.", [("EGY", "LBY"), ("EGY", "LBY")]),
        ("Norway urged Russia to return the deported Ukrainian children.", [("NOR", "RUS")]),
        ("Chile called on Bolivia to reopen the border crossing and to allow trucks through.", [("CHL", "BOL")]),
    ],
    ("1", "fr"): [
        ("La Commission européenne a appelé les autorités serbes à garantir le droit de manifester et exhorté Belgrade à la retenue.", [("EUR", "SRB"), ("EUR", "SRB")]),
        ("Le gouvernement camerounais a appelé les parents à renvoyer leurs enfants à l'école et exhorté les combattants séparatistes à déposer les armes.", [("CMR", "CMR"), ("CMR", "CMR")]),
        ("L'Allemagne a exhorté la junte malienne à organiser des élections et demandé à l'armée malienne de protéger les civils.", [("DEU", "MLI"), ("DEU", "MLI")]),
        ("L'ONU a appelé l'armée soudanaise à ouvrir des couloirs humanitaires et exhorté les Forces de soutien rapide à lever le siège d'El-Fasher.", [("UNO", "SDN"), ("UNO", "SDN")]),
        ("Le Japon a demandé au gouvernement chinois de libérer l'homme d'affaires détenu et exhorté Pékin à accorder un accès consulaire.", [("JPN", "CHN"), ("JPN", "CHN")]),
        ("La France a exhorté le gouvernement libanais à désarmer le Hezbollah et appelé l'armée libanaise à se déployer dans le sud.", [("FRA", "LBN"), ("FRA", "LBN")]),
        ("Le Brésil a demandé aux autorités vénézuéliennes de publier les procès-verbaux et exhorté Caracas à libérer les prisonniers politiques.", [("BRA", "VEN"), ("BRA", "VEN")]),
        ("L'Union africaine a appelé le gouvernement éthiopien à intervenir et demandé aux forces du Tigré de ne pas prendre parti.", [("IGO", "ETH"), ("IGO", "ETH")]),
        ("Le Canada a exhorté le conseil présidentiel de transition haïtien à fixer une date pour les élections et appelé la police haïtienne à protéger les électeurs.", [("CAN", "HTI"), ("CAN", "HTI")]),
        ("La conférence épiscopale du Congo a exhorté le gouvernement à libérer les détenus et appelé les rebelles du M23 à déposer les armes.", [("COD", "COD"), ("COD", "COD")]),
        ("La Pologne a exhorté la Biélorussie à cesser de pousser des migrants vers la frontière.", [("POL", "BLR")]),
        ("L'Italie a demandé à la Tunisie de renforcer les patrouilles et de reprendre ses ressortissants.", [("ITA", "TUN")]),
    ],
    ("2", "fr"): [
        ("Les Etats-Unis ont exhorté le gouvernement irakien à contrôler les milices et appelé les autorités kurdes à reprendre les exportations de pétrole.", [("USA", "IRQ"), ("USA", "IRQ")]),
        ("La Suède a appelé les autorités géorgiennes à abroger la loi sur les agents étrangers et exhorté Tbilissi à libérer les manifestants.", [("SWE", "GEO"), ("SWE", "GEO")]),
        ("L'Inde a demandé au gouvernement népalais de lutter contre la contrebande et exhorté la police népalaise à partager ses renseignements.", [("IND", "NPL"), ("IND", "NPL")]),
        ("La Commission européenne a exhorté le gouvernement hongrois à rétablir l'indépendance de la justice et appelé Budapest à cesser de bloquer l'aide à l'Ukraine.", [("EUR", "HUN"), ("EUR", "HUN")]),
        ("Le Royaume-Uni a appelé l'armée birmane à cesser les frappes aériennes et exhorté la junte à libérer Aung San Suu Kyi.", [("GBR", "MMR"), ("GBR", "MMR")]),
        ("L'Afrique du Sud a exhorté le gouvernement mozambicain à enquêter sur les meurtres et demandé à l'armée mozambicaine de protéger les réfugiés.", [("ZAF", "MOZ"), ("ZAF", "MOZ")]),
        ("La Turquie a appelé le gouvernement syrien à intégrer les combattants kurdes et exhorté Damas à sécuriser la frontière.", [("TUR", "SYR"), ("TUR", "SYR")]),
        ("L'Australie a exhorté le gouvernement fidjien à ouvrir une enquête et demandé à la police fidjienne de coopérer.", [("AUS", "FJI"), ("AUS", "FJI")]),
        ("L'Egypte a appelé le parlement libyen à adopter le budget et exhorté le gouvernement de Tripoli à partager les revenus pétroliers.", [("EGY", "LBY"), ("EGY", "LBY")]),
        ("Le Sénégal a demandé aux autorités gambiennes de rouvrir la frontière et exhorté Banjul à laisser passer les camions.", [("SEN", "GMB"), ("SEN", "GMB")]),
        ("La Norvège a exhorté la Russie à rendre les enfants ukrainiens déportés.", [("NOR", "RUS")]),
        ("Le Chili a appelé la Bolivie à rouvrir le poste-frontière et à laisser passer les camions.", [("CHL", "BOL")]),
    ],
}

# French demands whose asked act is a pronominal verb ("a demandé à la France de se retirer",
# "a exhorté les parties à s'abstenir"): the reflexive pronoun belongs to the asked verb, not
# to the trigger ("se demander" is to wonder); negatives: "se demander", "s'appeler"
REFLEXIVE = {
    ("3", "fr"): [
        ("Le Mali a demandé à la France de se conformer au droit international.", [("MLI", "FRA")]),
        ("Le Maroc a demandé à l'Espagne de s'abstenir de toute provocation.", [("MAR", "ESP")]),
        ("Le Sénégal a demandé une réunion d'urgence de la Cédéao, qui doit se tenir lundi à Abuja.", [("SEN", "IGO")]),
        ("Le Kenya a demandé à l'Ouganda de s'expliquer sur l'arrestation de ses ressortissants.", [("KEN", "UGA")]),
        ("Le Ghana a réclamé que le Togo s'engage à rouvrir la frontière.", [("GHA", "TGO")]),
        ("La Pologne a demandé à la Biélorussie de s'abstenir de toute provocation à la frontière.", [("POL", "BLR")]),
        ("L'Algérie a exigé que le Mali s'explique sur la frappe de drone.", [("DZA", "MLI")]),
        ("Le Japon a demandé à la Chine de s'abstenir de toute action unilatérale.", [("JPN", "CHN")]),
        ("Le Pérou a demandé à la Bolivie de se prononcer sur l'extradition de l'ancien ministre.", [("PER", "BOL")]),
        ("L'Indonésie a réclamé que l'Australie s'excuse pour l'incident.", [("IDN", "AUS")]),
        ("Les diplomates se demandent si la Russie acceptera le cessez-le-feu.", []),
        ("Le nouveau parti s'appelle Renaissance et réclame des élections.", []),
    ],
    ("4", "fr"): [
        ("Le Cameroun a demandé au Nigeria de se retirer de la péninsule de Bakassi.", [("CMR", "NGA")]),
        ("L'Egypte a exhorté l'Ethiopie à s'abstenir de remplir le barrage.", [("EGY", "ETH")]),
        ("La Tunisie a demandé à l'Italie de s'engager sur la question migratoire.", [("TUN", "ITA")]),
        ("La Colombie a demandé au Venezuela de s'expliquer sur la présence de guérilleros.", [("COL", "VEN")]),
        ("Le Bénin a exigé que le Niger se conforme à l'accord sur l'oléoduc.", [("BEN", "NER")]),
        ("L'Arménie a demandé à l'Azerbaïdjan de se retirer des positions occupées.", [("ARM", "AZE")]),
        ("La Lituanie a demandé une réunion de l'Otan, qui doit se tenir jeudi.", [("LTU", "NAT")]),
        ("Le Chili a appelé la Bolivie à s'abstenir de toute mesure unilatérale.", [("CHL", "BOL")]),
        ("La Grèce a réclamé que la Turquie s'abstienne de forer en mer Egée.", [("GRC", "TUR")]),
        ("Le Rwanda a demandé au Burundi de se prononcer sur la réouverture de la frontière.", [("RWA", "BDI")]),
        ("On peut se demander si le Soudan acceptera la trêve.", []),
        ("La mission s'appelle Atalante et patrouille au large de la Somalie.", []),
    ],
}

SETS.update(REFLEXIVE)

for (number, lang), items in SETS.items():
    with open(HERE / f"request29-{number}.{lang}.jsonl", "w", encoding="utf-8") as out:
        for i, (text, pairs) in enumerate(items, 1):
            record = {"article_id": f"request29-{number}-{lang}-{i:03d}", "lang": lang, "text": text, "published": PUB,
                      "events": [ev(s, t, text) for s, t in pairs]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
