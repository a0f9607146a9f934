"""A known person's family name inside someone else's full name is not that person."""

from __future__ import annotations

import chronicle


def test_a_family_name_followed_by_a_given_name_the_tagger_missed_is_another_person():
    # "Geum-deuk" is tagged ADJ by fr_core_news_md: "Yang" alone must not become Yang Jiechi
    events = chronicle.code(
        "Le ministre chinois des Affaires étrangères a rencontré mardi à Pékin Yang Geum-deuk, une militante sud-coréenne.",
        published="2013-03-20",
        lang="fr",
    )
    names = {e.target.name for e in events if e.target} | {e.source.name for e in events}
    assert "Yang Jiechi" not in names


def _named(events) -> set[str]:
    return {a.name for e in events for a in (e.source, e.target) if a is not None and a.name}


def test_a_longer_hyphenated_given_name_is_not_a_known_persons_prefix():
    # "Wang Yi-ting" is not Wang Yi, nor "Lee Jae-myungsoo" anyone known; "Trump-Kim" stays two people
    events = chronicle.code("Wang Yi-ting met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday.", published="2024-03-10", lang="en")
    assert "Wang Yi" not in _named(events) and "Wang Yi-ting" in _named(events)
    events = chronicle.code("Wang Yi-ting a rencontré lundi à Tokyo la ministre japonaise des Affaires étrangères Yoko Kamikawa.", published="2024-03-10", lang="fr")
    assert "Wang Yi" not in _named(events)
    events = chronicle.code("Wang Yi met Antony Blinken in Beijing on Monday.", published="2024-03-10", lang="en")
    assert {"Wang Yi", "Antony Blinken"} <= _named(events)


def test_a_lone_common_family_name_is_the_person_the_article_named():
    alone = chronicle.code("Kim criticised the United States on Monday.", published="2024-03-10", lang="en")
    assert "Kim Jong-un" not in _named(alone)
    named = chronicle.code("Kim Jong-un met Vladimir Putin in Vladivostok on Monday. Kim criticised the United States.", published="2024-03-10", lang="en")
    accuse = [e for e in named if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].source.name == "Kim Jong-un"
