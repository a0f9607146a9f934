"""French wordings of CAMEO roots 10-20 that the lexicon missed (helper wordfr19b):
idioms and light-verb constructions whose object carries the act ("faire une croix
sur un plan", "mettre fin à / un terme à / en suspens son aide", "frapper à la porte
de X pour obtenir", "rendre la route impraticable", "semer le chaos", "placer sous
couvre-feu", "frapper d'interdiction", "faire pleuvoir des obus sur"), press verbs
("snober une offre", "embarquer des opposants", "emmener de force"), negated antonyms
("cesser de financer"), and the counter-sentences where the same words state no
event (weather, sport, markets, holidays). Sentences written for these tests, about
many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from event_checks import coder, listing, of_type

_coded = coder("fr", "2025-06-10")


@pytest.mark.parametrize(
    "text, event_type, cameo, source, target",
    [
        # 10 demand
        ("Le gouvernement haïtien frappe à la porte de Washington pour obtenir des fonds.", "REQUEST", "103", ("HTI", "GOV"), ("USA", "GOV")),
        ("Le Népal frappe à la porte de New Delhi pour obtenir des vaccins.", "REQUEST", "103", ("NPL", "GOV"), ("IND", "GOV")),
        # 12 reject
        ("Pyongyang a snobé une offre de dialogue de Séoul.", "REJECT", "12", ("PRK", "GOV"), ("KOR", "GOV")),
        ("Les rebelles houthis ont fait une croix sur la feuille de route des Nations unies.", "REJECT", "12", ("YEM", "REB"), ("UNO", None)),
        ("Caracas a fait une croix sur l'accord signé avec la Guyana.", "REJECT", "12", ("VEN", "GOV"), ("GUY", None)),
        ("La Hongrie a torpillé l'accord européen sur les migrants.", "REJECT", "12", ("HUN", "GOV"), None),
        ("La Pologne a fait barrage à l'accord de libre-échange avec le Mercosur.", "REJECT", "12", ("POL", "GOV"), None),
        ("Le Premier ministre serbe a exclu de démissionner.", "REJECT", "124", ("SRB", "GOV"), None),
        ("Le gouvernement malien a exclu de négocier avec les jihadistes.", "REJECT", "125", ("MLI", "GOV"), None),
        # 11 disapprove
        ("Berlin est monté au créneau contre la réforme judiciaire israélienne.", "ACCUSE", "111", ("DEU", "GOV"), ("ISR", None)),
        # 13 threaten
        ("Nicolás Maduro a juré de s'emparer de la région de l'Essequibo.", "THREATEN", "1382", ("VEN", "GOV"), None),
        ("Le ministre bolivien de l'Intérieur a prévenu que les auteurs de blocages seraient arrêtés.", "THREATEN", "137", ("BOL", "GOV"), None),
        ("Le ministre arménien de la Défense a prévenu que toute incursion se heurterait à une réponse armée.", "THREATEN", "138", ("ARM", "GOV"), None),
        # 14 protest
        ("Des agriculteurs en colère ont rendu l'autoroute impraticable près de Bordeaux.", "PROTEST", "144", ("FRA", "CVL"), None),
        ("Des jeunes en colère ont semé le chaos dans le centre d'Abidjan.", "PROTEST", "145", ("CIV", "CVL"), None),
        ("La grande place de Bratislava s'est remplie de milliers de manifestants.", "PROTEST", "141", ("SVK", "CVL"), None),
        ("Une marée humaine a envahi les rues de Caracas pour protester contre le régime.", "PROTEST", "141", ("VEN", "CVL"), None),
        ("Des manifestants ont mis le feu au siège du Parlement à Nairobi.", "PROTEST", "145", ("KEN", "CVL"), None),
        # 15 mobilize
        ("Des navires de guerre chinois ont encerclé Taïwan jeudi.", "MOBILIZE", "150", ("CHN", "MIL"), None),
        ("Quelque 3 000 policiers antiémeutes ont pris position à Lusaka avant le scrutin.", "MOBILIZE", "151", ("ZMB", "COP"), None),
        ("La junte nigérienne a rappelé les anciens militaires sous les drapeaux.", "MOBILIZE", "154", ("NER", None), None),
        ("Moscou a annoncé l'enrôlement de 300 000 réservistes.", "MOBILIZE", "154", ("RUS", None), None),
        # 16 reduce relations
        ("Le Danemark met fin à son aide au développement au Burkina Faso.", "SANCTION", "162", ("DNK", "GOV"), ("BFA", "GOV")),
        ("La Suède a mis un terme à son aide au développement au Mali.", "SANCTION", "162", ("SWE", "GOV"), ("MLI", "GOV")),
        ("Les Etats-Unis ont mis en suspens leur assistance sécuritaire au Niger.", "SANCTION", "162", ("USA", "GOV"), ("NER", "GOV")),
        ("Berlin a gelé son aide au développement au Tchad.", "SANCTION", "162", ("DEU", "GOV"), ("TCD", "GOV")),
        ("Washington a cessé de financer l'UNRWA.", "SANCTION", "162", ("USA", "GOV"), ("UNO", None)),
        ("L'Allemagne a mis un terme à la formation des soldats maliens.", "SANCTION", "1622", ("DEU", "GOV"), ("MLI", "MIL")),
        ("Le Canada a annoncé qu'il bloquait les avoirs de douze chefs de gangs haïtiens.", "SANCTION", "16", ("CAN", "GOV"), ("HTI", None)),
        ("Tirana a donné 24 heures à deux diplomates iraniens pour quitter le pays.", "SANCTION", "166", ("ALB", "GOV"), ("IRN", None)),
        # 17 coerce
        ("Le chef de la police de Papouasie-Nouvelle-Guinée a placé Port Moresby sous couvre-feu.", "COERCE", "1723", ("PNG", "COP"), None),
        ("Le gouvernement du Bangladesh a frappé d'interdiction les activités de la Ligue Awami.", "COERCE", "1722", ("BGD", "GOV"), ("BGD", "PTY")),
        ("La police ougandaise a embarqué des dizaines de partisans de l'opposition à Kampala.", "COERCE", "173", ("UGA", "COP"), ("UGA", "OPP")),
        ("La justice égyptienne a mis derrière les barreaux trois journalistes.", "COERCE", "173", ("EGY", "JUD"), None),
        ("Des colonnes de blindés russes ont fait mouvement vers la frontière finlandaise.", "MOBILIZE", "150", ("RUS", "MIL"), None),
        ("La France a procédé à l'expulsion d'un imam algérien.", "COERCE", "174", ("FRA", "GOV"), ("DZA", None)),
        ("La police togolaise a procédé à la dispersion des manifestants à Lomé.", "COERCE", "17", ("TGO", "COP"), ("TGO", "CVL")),
        # 18-19 assault
        ("Des hommes armés ont emmené de force un prêtre catholique de sa paroisse au Cameroun.", "ASSAULT", "181", None, ("CMR", None)),
        ("Un assaillant a actionné sa ceinture d'explosifs parmi les fidèles à Peshawar.", "ASSAULT", "1831", None, ("PAK", None)),
        ("L'artillerie éthiopienne a fait pleuvoir des obus sur la ville de Debre Markos.", "ASSAULT", "194", ("ETH", "MIL"), ("ETH", None)),
        ("L'armée russe a fait pleuvoir des roquettes sur Kharkiv.", "ASSAULT", "194", ("RUS", "MIL"), ("UKR", None)),
    ],
)
def test_wording_is_coded(text: str, event_type: str, cameo: str, source: tuple | None, target: tuple | None) -> None:
    events = _coded(text)
    found = [e for e in of_type(events, event_type) if e.cameo and e.cameo.startswith(cameo) and e.polarity == "positive"]
    assert found, listing(events)
    event = found[0]
    if source is not None:
        assert event.source is not None and event.source.country == source[0], listing(events)
        if source[1] is not None:
            assert event.source.sector == source[1], listing(events)
    if target is not None:
        assert event.target is not None and event.target.country == target[0], listing(events)
        if target[1] is not None:
            assert event.target.sector == target[1], listing(events)


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("La pluie a rendu la route impraticable dans le nord du Cameroun.", "PROTEST"),
        ("Le président sénégalais a pris position contre la réforme.", "MOBILIZE"),
        ("La ministre française a pris position sur le dossier ukrainien.", "MOBILIZE"),
        ("La crise financière a semé le désordre sur les marchés européens.", "PROTEST"),
        ("Des centaines de passagers ont embarqué à bord du navire à Dakar.", "COERCE"),
        ("Le ministre malien a fait une croix sur ses vacances.", "REJECT"),
        ("Des milliers de supporters ont envahi les rues de Buenos Aires après la victoire de l'Argentine.", "PROTEST"),
        ("Le sélectionneur a fait pleuvoir les buts face au Maroc.", "ASSAULT"),
        ("Le stade de Casablanca s'est rempli de supporters marocains.", "PROTEST"),
        ("Les Etats-Unis ont mis en suspens leur décision sur les tarifs.", "SANCTION"),
        ("Le Danemark met fin à la saison de pêche.", "SANCTION"),
        ("Cette décision a mis le feu aux poudres au Kenya.", "PROTEST"),
        ("Les jihadistes frappent à la porte de Bamako.", "REQUEST"),
        ("L'armée congolaise a bloqué la route de Goma.", "SANCTION"),
        ("Le syndicat est monté au créneau pour défendre les salariés.", "ACCUSE"),
        ("Un sous-marin a torpillé un cargo en mer Noire.", "REJECT"),
        ("Les électeurs ont fait barrage à l'extrême droite.", "REJECT"),
        ("Des milliers de manifestants ont fait mouvement vers le palais présidentiel.", "MOBILIZE"),
        ("Le ministre français des Finances a prévenu que le projet se heurterait à des difficultés budgétaires.", "THREATEN"),
        ("Le Premier ministre espagnol a prévenu qu'il attendait une réponse rapide de Bruxelles.", "THREATEN"),
    ],
)
def test_ordinary_sense_is_no_event(text: str, event_type: str) -> None:
    events = _coded(text)
    assert not of_type(events, event_type), listing(events)


def test_an_act_ruled_out_is_not_done() -> None:
    """'exclure de + infinitive' refuses the act (REJECT) and negates it: no resignation."""
    events = _coded("Le président tunisien a exclu de démissionner.")
    assert [e for e in of_type(events, "REJECT") if e.polarity == "positive"], listing(events)
    assert not [e for e in of_type(events, "RETREAT") if e.polarity == "positive"], listing(events)
