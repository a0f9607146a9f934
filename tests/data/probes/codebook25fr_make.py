"""Writes the probe sets of helper codebook25fr (wave 25): codebook25fr-2.fr.jsonl, other
members of the wording families the sixth codebook set (tests/data/codebook/codebook-6.fr.jsonl)
missed, about other countries, written and scored before any change and never tuned on.
Run: python3 tests/data/probes/codebook25fr_make.py"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party as A, sentence_evidence, write_jsonl  # noqa: E402

HERE = Path(__file__).parent


def E(etype, mode, cameo, src, tgt, modality="actual", required=True):
    return gold_event(etype, cameo, src, tgt, None, mode=mode, modality=modality, required=required)


TWO = [
    ("Le Premier ministre italien a encensé la Tunisie pour sa lutte contre les passeurs.",
     [E("SUPPORT", None, "051", A("ITA", "GOV"), A("TUN", "GOV"))]),
    ("Le président kényan a porté aux nues la Tanzanie pour son rôle dans la paix régionale.",
     [E("SUPPORT", None, "051", A("KEN", "GOV"), A("TZA", "GOV"))]),
    ("Le Cambodge et le Laos se sont serré les coudes face aux inondations.",
     [E("COOPERATE", None, "060", A("KHM", "GOV"), A("LAO", "GOV"))]),
    ("Les Forces armées congolaises se serrent les coudes avec l'armée ougandaise contre les ADF.",
     [E("COOPERATE", None, "062", A("COD", "MIL"), A("UGA", "MIL"))]),
    ("La Malaisie a doté la garde côtière philippine de trois patrouilleurs.",
     [E("AID", None, "072", A("MYS", "GOV"), A("PHL", "MIL"))]),
    ("Le Japon a pourvu la marine vietnamienne de navires de patrouille.",
     [E("AID", None, "072", A("JPN", "GOV"), A("VNM", "MIL"))]),
    ("La Hongrie a dégagé une enveloppe de vingt millions d'euros pour la reconstruction de l'Ukraine.",
     [E("AID", None, "071", A("HUN", "GOV"), A("UKR", "GOV"))]),
    ("Le gouvernement argentin a remisé au placard sa réforme du travail après une grève générale.",
     [E("CONCEDE", None, "0832", A("ARG", "GOV"), None),
      E("PROTEST", "strike", "143", A("ARG", "LAB"), None, required=False)]),
    ("L'Allemagne a rétrocédé au Cameroun des objets royaux pillés durant la colonisation.",
     [E("RETREAT", None, "0842", A("DEU", "GOV"), A("CMR", "GOV"))]),
    ("Une cinquantaine de guérilleros dissidents se sont livrés aux autorités colombiennes.",
     [E("RETREAT", "disarm", "0874", A("COL", "REB"), A("COL", "GOV"))]),
    ("Human Rights Watch a recensé des centaines de disparitions forcées imputées aux forces de sécurité égyptiennes.",
     [E("ACCUSE", "investigate", "092", A("NGO", None, "Human Rights Watch"), A("EGY", "COP"))]),
    ("Le parquet kényan cherche à élucider les circonstances de la mort d'un blogueur en garde à vue.",
     [E("ACCUSE", "investigate", "091", A("KEN", "JUD"), None)]),
    ("La Sierra Leone a quémandé une aide budgétaire à la Chine.",
     [E("REQUEST", "assist", "1031", A("SLE", "GOV"), A("CHN", "GOV"))]),
    ("L'opposition mozambicaine met la pression sur Maputo pour obtenir un recomptage des voix.",
     [E("REQUEST", "change", "104", A("MOZ", "OPP"), A("MOZ", "GOV"))]),
    ("Le chef de l'État brésilien a brocardé le gouvernement argentin.",
     [E("ACCUSE", "disapprove", "111", A("BRA", "GOV"), A("ARG", "GOV"))]),
    ("Le président vénézuélien a tancé le gouvernement chilien pour ses propos sur les élections.",
     [E("ACCUSE", "disapprove", "111", A("VEN", "GOV"), A("CHL", "GOV"))]),
    ("La Lettonie attribue à Moscou le sabotage d'un câble sous-marin dans la Baltique.",
     [E("ACCUSE", "disapprove", "112", A("LVA", "GOV"), A("RUS", "GOV"))]),
    ("La Moldavie attribue à la Russie une cyberattaque contre sa commission électorale.",
     [E("ACCUSE", "disapprove", "112", A("MDA", "GOV"), A("RUS", "GOV"))]),
    ("Un audit de la Cour des comptes marocaine incrimine l'ancien directeur de l'Office des chemins de fer.",
     [E("ACCUSE", "allege", "1121", A("MAR", "JUD"), A("MAR", "GOV"))]),
    ("Des milliers de manifestants ont submergé l'avenue Bourguiba à Tunis pour réclamer la libération des opposants.",
     [E("PROTEST", "demo", "141", A("TUN", "CVL"), None),
      E("REQUEST", "yield", "1053", A("TUN", "CVL"), None, required=False)]),
    ("Les cheminots italiens entament un mouvement social de quarante-huit heures.",
     [E("PROTEST", "strike", "143", A("ITA", "LAB"), None)]),
    ("La police française est sur les dents avant la finale de la Coupe de France.",
     [E("MOBILIZE", "police", "151", A("FRA", "COP"), None)]),
    ("La Roumanie grossit les rangs de son armée avec cinq mille réservistes.",
     [E("MOBILIZE", "troops", "154", A("ROU", "MIL"), None)]),
    ("Ottawa a mis entre parenthèses ses livraisons d'armes à l'Arabie saoudite.",
     [E("SANCTION", "discontinue", "1622", A("CAN", "GOV"), A("SAU", "GOV"))]),
    ("Londres a mis en pause son aide budgétaire au Rwanda.",
     [E("SANCTION", "discontinue", "1621", A("GBR", "GOV"), A("RWA", "GOV"))]),
    ("Le Royaume-Uni a mis à l'index plusieurs banques iraniennes.",
     [E("SANCTION", None, "163", A("GBR", "GOV"), A("IRN", "BUS"))]),
    ("L'Algérie a jeté l'éponge dans sa médiation entre Bamako et les rebelles touareg.",
     [E("SANCTION", "withdraw", "165", A("DZA", "GOV"), A("MLI", "GOV")),
      E("SANCTION", "withdraw", "165", A("DZA", "GOV"), A("MLI", "REB"))]),
    ("Les autorités nigérianes ont démoli au bulldozer des centaines d'habitations dans un bidonville de Lagos.",
     [E("ASSAULT", "destroy", "1712", A("NGA", "GOV"), A("NGA", "CVL"))]),
    ("L'armée israélienne a dynamité des immeubles résidentiels à Rafah.",
     [E("ASSAULT", "destroy", "1712", A("ISR", "MIL"), A("PSE", "CVL"))]),
    ("Des migrants maliens ont été reconduits de force vers Bamako par les autorités algériennes.",
     [E("COERCE", "deport", "174", A("DZA", "GOV"), A("MLI", "CVL"))]),
    ("Des policiers kényans ont rudoyé des manifestantes devant le Parlement à Nairobi.",
     [E("ASSAULT", "beat", "182", A("KEN", "COP"), A("KEN", "CVL"))]),
    ("Des soldats afghans et pakistanais en sont venus aux mains au poste-frontière de Torkham.",
     [E("ASSAULT", None, "190", A("AFG", "MIL"), A("PAK", "MIL")),
      E("ASSAULT", None, "190", A("PAK", "MIL"), A("AFG", "MIL"))]),
    ("Les forces russes ont pris pied sur la rive gauche du Dniepr, dans la région ukrainienne de Kherson.",
     [E("COERCE", "seize", "192", A("RUS", "MIL"), A("UKR", None))]),
    ("L'artillerie russe a noyé sous les obus la ville ukrainienne de Koupiansk.",
     [E("ASSAULT", "heavy-weapons", "194", A("RUS", "MIL"), A("UKR", None))]),
    ("Le M23 a piétiné le cessez-le-feu négocié par le Qatar.",
     [E("ASSAULT", None, "196", A("COD", "REB", "M23"), None)]),
    ("Les shebab ont provoqué un bain de sang dans un hôtel de Mogadiscio.",
     [E("ASSAULT", None, "200", A("SOM", "REB", "Al-Shabaab"), A("SOM", "CVL"))]),
    ("Téhéran a poussé vers la sortie des centaines de milliers de migrants afghans.",
     [E("ASSAULT", None, "201", A("IRN", "GOV"), A("AFG", "CVL"))]),
    ("Des pirates ont pris à l'abordage un pétrolier grec dans le golfe de Guinée.",
     [E("ASSAULT", "abduct", "181", A(None, "CRM"), A("GRC", "BUS"))]),
    ("Le président nigérian a eu un aparté avec son homologue ghanéen à Abuja.",
     [E("CONSULT", None, "040", A("NGA", "GOV"), A("GHA", "GOV"))]),
    ("Un porte-parole du Hamas a jugé irrecevables les exigences israéliennes.",
     [E("REJECT", None, "120", A("PSE", "REB", "Hamas"), A("ISR", "GOV"))]),
    ("La junte guinéenne a déclaré irrecevable la proposition de transition de la CEDEAO.",
     [E("REJECT", None, "120", A("GIN", "GOV"), A("IGO", None, "ECOWAS"))]),
]


def write(name, items, published="2025-06-12"):
    write_jsonl(HERE / f"{name}.fr.jsonl", (gold_article(f"{name}-fr-{n:03d}", "fr", text, published, sentence_evidence(events, text))
                                            for n, (text, events) in enumerate(items, 1)))


if __name__ == "__main__":
    write("codebook25fr-2", TWO)
