"""French constructions (helper frargs11): futures the model labels past are plans;
a participle the parse coordinates with the object before it keeps the clause's
subject; two addressees joined by "et" that the parse splits are both asked; a
headline's agreement is the story's; an arrest named without its doer is the
police's of the place, and one named back by a demonstrative is no new event; lists
read off the surface; readiness and will are intentions. Sentences written for these
tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from event_checks import coder, triples

_coded = coder("fr", "2025-05-14")


def _pairs(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    """The sorted (source country, target country) pairs of the events of one type."""
    return sorted((e.source.country, e.target.country if e.target else None) for e in _coded(text) if e.event_type == event_type)


# ---------------------------------------------------------------- a future labelled past is a plan

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Le président sénégalais se rendra mardi en Gambie.", "SEN", "GMB"),
        ("Le ministre turc des Affaires étrangères se rendra la semaine prochaine à Bagdad.", "TUR", "IRQ"),
        ("Le Premier ministre éthiopien se rendra jeudi au Kenya.", "ETH", "KEN"),
    ],
)
def test_a_trip_in_the_future_is_a_planned_visit(text: str, source: str, target: str) -> None:
    events = _coded(text)
    assert [(e.event_type, e.cameo, e.modality, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("AGREE", "036", "intended", source, target)], triples(events)


def test_a_trip_in_the_past_stays_a_visit() -> None:
    events = _coded("Le président sénégalais s'est rendu mardi en Gambie.")
    assert [(e.event_type, e.modality, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("CONSULT", "actual", "SEN", "GMB")]


# ---------------------------------------------------------------- "a condamné X et exhorté Y": Y is asked by the subject

@pytest.mark.parametrize(
    "text, source, targets",
    [
        ("Le Premier ministre irakien a dénoncé les frappes et exhorté l'Iran et la Turquie à la retenue.", "IRQ", ["IRN", "TUR"]),
        ("Le président kényan a condamné des « attaques répétées » contre des civils et exhorté le Soudan à protéger les camps.", "KEN", ["SDN"]),
        ("La ministre chilienne a déploré des violences et exhorté la Bolivie et le Pérou à reprendre le dialogue.", "CHL", ["BOL", "PER"]),
    ],
)
def test_a_participle_coordinated_after_an_object_keeps_the_subject(text: str, source: str, targets: list[str]) -> None:
    assert _pairs(text, "REQUEST") == sorted((source, t) for t in targets), triples(_coded(text))


# ---------------------------------------------------------------- "appeler X et Y à": both are asked

@pytest.mark.parametrize(
    "text, sources, targets",
    [
        ("Le Brésil et le Mexique ont appelé Washington et Caracas à éviter toute escalade.", ["BRA", "MEX"], ["USA", "VEN"]),
        ("Le Qatar a exhorté Kigali et Kinshasa à reprendre le dialogue.", ["QAT"], ["RWA", "COD"]),
        ("L'Algérie a appelé Bamako et Niamey à la retenue.", ["DZA"], ["MLI", "NER"]),
    ],
)
def test_two_addressees_the_parse_splits_are_both_asked(text: str, sources: list[str], targets: list[str]) -> None:
    assert _pairs(text, "REQUEST") == sorted((s, t) for s in sources for t in targets), triples(_coded(text))


def test_a_second_clause_with_its_own_subject_is_no_addressee() -> None:
    # "et Caracas a rejeté": Caracas heads a clause of its own, it is asked nothing
    events = _coded("Le Brésil a appelé Washington à la retenue et Caracas a rejeté l'appel.")
    requests = [(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "REQUEST"]
    assert requests == [("BRA", "USA")], triples(events)


# ---------------------------------------------------------------- a headline's agreement is the story's

def test_a_headline_restating_an_agreement_is_one_event() -> None:
    text = ("Pérou et Equateur concluent un accord frontalier à Lima\n\n"
            "Le Pérou et l'Equateur ont signé mardi à Lima un accord sur le tracé de leur frontière commune.")
    agreements = [e for e in _coded(text) if e.event_type == "AGREE"]
    assert len(agreements) == 1, triples(_coded(text))
    assert sorted((agreements[0].source.country, agreements[0].target.country)) == ["ECU", "PER"]


def test_a_headline_agreement_between_other_sides_stays_apart() -> None:
    text = ("Le Kenya et l'Ouganda concluent un accord commercial\n\n"
            "La Tanzanie et le Rwanda ont signé mardi un accord sur le rail.")
    pairs = sorted(tuple(sorted((e.source.country, e.target.country))) for e in _coded(text) if e.event_type == "AGREE")
    assert pairs == [("KEN", "UGA"), ("RWA", "TZA")]


# ---------------------------------------------------------------- an arrest named without its doer

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("L'arrestation à Paris d'un diplomate nigérien a provoqué la colère de Niamey.", "FRA", "NER"),
        ("Cette mesure répond à l'arrestation en Espagne d'un agent consulaire marocain.", "ESP", "MAR"),
        ("L'interpellation à Nairobi d'un député ougandais a tendu les relations.", "KEN", "UGA"),
    ],
)
def test_an_arrest_noun_without_doer_is_the_police_of_the_place(text: str, source: str, target: str) -> None:
    arrests = [e for e in _coded(text) if e.event_type == "COERCE"]
    assert [(e.source.country, e.source.sector, e.target.country if e.target else None) for e in arrests] == [
        (source, "COP", target)], triples(_coded(text))


def test_an_arrest_named_back_by_a_demonstrative_is_no_new_event() -> None:
    text = ("La police ghanéenne a arrêté lundi à Accra un journaliste ivoirien. "
            "Abidjan a qualifié cette arrestation d'« arbitraire ».")
    arrests = [e for e in _coded(text) if e.event_type == "COERCE"]
    assert len(arrests) == 1, triples(_coded(text))


# ---------------------------------------------------------------- lists read off the surface

def test_the_subject_of_a_second_clause_is_no_item_of_the_first_clause_object() -> None:
    events = _coded("Séisme en Turquie : Ankara envoie 500 secouristes, le Japon et la Corée du Sud proposent leur aide")
    aid = [(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "AID"]
    assert aid == [("TUR", "TUR")], triples(events)


@pytest.mark.parametrize(
    "text, source, targets",
    [
        ("Le Kenya a envoyé des vivres au Soudan, à l'Ethiopie et à la Somalie.", "KEN", ["SDN", "ETH", "SOM"]),
        ("Le Qatar a livré des tentes au Liban, à la Syrie et à la Jordanie.", "QAT", ["LBN", "SYR", "JOR"]),
    ],
)
def test_a_list_whose_case_marker_changes_form_is_one_list(text: str, source: str, targets: list[str]) -> None:
    assert _pairs(text, "AID") == sorted((source, t) for t in targets), triples(_coded(text))


# ---------------------------------------------------------------- readiness and will are intentions

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("La Chine est disposée à élargir ses importations de produits agricoles sénégalais.", "CHN", "SEN"),
        ("Le Japon est disposé à coopérer avec l'Inde.", "JPN", "IND"),
        ("Le Rwanda s'est dit prêt à maintenir ses troupes au Mozambique.", "RWA", "MOZ"),
        ("Le Maroc s'est dit disposé à coopérer avec l'Algérie.", "MAR", "DZA"),
    ],
)
def test_readiness_is_an_intended_agreement(text: str, source: str, target: str) -> None:
    events = _coded(text)
    assert [(e.event_type, e.modality, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("AGREE", "intended", source, target)], triples(events)


@pytest.mark.parametrize(
    "text, host, guest",
    [
        ("L'Italie a réitéré sa disponibilité à accueillir à Rome des représentants de la Russie.", "ITA", "RUS"),
        ("La Turquie a réitéré sa disponibilité à accueillir à Istanbul des représentants de l'Ukraine.", "TUR", "UKR"),
        ("Le Qatar a réitéré sa disponibilité à accueillir à Doha des représentants de l'Afghanistan.", "QAT", "AFG"),
    ],
)
def test_a_noun_of_will_whose_infinitive_hangs_on_the_verb_is_an_intention(text: str, host: str, guest: str) -> None:
    events = _coded(text)
    assert [(e.event_type, e.cameo, e.modality) for e in events] == [("AGREE", "036", "intended")], triples(events)
    assert {events[0].source.country, events[0].target.country} == {host, guest}


def test_a_guest_after_a_named_place_is_the_object() -> None:
    events = _coded("Le président angolais a reçu mardi à Luanda des émissaires du Rwanda.")
    assert [(e.event_type, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("CONSULT", "RWA", "AGO")], triples(events)
