"""Places that read as people and groups that read as their leader or nation,
through ``chronicle.code``: a name a settlement noun introduces ("the town of
Masisi", "la localité de Masisi") is a place, not the person of that surname;
towns of the wars in the news the gazetteer lacked (Masisi, Krasnohorivka,
Barsalogho, Pétion-Ville); supporters and growers are civilians, not the leader
they back ("supporters of Bolsonaro"); a demonym after "pro-"/"anti-" is a
cause, not the nationality of the marchers ("pro-Palestinian demonstrators in
Amman"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronicle.knowledge.gazetteer import load_gazetteer
from event_checks import lang_coder, only, parties, triples


code = lang_coder("2024-05-14")


# ------------------------------------------- a settlement noun names a place


@pytest.mark.parametrize(
    "text, lang, event_type, name",
    [
        ("M23 rebels seized the town of Masisi on Tuesday.", "en", "COERCE", "Masisi"),
        ("Drug gangs attacked a police station in the city of Rosario on Sunday.", "en", "ASSAULT", "Rosario"),
        ("Jihadists shelled the town of Santos overnight.", "en", "ASSAULT", "Santos"),
        ("Les rebelles du M23 ont attaqué la localité de Masisi mardi.", "fr", "ASSAULT", "Masisi"),
        ("Des bandes armées ont attaqué la ville de Rosario dimanche.", "fr", "ASSAULT", "Rosario"),
        ("Heavy fighting broke out in Masisi on Monday between the Congolese army and M23 rebels.", "en", "ASSAULT", "Masisi"),
        ("Gangs attacked a hospital near Rosario on Sunday.", "en", "ASSAULT", "Rosario"),
    ],
)
def test_a_town_named_like_a_person_is_no_person(text: str, lang: str, event_type: str, name: str) -> None:
    """The name after "the town of" / "la localité de" is never a politician who
    bears it (Mokgweetsi Masisi, Marco Rubio's namesakes, Juan Manuel Santos)."""
    events = code(text, lang)
    assert any(e.event_type == event_type for e in events), triples(events)
    assert all(a.name is None or name not in a.name for a in parties(events)), parties(events)
    assert all(a.role is None for a in parties(events)), parties(events)


def test_the_town_of_masisi_is_congolese() -> None:
    event = only(code("M23 rebels seized the town of Masisi on Tuesday.", "en"), "COERCE")
    assert event.target is not None and event.target.country == "COD"


def test_a_settlement_noun_does_not_unseat_a_title() -> None:
    """"the mayor of X" is an office: only bare names give way to the place."""
    event = only(code("President Masisi met President Ramaphosa in Gaborone on Monday.", "en", "2023-05-14"), "CONSULT")
    assert "BWA" in {event.source.country, event.target.country if event.target else None}


def test_a_surname_after_a_verb_stays_the_person() -> None:
    """Only settlement nouns and locative prepositions make the name a place."""
    event = only(code("Blinken met Austin at the Pentagon on Friday.", "en"), "CONSULT")
    assert {event.source.name, event.target.name if event.target else None} == {"Antony Blinken", "Lloyd Austin"}


@pytest.mark.parametrize(
    "name, country",
    [("Masisi", "COD"), ("Krasnohorivka", "UKR"), ("Krasnogorovka", "UKR"), ("Barsalogho", "BFA"), ("Pétion-Ville", "HTI")],
)
def test_towns_of_current_wars_are_in_the_gazetteer(name: str, country: str) -> None:
    place = load_gazetteer().named_by(name)
    assert place is not None and place.country == country


def test_a_town_of_the_sahel_locates_its_attack() -> None:
    events = code("Jihadists attacked the village of Barsalogho on Saturday, killing dozens of civilians.", "en")
    located = [e for e in events if e.location is not None]
    assert located and located[0].location.country == "BFA", [(e.event_type, e.location) for e in events]


def test_a_village_taken_is_of_its_own_country_not_the_attackers() -> None:
    """"Russian forces captured the village of Krasnohorivka": the village is Ukrainian."""
    event = only(code("Russian forces captured the village of Krasnohorivka on Saturday.", "en", "2024-09-01"), "COERCE")
    assert event.source.country == "RUS"
    assert event.target is not None and event.target.country == "UKR"


# ------------------------------------------- supporters are not their leader


@pytest.mark.parametrize(
    "text, lang, event_type, country",
    [
        ("Supporters of Bolsonaro stormed government buildings in Brasilia.", "en", "PROTEST", "BRA"),
        ("Bolivian coca growers blocked roads near Cochabamba on Monday.", "en", "PROTEST", "BOL"),
        ("Peruvian coca growers clashed with police in the Vraem valley.", "en", "PROTEST", "PER"),
        ("Trump supporters marched on the Capitol in Washington.", "en", "PROTEST", "USA"),
    ],
)
def test_supporters_and_growers_are_civilians(text: str, lang: str, event_type: str, country: str) -> None:
    events = [e for e in code(text, lang) if e.event_type == event_type]
    assert events, triples(code(text, lang))
    source = events[0].source
    assert (source.country, source.sector) == (country, "CVL")
    assert source.name is None


def test_bare_supporters_are_nobody() -> None:
    """A team's fans are "supporters" too: with no owner the noun names no actor."""
    events = code("Supporters threw bottles at the referee after the final whistle in Lagos.", "en")
    assert not [e for e in events if e.source.text and "upporters" in e.source.text], triples(events)


# ------------------------------------------- pro-X marchers are not of X


@pytest.mark.parametrize(
    "text, lang, country, cause",
    [
        ("Pro-Palestinian demonstrators in Amman protested against Israel on Friday.", "en", "JOR", "PSE"),
        ("Anti-French protesters in Niamey rallied outside the embassy.", "en", "NER", "FRA"),
        ("Pro-Russian demonstrators in Chisinau rallied against the government.", "en", "MDA", "RUS"),
    ],
)
def test_a_cause_prefix_is_no_nationality(text: str, lang: str, country: str, cause: str) -> None:
    events = code(text, lang)
    sources = [e.source for e in events if e.source.sector == "CVL"]
    assert sources, triples(events)
    assert sources[0].country == country
    assert cause not in {s.country for s in sources}


def test_a_plain_demonym_still_names_the_nationality() -> None:
    """Without the prefix the demonym says who the marchers are."""
    event = only(code("Palestinian demonstrators protested against Israel in Ramallah on Friday.", "en"), "PROTEST")
    assert event.source.country == "PSE"


# ------------------------------------------- US legislators by their party


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Republican senators blocked the aid bill for Ukraine on Tuesday.", "REJECT"),
        ("House Republicans criticized the Mexican government over migration.", "ACCUSE"),
        ("Senate Democrats urged Israel to allow more aid into Gaza.", "REQUEST"),
    ],
)
def test_party_members_of_congress_are_the_us_legislature(text: str, event_type: str) -> None:
    event = only(code(text, "en"), event_type)
    assert (event.source.country, event.source.sector) == ("USA", "LEG")
