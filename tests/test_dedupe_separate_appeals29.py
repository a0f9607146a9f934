"""Two demands of one sentence made by separate verbs to addressees named differently
("urged the government to ... and called on the police to ...", "a appelé les autorités
serbes à ... et exhorté Belgrade à ...") are two events, even of one pair of countries
(GUIDELINES, lists and groups: separate verbs are separate events; dedupe.py
``_separate_appeals``). One verb, or the same words restated, stays one demand. Sentences
written for these tests about countries the tuning files do not cover; fixed events where
the merge itself is the test."""

from __future__ import annotations

from chronicle.dedupe import dedupe_article
from chronicle.model import ActorRecord, Event
from event_checks import coder

_code_en = coder("en", "2026-03-02")
_code_fr = coder("fr", "2026-03-02")


def _demand(text: str | None, start: int, event_type: str = "REQUEST", sentence_index: int = 0) -> Event:
    source = ActorRecord(text="Ghana", name=None, country="GHA", sector="GOV")
    target = ActorRecord(text=text, name=None, country="TGO", sector="GOV") if text is not None else None
    return Event(event_id=f"e{start}", article_id="a", event_type=event_type, cameo="10", source=source, target=target,
                 trigger="urged", sentence="sentence", sentence_index=sentence_index, char_start=0, char_end=1,
                 trigger_start=start, language="en", confidence=0.75)


def _requests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "REQUEST"]


def test_two_verbs_to_two_named_addressees_stay_two() -> None:
    assert len(dedupe_article([_demand("government", 10), _demand("Lomé", 60)])) == 2


def test_one_verb_with_one_addressee_restated_is_one() -> None:
    """The same trigger (one verb) twice is a restatement, whatever the words."""
    assert len(dedupe_article([_demand("government", 10), _demand("Lomé", 10)])) == 1


def test_the_same_addressee_by_the_same_words_is_one() -> None:
    assert len(dedupe_article([_demand("government", 10), _demand("Government", 60)])) == 1


def test_an_addressee_left_unsaid_is_not_split() -> None:
    assert len(dedupe_article([_demand("government", 10), _demand(None, 60)])) == 1


def test_demands_in_separate_sentences_are_not_split_by_this_rule() -> None:
    assert len(dedupe_article([_demand("government", 10), _demand("Lomé", 60, sentence_index=1)])) == 1


def test_other_types_are_not_split() -> None:
    kept = dedupe_article([_demand("government", 10, "AID"), _demand("Lomé", 60, "AID")])
    assert len(kept) == 1


def test_english_government_and_police_by_two_verbs() -> None:
    events = _requests(_code_en("Zambia's Catholic bishops called on the government to free the detainees "
                                "and urged the police to stop using live bullets."))
    assert sorted((e.source.country, e.target.country, e.target.sector) for e in events) == [("ZMB", "ZMB", "COP"), ("ZMB", "ZMB", "GOV")]


def test_english_authorities_and_capital_by_two_verbs() -> None:
    events = _requests(_code_en("Japan urged the Chinese government to release the detained businessman "
                                "and asked Beijing to grant consular access."))
    assert [(e.source.country, e.target.country) for e in events] == [("JPN", "CHN"), ("JPN", "CHN")]


def test_french_authorities_and_capital_by_two_verbs() -> None:
    events = _requests(_code_fr("La Suède a appelé les autorités géorgiennes à abroger la loi sur les agents étrangers "
                                "et exhorté Tbilissi à libérer les manifestants."))
    assert [(e.source.country, e.target.country) for e in events] == [("SWE", "GEO"), ("SWE", "GEO")]


def test_english_one_verb_two_infinitives_is_one() -> None:
    events = _requests(_code_en("Italy urged Tunisia to step up coast guard patrols and to take back its nationals."))
    assert len(events) == 1
