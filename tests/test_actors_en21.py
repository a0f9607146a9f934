"""English actor errors of news (helper actorsen21): whose an unnamed actor is when
the sentence names no place of its own and the place is carried from another
sentence (a venue of talks, a summit abroad), and whose "Foreign Office" a
spokesperson speaks for. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_checks import coder

code = coder("en", "2025-03-03")


def _last(text: str, event_type: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(source country, source sector, target country, target sector) of the events of
    ``event_type`` stated in the text's last sentence."""
    start = text.rfind(". ", 0, len(text) - 1) + 2
    return [(e.source.country, e.source.sector, e.target.country if e.target else None, e.target.sector if e.target else None)
            for e in code(text) if e.event_type == event_type and e.char_start >= start]


@pytest.mark.parametrize(("text", "expected"), [
    # a statement after talks abroad: the rebels accused are the article's, not the venue's
    ("Ethiopia talks\n\nRepresentatives of Ethiopia's government and the Tigray People's Liberation Front met in "
     "Nairobi on Monday for a new round of talks. Ethiopia's government later accused the rebels of violating the truce.",
     ("ETH", "GOV", "ETH", "REB")),
    ("Yemen talks\n\nYemen's government and the Houthis held talks in Muscat on Sunday. "
     "The Yemeni government accused the rebels of blocking the roads to Taiz.",
     ("YEM", "GOV", "YEM", "REB")),
    ("Philippines talks\n\nThe Philippine government and communist insurgents resumed peace talks in Oslo on Tuesday. "
     "Manila accused the rebels of attacking soldiers.",
     ("PHL", "GOV", "PHL", "REB")),
])
def test_statement_after_talks_abroad_is_about_the_story_country(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _last(text, "ACCUSE")


def test_deed_reported_after_talks_abroad_is_done_by_the_story_country_rebels() -> None:
    # "the rebels" shelling, said after talks in Muscat, are Yemen's, not Oman's
    text = ("Yemen talks\n\nYemen's government and the Houthis held talks in Muscat on Sunday. "
            "The Yemeni government accused the rebels of shelling Taiz.")
    assaults = _last(text, "ASSAULT")
    assert assaults and all(source == "YEM" for source, _, _, _ in assaults)


def test_a_state_body_accusing_the_government_accuses_another_state() -> None:
    # counter-case: the bare "Government" a foreign ministry criticises is not its own
    text = ("Bolivia vote\n\nBolivia held a disputed referendum in La Paz on Sunday. "
            "Peru's foreign ministry criticised the Government for its handling of the vote.")
    assert _last(text, "ACCUSE") == [("PER", "GOV", "BOL", "GOV")]


def test_a_place_named_in_the_sentence_still_places_its_people() -> None:
    # counter-case: the place of the sentence itself gives the residents their country
    text = "Ghana floods\n\nHeavy floods hit Accra on Monday. Ghana's president urged residents of Kumasi to leave low-lying areas."
    assert ("GHA", "GOV", "GHA", "CVL") in _last(text, "REQUEST")


@pytest.mark.parametrize(("text", "country"), [
    # Pakistan's ministry of foreign affairs is "the Foreign Office" in its press
    ("Pakistan closes border\n\nISLAMABAD: Pakistan on Monday closed its border crossings with Afghanistan. "
     "Foreign Office spokesperson Ali Raza Khan told reporters that Pakistan would not tolerate attacks and urged "
     "the Afghan government to act against militants.", "PAK"),
    # the same office written in lower case, a spokesperson the knowledge does not hold
    ("India expels diplomat\n\nNEW DELHI: India on Tuesday expelled a Pakistani diplomat. "
     "Foreign office spokesperson Ayesha Malik urged India to stop its campaign against Pakistan.", "PAK"),
    # counter-case: a British story's Foreign Office is Britain's
    ("UK summons envoy\n\nLONDON: The United Kingdom on Monday summoned Russia's ambassador. "
     "Foreign Office spokesperson Jane Miles told reporters that Britain would not tolerate threats and urged "
     "the Russian government to stop them.", "GBR"),
])
def test_foreign_office_spokesperson_speaks_for_the_state_the_article_names(text: str, country: str) -> None:
    assert [source for source, _, _, _ in _last(text, "REQUEST")] == [country]


def _events(text: str, event_type: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(source country, source sector, target country, target sector) of every event of ``event_type``."""
    return [(e.source.country, e.source.sector, e.target.country if e.target else None, e.target.sector if e.target else None)
            for e in code(text) if e.event_type == event_type]


@pytest.mark.parametrize(("text", "event_type", "target"), [
    # a region's demonym ("Latin American", "Central American") names no state, least of all the United States
    ("Nicaragua seized the Jesuit-run Central American University in Managua on Tuesday.", "COERCE", ("NIC", "EDU")),
    ("Peru's police arrested 20 Latin American migrants in Lima on Monday.", "COERCE", (None, "CVL")),
    # counter-cases: a two-word demonym of one state is read whole, and "American" alone is American
    ("South Korean police arrested two North Korean spies in Seoul on Monday.", "COERCE", ("PRK", "SPY")),
    ("South African troops attacked Central African rebels near Bangui.", "ASSAULT", ("CAF", "REB")),
    ("Mexico's police arrested two American citizens in Tijuana.", "COERCE", ("USA", "CVL")),
    # counter-cases: a state's name after the same words is that state
    ("Zimbabwe has summoned South Africa's high commissioner in Harare.", "ACCUSE", ("ZAF", "GOV")),
    ("North Korea's army fired missiles at South Sudan's embassy in Seoul.", "ASSAULT", ("SSD", "GOV")),
])
def test_region_demonyms_name_no_state(text: str, event_type: str, target: tuple[str | None, str]) -> None:
    assert [(tc, ts) for _, _, tc, ts in _events(text, event_type)] == [target]
