"""The force family (PLOVER ASSAULT, COERCE, MOBILIZE, PROTEST) in French and in
English, class by class, through the real pipeline, on sentences written for these
tests about many regions: arrests reported by the authority that made them, crowd
control aimed at a crowd by a purpose infinitive, military operations against a
party, police dispatched, marches to a body, silence about an attack, border
closures with no neighbour named."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code

Coded = tuple[str, str | None, str | None, str | None, str | None]  # type, source country/sector, target country/sector


def _coded(text: str, lang: str) -> list[Coded]:
    """(type, source country, source sector, target country, target sector) of the positive events."""
    return [(e.event_type, e.source.country, e.source.sector, e.target.country if e.target else None, e.target.sector if e.target else None)
            for e in code(text, "2025-05-14", lang) if e.polarity == "positive"]


def _of_type(text: str, lang: str, event_type: str) -> list[Coded]:
    return [c for c in _coded(text, lang) if c[0] == event_type]


@pytest.mark.parametrize(
    "lang, text, country",
    [
        ("en", "At least 30 people were arrested in Lusaka, the police spokesperson said.", "ZMB"),
        ("en", "Mauritania's interior minister said 14 protesters had been detained in Nouakchott.", "MRT"),
        ("fr", "Le ministre sénégalais de l'Intérieur a indiqué qu'une vingtaine de manifestants avaient été interpellés à Dakar.", "SEN"),
    ],
)
def test_an_arrest_reported_by_the_state_without_its_doer_is_its_polices(lang, text, country):
    arrests = _of_type(text, lang, "COERCE")
    assert arrests and all(a[1:3] == (country, "COP") for a in arrests), _coded(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Amnesty International said 40 activists were arrested in Minsk."),
        ("en", "Hundreds of Uyghurs were detained in Xinjiang last year."),
        ("fr", "Plusieurs officiers ont été arrêtés au Burkina Faso."),
    ],
)
def test_an_arrest_with_no_state_reporting_it_keeps_an_unknown_doer(lang, text):
    arrests = _of_type(text, lang, "COERCE")
    assert arrests and all(a[1] is None for a in arrests), _coded(text, lang)


@pytest.mark.parametrize(
    "lang, text, country",
    [
        ("en", "Police fired tear gas to disperse the marchers in Kampala.", "UGA"),
        ("en", "Riot police used water cannon to disperse hundreds of students in Santiago.", "CHL"),
        ("fr", "Les forces de l'ordre ont tiré des gaz lacrymogènes pour disperser la foule à Conakry.", "GIN"),
    ],
)
def test_crowd_control_strikes_the_crowd_its_purpose_infinitive_names(lang, text, country):
    events = _coded(text, lang)
    assault = [e for e in events if e[0] == "ASSAULT"]
    assert assault and assault[0][1:3] == (country, "COP") and assault[0][3] == country and assault[0][4] != "GOV", events
    # the dispersal is the aim of the violence, no second act
    assert not [e for e in events if e[0] == "COERCE"], events


def test_an_interpellation_by_police_is_an_arrest_and_by_a_deputy_a_demand():
    arrests = _of_type("La police a interpellé deux dirigeants de l'opposition à Lomé.", "fr", "COERCE")
    assert arrests and arrests[0][1:3] == ("TGO", "COP"), arrests
    demands = _coded("Le député a interpellé le gouvernement sur la crise au Sénégal.", "fr")
    assert [d[0] for d in demands] == ["REQUEST"], demands


@pytest.mark.parametrize(
    "lang, text, sources, target",
    [
        ("fr", "Les armées nigérienne et tchadienne ont lancé une opération conjointe contre les positions de Boko Haram.", {"NER", "TCD"}, "NGA"),
        ("fr", "L'armée congolaise a mené une offensive contre le M23 au Nord-Kivu.", {"COD"}, "COD"),
        ("en", "The Somali army mounted an operation against al-Shabaab in Lower Shabelle.", {"SOM"}, "SOM"),
    ],
)
def test_an_operation_launched_against_a_party_is_an_assault_on_it(lang, text, sources, target):
    assaults = _of_type(text, lang, "ASSAULT")
    assert {a[1] for a in assaults} == sources and {a[3] for a in assaults} == {target} and {a[4] for a in assaults} == {"REB"}, _coded(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Kenya launched a rescue operation in Mombasa."),
        ("fr", "La Minusca a mené une opération de maintien de la paix à Bangui."),
    ],
)
def test_a_rescue_or_peacekeeping_operation_is_no_assault(lang, text):
    assert not _of_type(text, lang, "ASSAULT"), _coded(text, lang)


def test_police_dispatched_with_no_agent_mobilise_their_own_side():
    events = _of_type("Des centaines de gendarmes ont été dépêchés à Abidjan.", "fr", "MOBILIZE")
    assert events and events[0][1:3] == ("CIV", "COP"), events


def test_a_march_to_a_body_protests_to_it():
    protests = _of_type("Thousands of teachers marched to Parliament in Accra on Monday.", "en", "PROTEST")
    assert protests and protests[0][3:] == ("GHA", "LEG"), protests
    # no body named: no body is invented; the march is aimed at the protesters' own state
    # (PROTEST's domestic_addressee in plover.yaml)
    streets = _of_type("Thousands of people took to the streets of Lima.", "en", "PROTEST")
    assert streets and streets[0][3:] == ("PER", "GOV"), streets


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The Islamic State group did not claim the attack on the Iraqi army."),
        ("en", "Pakistan's military did not comment on the strikes in Khost."),
        ("fr", "Le Hezbollah n'a pas revendiqué l'attaque contre l'armée israélienne."),
    ],
)
def test_silence_about_an_attack_names_no_attacker(lang, text):
    assert not _of_type(text, lang, "ASSAULT"), _coded(text, lang)


@pytest.mark.parametrize(
    "lang, text, closer",
    [
        ("en", "Niger closed its border on Friday.", "NER"),
        ("fr", "Le Tchad a fermé sa frontière orientale vendredi.", "TCD"),
    ],
)
def test_a_border_closed_with_no_neighbour_named_is_not_shut_on_its_own_people(lang, text, closer):
    closures = _of_type(text, lang, "COERCE")
    assert closures and closures[0][1] == closer and closures[0][3] != closer, _coded(text, lang)


@pytest.mark.parametrize(
    "text, country",
    [
        ("The arrest of the opposition leader sparked protests in Dakar.", "SEN"),
        ("The killing of a student triggered mass protests across Kenya.", "KEN"),
        ("The fuel price rise prompted demonstrations in Lagos.", "NGA"),
    ],
)
def test_protests_a_deed_sets_off_happened(text, country):
    protests = _of_type(text, "en", "PROTEST")
    assert protests and protests[0][1] == country, _coded(text, "en")


@pytest.mark.parametrize(
    "lang, text, country",
    [
        ("en", "Russia's Pacific Fleet began large-scale exercises in the Sea of Okhotsk on Wednesday.", "RUS"),
        ("fr", "La Chine a lancé des manoeuvres militaires de grande envergure en mer de Chine méridionale.", "CHN"),
    ],
)
def test_military_drills_are_a_show_of_force(lang, text, country):
    drills = _of_type(text, lang, "MOBILIZE")
    assert drills and drills[0][1:3] == (country, "MIL"), _coded(text, lang)
