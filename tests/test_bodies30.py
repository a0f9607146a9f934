"""Two bodies of one state at two levels (helper bodies30): a province or region named as the
doer or addressee of a verb ("Quebec urged Ottawa", "La Catalogne a accusé Madrid", "a demandé à
Québec de") is its government, a body below its state's government, and a mayor or governor named
by title alone ("the mayor", "le gouverneur") is a local executive: GUIDELINES codes events between
distinct bodies of a state, so the pair is coded, not dropped as one actor. A region named as a
place stays a place, and a country's capital or name stays the state. Sentences written for these
tests, about other regions than the probe files (tests/data/probes/bodies30-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def within(text: str, lang: str, country: str, event_type: str) -> list:
    return [e for e in code(text, lang) if e.event_type == event_type and e.source is not None and e.target is not None
            and e.source.country == country and e.target.country == country]


def test_english_province_accusing_its_capital_is_an_event() -> None:
    assert len(within("Alberta accused Ottawa of stalling the pipeline approval.", "en", "CAN", "ACCUSE")) == 1


def test_english_region_asking_its_capital_is_an_event() -> None:
    assert len(within("Galicia asked Madrid to fund the new rail line.", "en", "ESP", "REQUEST")) == 1


def test_english_bare_mayor_and_the_capital_are_two_bodies() -> None:
    assert len(within("The mayor urged Athens to send more firefighters to the island.", "en", "GRC", "REQUEST")) == 1


def test_french_province_accusing_its_capital_is_an_event() -> None:
    assert len(within("L'Alberta a accusé Ottawa de retarder l'approbation de l'oléoduc.", "fr", "CAN", "ACCUSE")) == 1


def test_french_province_as_addressee_after_a() -> None:
    found = within("Le maire de la ville a demandé à Québec de financer le nouveau pont.", "fr", "CAN", "REQUEST")
    assert len(found) == 1


def test_french_bare_governor_and_the_capital_are_two_bodies() -> None:
    assert len(within("Le gouverneur a exhorté Dakar à envoyer des renforts dans la région.", "fr", "SEN", "REQUEST")) == 1


def test_a_region_named_as_a_place_is_no_actor() -> None:
    events = code("Protesters marched in Galicia against the new mine.", "en")
    assert not any(e.source is not None and e.source.text == "Galicia" for e in events)
    events = code("Des manifestants ont défilé en Galice contre la nouvelle mine.", "fr")
    assert not any(e.source is not None and e.source.text == "Galice" for e in events)


def test_the_capital_and_the_government_of_one_state_are_one_actor() -> None:
    # the same body named twice (its seat, then its title) is no pair of parties
    assert within("Ottawa urged the Canadian government to review the budget.", "en", "CAN", "REQUEST") == []


def test_english_person_titled_governor_and_the_federal_government_are_two_bodies() -> None:
    # a governor of a state the gazetteer knows, named by his title before his name
    found = within("Zamfara State Governor Dauda Lawal urged the Federal Government to send more troops.", "en", "NGA", "REQUEST")
    assert len(found) == 1


def test_french_person_titled_mayor_and_the_capital_are_two_bodies() -> None:
    assert len(within("Le maire Mathieu Klein a exhorté Paris à financer le tramway.", "fr", "FRA", "REQUEST")) == 1


def test_a_pronoun_after_strikes_named_by_a_nationality_is_the_speaker() -> None:
    # "les frappes burundaises qui ont visé": the relative clause's doer is a state named by an
    # adjective; "Il" stands for the president who spoke, not for that state
    text = ("Le président rwandais Paul Kagame a dénoncé les frappes burundaises qui ont visé des villages "
            "du Bugesera. Il a demandé à l'Ouganda de jouer les médiateurs.")
    asks = [e for e in code(text, "fr") if e.event_type == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in asks] == [("RWA", "UGA")]


def test_english_pronoun_after_strikes_named_by_a_nationality_is_the_speaker() -> None:
    text = ("Kenyan President William Ruto condemned the Somali shelling that hit Mandera. "
            "He asked Ethiopia to mediate.")
    asks = [e for e in code(text, "en") if e.event_type == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in asks] == [("KEN", "ETH")]
