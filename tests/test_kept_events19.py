"""Events the coder reads and used to drop for a party it could not resolve.

An English count on the tuning files (wave 19) found that of the misses whose trigger
fired with the right type, most were dropped because a side resolved to the same
actor as the other ("no pair of distinct actors"), or to none: "opposition leaders"
read as a government, "Slovak NGOs" as the Slovak state. The plural agent nouns now
resolve to their sector, so the event stands with two distinct sides. Counter-cases:
events with no political party (sports, business) stay dropped."""

from __future__ import annotations

import pytest

from event_checks import coder, only

code_en = coder("en", "2024-09-10")
code_fr = coder("fr", "2024-09-10")


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Nicaragua refused to free the jailed opposition leaders despite pressure from the Church.", "REJECT", ("NIC", "GOV"), ("NIC", "OPP")),
        ("Zimbabwean opposition leaders criticised the government in Harare for the fuel shortages.", "ACCUSE", ("ZWE", "OPP"), ("ZWE", "GOV")),
        ("Twenty Georgian NGOs urged the government in a joint letter to withdraw the foreign agents bill.", "REQUEST", ("GEO", "NGO"), ("GEO", "GOV")),
        ("Several Ugandan non-governmental organisations urged the government to lift the internet shutdown.", "REQUEST", ("UGA", "NGO"), ("UGA", "GOV")),
        ("Malawian opposition officials accused the government of rigging the voter roll.", "ACCUSE", ("MWI", "OPP"), ("MWI", "GOV")),
        ("Ecuadorian opposition members criticised the government over the power cuts.", "ACCUSE", ("ECU", "OPP"), ("ECU", "GOV")),
    ],
)
def test_plural_agent_nouns_keep_the_event_en(text: str, event_type: str, source: tuple[str, str], target: tuple[str, str]) -> None:
    event = only(code_en(text), event_type)
    assert (event.source.country, event.source.sector) == source
    assert event.target is not None and (event.target.country, event.target.sector) == target


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Au Togo, les chefs de l'opposition ont dénoncé le gouvernement lundi.", "ACCUSE", ("TGO", "OPP"), ("TGO", "GOV")),
        ("Le Venezuela a refusé de libérer les dirigeants de l'opposition détenus.", "REJECT", ("VEN", "GOV"), ("VEN", "OPP")),
        ("Au Cameroun, des organisations non gouvernementales ont exhorté le gouvernement à libérer les détenus.", "REQUEST", ("CMR", "NGO"), ("CMR", "GOV")),
    ],
)
def test_plural_agent_nouns_keep_the_event_fr(text: str, event_type: str, source: tuple[str, str], target: tuple[str, str]) -> None:
    event = only(code_fr(text), event_type)
    assert (event.source.country, event.source.sector) == source
    assert event.target is not None and (event.target.country, event.target.sector) == target


@pytest.mark.parametrize(
    "text",
    [
        "Former captain Ricky Ponting criticised the selectors for persisting with an inexperienced opening pair.",
        "The coach demanded more discipline from his defenders after the defeat.",
        "Toyota shares slumped after the carmaker cut its profit forecast, blaming a strong yen.",
    ],
)
def test_events_without_a_political_party_stay_dropped(text: str) -> None:
    assert [e for e in code_en(text) if e.event_type in ("ACCUSE", "REQUEST")] == []
