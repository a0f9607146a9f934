"""Writes dedupe23-1.{en,fr}.jsonl and dedupe23-2.{en,fr}.jsonl: articles whose headline and
story state one event (to be coded once), or two events of one type (to stay two). Written
and gold-coded before any change of the dedupe23 branch; -2 is never tuned on.

Class letter in the id: R the story names no recipient the headline names, P a plan the
headline and the story both state, D the headline's bare doer read as its recipient's
country, S the merged event keeps the most specific actor, N two events of one type that
must stay two."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent


def actor(country, sector=None, name=None):
    return None if country is None else party(country, sector, name)


def ev(t, cameo, src, tgt, evidence, modality="actual", required=True, mode=None):
    return gold_event(t, cameo, actor(*src), actor(*tgt) if tgt else None, evidence, mode=mode, modality=modality, required=required)


def art(lang, aid, text, events):
    return gold_article(f"dedupe23-{lang}-{aid}", lang, text, "2025-06-12", events)


EN1 = [
    art("en", "R1", "Polish farmers protest against the government\n\nWARSAW, June 10 (Reuters) - Thousands of farmers blocked roads in central Warsaw on Tuesday.",
        [ev("PROTEST", "14", ("POL", "CVL"), ("POL", "GOV"), "Thousands of farmers blocked roads in central Warsaw")]),
    art("en", "R2", "Bangladeshi students rally against the government\n\nDHAKA, June 9 (AP) - Thousands of students marched through central Dhaka on Monday.",
        [ev("PROTEST", "141", ("BGD", "EDU"), ("BGD", "GOV"), "Thousands of students marched through central Dhaka")]),
    art("en", "P1", "Japan pledges $50 million in aid to Sudan\n\nTOKYO, June 11 (Kyodo) - Japan will provide $50 million in humanitarian aid to Sudan, the foreign ministry said on Wednesday.",
        [ev("AGREE", "0331", ("JPN", "GOV"), ("SDN", "GOV"), "Japan will provide $50 million in humanitarian aid to Sudan", "intended")]),
    art("en", "P2", "Canada to send more troops to Latvia\n\nOTTAWA, June 10 (Reuters) - Canada will send 1,200 more troops to Latvia next year, Defence Minister Bill Blair said on Tuesday.",
        [ev("AGREE", "0332", ("CAN", "GOV"), ("LVA", "GOV"), "Canada will send 1,200 more troops to Latvia next year", "intended")]),
    art("en", "D1", "Coast guard detains 12 Vietnamese fishermen\n\nJAKARTA, June 11 (Reuters) - The Indonesian coast guard detained 12 Vietnamese fishermen in the Natuna Sea on Wednesday.",
        [ev("COERCE", "173", ("IDN", "COP"), ("VNM", "CVL"), "The Indonesian coast guard detained 12 Vietnamese fishermen")]),
    art("en", "D2", "Navy arrests 20 Indian fishermen\n\nCOLOMBO, June 10 (AFP) - The Sri Lankan navy arrested 20 Indian fishermen off Jaffna on Tuesday.",
        [ev("COERCE", "173", ("LKA", "MIL"), ("IND", "CVL"), "The Sri Lankan navy arrested 20 Indian fishermen off Jaffna")]),
    art("en", "S1", "Protesters rally in Nairobi\n\nNAIROBI, June 10 (Reuters) - University students marched against the government in Nairobi on Tuesday.",
        [ev("PROTEST", "141", ("KEN", "EDU"), ("KEN", "GOV"), "University students marched against the government in Nairobi")]),
    art("en", "S2", "Nigeria deploys troops to Niger border\n\nABUJA, June 10 (Reuters) - President Bola Tinubu ordered the deployment of troops to the border on Tuesday.",
        [ev("MOBILIZE", "154", ("NGA", "GOV", "Bola Tinubu"), None, "ordered the deployment of troops to the border")]),
    art("en", "N1", "Poland expels Russian diplomat\n\nWARSAW, June 10 (Reuters) - Poland expelled a Russian diplomat on Tuesday. It also expelled a Belarusian attache on Wednesday.",
        [ev("SANCTION", "166", ("POL", "GOV"), ("RUS", "GOV"), "Poland expelled a Russian diplomat on Tuesday"),
         ev("SANCTION", "166", ("POL", "GOV"), ("BLR", "GOV"), "It also expelled a Belarusian attache")]),
    art("en", "N2", "Qatar pledges aid to Lebanon\n\nDOHA, June 10 (Reuters) - Qatar will send $20 million to Lebanon, the foreign ministry said. The emir also invited the Egyptian president to visit Doha.",
        [ev("AGREE", "0331", ("QAT", "GOV"), ("LBN", "GOV"), "Qatar will send $20 million to Lebanon", "intended"),
         ev("AGREE", "036", ("QAT", "GOV"), ("EGY", "GOV"), "invited the Egyptian president to visit Doha", "intended")]),
    art("en", "N3", "Students protest against Serbian government\n\nBELGRADE, June 10 (Reuters) - Thousands of students marched in Belgrade on Saturday. In Novi Sad, farmers rallied against the European Union on Sunday.",
        [ev("PROTEST", "141", ("SRB", "EDU"), ("SRB", "GOV"), "Thousands of students marched in Belgrade"),
         ev("PROTEST", "141", ("SRB", "CVL"), ("EUR", "IGO"), "farmers rallied against the European Union")]),
]

FR1 = [
    art("fr", "R1", "Des agriculteurs français manifestent contre le gouvernement\n\nPARIS, 10 juin (AFP) - Des milliers d'agriculteurs ont bloqué les routes autour de Paris mardi.",
        [ev("PROTEST", "14", ("FRA", "CVL"), ("FRA", "GOV"), "Des milliers d'agriculteurs ont bloqué les routes autour de Paris")]),
    art("fr", "R2", "Sénégal : les étudiants manifestent contre le gouvernement\n\nDAKAR, 10 juin (AFP) - Des milliers d'étudiants ont défilé mardi dans le centre de Dakar.",
        [ev("PROTEST", "141", ("SEN", "EDU"), ("SEN", "GOV"), "Des milliers d'étudiants ont défilé mardi dans le centre de Dakar")]),
    art("fr", "P1", "Le Japon promet 50 millions de dollars d'aide au Soudan\n\nTOKYO, 11 juin (AFP) - Le Japon fournira 50 millions de dollars d'aide humanitaire au Soudan, a annoncé mercredi le ministère des Affaires étrangères.",
        [ev("AGREE", "0331", ("JPN", "GOV"), ("SDN", "GOV"), "Le Japon fournira 50 millions de dollars d'aide humanitaire au Soudan", "intended")]),
    art("fr", "P2", "Le Canada promet des troupes à la Lettonie\n\nOTTAWA, 10 juin (AFP) - Le Canada enverra 1200 soldats supplémentaires en Lettonie l'an prochain, a déclaré mardi le ministre de la Défense.",
        [ev("AGREE", "0332", ("CAN", "GOV"), ("LVA", "GOV"), "Le Canada enverra 1200 soldats supplémentaires en Lettonie", "intended")]),
    art("fr", "D1", "Les garde-côtes arrêtent douze pêcheurs vietnamiens\n\nJAKARTA, 11 juin (AFP) - Les garde-côtes indonésiens ont arrêté mercredi douze pêcheurs vietnamiens en mer de Natuna.",
        [ev("COERCE", "173", ("IDN", "COP"), ("VNM", "CVL"), "Les garde-côtes indonésiens ont arrêté mercredi douze pêcheurs vietnamiens")]),
    art("fr", "D2", "La marine arrête vingt pêcheurs indiens\n\nCOLOMBO, 10 juin (AFP) - La marine sri-lankaise a arrêté mardi vingt pêcheurs indiens au large de Jaffna.",
        [ev("COERCE", "173", ("LKA", "MIL"), ("IND", "CVL"), "La marine sri-lankaise a arrêté mardi vingt pêcheurs indiens")]),
    art("fr", "S1", "Des manifestants défilent à Nairobi\n\nNAIROBI, 10 juin (AFP) - Des étudiants ont manifesté mardi contre le gouvernement à Nairobi.",
        [ev("PROTEST", "141", ("KEN", "EDU"), ("KEN", "GOV"), "Des étudiants ont manifesté mardi contre le gouvernement à Nairobi")]),
    art("fr", "S2", "Le Nigeria déploie des troupes à la frontière\n\nABUJA, 10 juin (AFP) - Le président Bola Tinubu a ordonné mardi le déploiement de troupes à la frontière.",
        [ev("MOBILIZE", "154", ("NGA", "GOV", "Bola Tinubu"), None, "a ordonné mardi le déploiement de troupes à la frontière")]),
    art("fr", "N1", "La Pologne expulse un diplomate russe\n\nVARSOVIE, 10 juin (AFP) - La Pologne a expulsé mardi un diplomate russe. Elle a aussi expulsé mercredi un attaché biélorusse.",
        [ev("SANCTION", "166", ("POL", "GOV"), ("RUS", "GOV"), "La Pologne a expulsé mardi un diplomate russe"),
         ev("SANCTION", "166", ("POL", "GOV"), ("BLR", "GOV"), "Elle a aussi expulsé mercredi un attaché biélorusse")]),
    art("fr", "N2", "Le Qatar promet une aide au Liban\n\nDOHA, 10 juin (AFP) - Le Qatar enverra 20 millions de dollars au Liban, a indiqué le ministère. L'émir a aussi invité le président égyptien à se rendre à Doha.",
        [ev("AGREE", "0331", ("QAT", "GOV"), ("LBN", "GOV"), "Le Qatar enverra 20 millions de dollars au Liban", "intended"),
         ev("AGREE", "036", ("QAT", "GOV"), ("EGY", "GOV"), "a aussi invité le président égyptien à se rendre à Doha", "intended")]),
    art("fr", "N3", "Serbie : les étudiants manifestent contre le gouvernement\n\nBELGRADE, 10 juin (AFP) - Des milliers d'étudiants ont défilé samedi à Belgrade. A Novi Sad, des agriculteurs ont manifesté dimanche contre l'Union européenne.",
        [ev("PROTEST", "141", ("SRB", "EDU"), ("SRB", "GOV"), "Des milliers d'étudiants ont défilé samedi à Belgrade"),
         ev("PROTEST", "141", ("SRB", "CVL"), ("EUR", "IGO"), "des agriculteurs ont manifesté dimanche contre l'Union européenne")]),
]

# -2: never tuned on (same classes, other countries and words)
EN2 = [
    art("en", "R3", "Chilean teachers strike against the government\n\nSANTIAGO, June 10 (Reuters) - Thousands of teachers walked off the job across Chile on Tuesday.",
        [ev("PROTEST", "143", ("CHL", "EDU"), ("CHL", "GOV"), "Thousands of teachers walked off the job across Chile")]),
    art("en", "P3", "Australia pledges aid to Papua New Guinea\n\nCANBERRA, June 10 (AAP) - Australia will give A$100 million to Papua New Guinea for police training, Foreign Minister Penny Wong said on Tuesday.",
        [ev("AGREE", "0331", ("AUS", "GOV"), ("PNG", "GOV"), "Australia will give A$100 million to Papua New Guinea", "intended")]),
    art("en", "D3", "Border guards detain 30 Afghan migrants\n\nTEHRAN, June 10 (AFP) - Iranian border guards detained 30 Afghan migrants near Zahedan on Tuesday.",
        [ev("COERCE", "173", ("IRN", "MIL"), ("AFG", "CVL"), "Iranian border guards detained 30 Afghan migrants near Zahedan")]),
    art("en", "N5", "Morocco expels Algerian diplomat\n\nRABAT, June 10 (Reuters) - Morocco expelled an Algerian diplomat on Tuesday. On Thursday it expelled a Tunisian envoy.",
        [ev("SANCTION", "166", ("MAR", "GOV"), ("DZA", "GOV"), "Morocco expelled an Algerian diplomat on Tuesday"),
         ev("SANCTION", "166", ("MAR", "GOV"), ("TUN", "GOV"), "it expelled a Tunisian envoy")]),
    art("en", "N6", "Brazil pledges aid to Bolivia\n\nBRASILIA, June 10 (Reuters) - Brazil will send $10 million to Bolivia, the foreign ministry said. Lula also invited the Chilean president to visit Brasilia.",
        [ev("AGREE", "0331", ("BRA", "GOV"), ("BOL", "GOV"), "Brazil will send $10 million to Bolivia", "intended"),
         ev("AGREE", "036", ("BRA", "GOV", "Luiz Inácio Lula da Silva"), ("CHL", "GOV"), "invited the Chilean president to visit Brasilia", "intended")]),
]
FR2 = [
    art("fr", "R3", "Chili : les enseignants en grève contre le gouvernement\n\nSANTIAGO, 10 juin (AFP) - Des milliers d'enseignants ont fait grève mardi dans tout le Chili.",
        [ev("PROTEST", "143", ("CHL", "EDU"), ("CHL", "GOV"), "Des milliers d'enseignants ont fait grève mardi dans tout le Chili")]),
    art("fr", "P3", "L'Australie promet une aide à la Papouasie-Nouvelle-Guinée\n\nCANBERRA, 10 juin (AFP) - L'Australie versera 100 millions de dollars à la Papouasie-Nouvelle-Guinée, a annoncé mardi la ministre des Affaires étrangères.",
        [ev("AGREE", "0331", ("AUS", "GOV"), ("PNG", "GOV"), "L'Australie versera 100 millions de dollars à la Papouasie-Nouvelle-Guinée", "intended")]),
    art("fr", "D3", "Les gardes-frontières arrêtent 30 migrants afghans\n\nTÉHÉRAN, 10 juin (AFP) - Les gardes-frontières iraniens ont arrêté mardi 30 migrants afghans près de Zahedan.",
        [ev("COERCE", "173", ("IRN", "MIL"), ("AFG", "CVL"), "Les gardes-frontières iraniens ont arrêté mardi 30 migrants afghans")]),
    art("fr", "N5", "Le Maroc expulse un diplomate algérien\n\nRABAT, 10 juin (AFP) - Le Maroc a expulsé mardi un diplomate algérien. Jeudi, il a expulsé un émissaire tunisien.",
        [ev("SANCTION", "166", ("MAR", "GOV"), ("DZA", "GOV"), "Le Maroc a expulsé mardi un diplomate algérien"),
         ev("SANCTION", "166", ("MAR", "GOV"), ("TUN", "GOV"), "il a expulsé un émissaire tunisien")]),
    art("fr", "N6", "Le Brésil promet une aide à la Bolivie\n\nBRASILIA, 10 juin (AFP) - Le Brésil enverra 10 millions de dollars à la Bolivie, a indiqué le ministère. Lula a aussi invité le président chilien à se rendre à Brasilia.",
        [ev("AGREE", "0331", ("BRA", "GOV"), ("BOL", "GOV"), "Le Brésil enverra 10 millions de dollars à la Bolivie", "intended"),
         ev("AGREE", "036", ("BRA", "GOV", "Luiz Inácio Lula da Silva"), ("CHL", "GOV"), "a aussi invité le président chilien à se rendre à Brasilia", "intended")]),
]

for name, items in (("dedupe23-1.en", EN1), ("dedupe23-1.fr", FR1), ("dedupe23-2.en", EN2), ("dedupe23-2.fr", FR2)):
    write_jsonl(HERE / f"{name}.jsonl", items)
