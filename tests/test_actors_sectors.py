"""Sectors by class of actor, as the gold guidelines code them: workers and strikers labour, the EU and the UN Security Council
act as governments, farmers are civilians (sentences written for the test)."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code


@pytest.mark.parametrize(
    "text, lang, wanted",
    [
        ("Nigerian dockworkers went on strike in Lagos on Monday.", "en", ("NGA", "LAB")),
        ("Les travailleurs tunisiens ont manifesté lundi à Tunis pour réclamer des hausses de salaire.", "fr", ("TUN", "LAB")),
        ("The European Union called on Georgia on Monday to withdraw the foreign agents bill.", "en", ("EUR", "GOV")),
        ("L'Union européenne a exhorté mardi la junte nigérienne à libérer le président Mohamed Bazoum.", "fr", ("EUR", "GOV")),
        ("Kenyan farmers blocked the road to Nakuru on Tuesday to protest against maize imports.", "en", ("KEN", "CVL")),
    ],
)
def test_the_source_takes_its_classs_sector(text: str, lang: str, wanted: tuple[str, str]) -> None:
    events = code(text, "2024-03-06", lang)
    assert any((e.source.country, e.source.sector) == wanted for e in events), [(e.event_type, e.source) for e in events]


def test_aid_workers_are_not_labour() -> None:
    events = code("Gunmen kidnapped three aid workers in North Darfur, Sudan, on Monday.", "2024-03-06", "en")
    targets = [e.target for e in events if e.target is not None]
    assert targets and all(t.sector != "LAB" for t in targets)


@pytest.mark.parametrize(
    "text, lang, before, after",
    [
        ("Les talibans ont attaqué des postes de l'armée pakistanaise à la frontière.", "fr", ("2019-05-01", "REB"), ("2023-05-01", "GOV")),
        ("The Rapid Support Forces attacked the Sudanese army in Khartoum on Sunday.", "en", ("2019-05-01", "MIL"), ("2023-05-01", "REB")),
    ],
)
def test_a_bodys_sector_follows_its_dated_changes(text: str, lang: str, before: tuple[str, str], after: tuple[str, str]) -> None:
    for published, sector in (before, after):
        sources = [e.source for e in code(text, published, lang) if e.event_type == "ASSAULT"]
        assert sources and sources[0].sector == sector, (published, sources)


def test_a_person_the_knowledge_does_not_hold_named_without_title_is_a_civilian() -> None:
    events = code("Amara Konaté a manifesté lundi à Bamako contre la junte malienne.", "2024-03-06", "fr")
    people = [e.source for e in events if e.source.name == "Amara Konaté"]
    assert people and people[0].sector == "CVL"
    events = code("Assimi Goïta a critiqué lundi la Cédéao.", "2024-03-06", "fr")
    sectors = [e.source.sector for e in events if e.source.name == "Assimi Goïta"]
    assert sectors and "CVL" not in sectors  # a known leader keeps his office's sector
