"""A bare "the government" that an opposition leader, a party, legislators or civil
society act on is their own state's, even where the article is about another country
and the statement's place would hand the target to it (resolve/assemble.py,
_address_own_government); a foreign state's body keeps the rule of the places and
the article."""

from __future__ import annotations

from event_checks import coder, only

code = coder("en", "2025-06-11")


def test_an_opposition_leader_criticises_his_own_government() -> None:
    text = ("Australia's prime minister arrived in Honiara on Monday. He said Australia would fund new police stations, "
            "and Australia's foreign minister announced more scholarships for Australian universities. "
            "In Honiara, opposition leader Matthew Tovua criticised the government for its secrecy over the deal.")
    accuse = only(code(text), "ACCUSE")
    assert (accuse.source.country, accuse.target.country) == ("SLB", "SLB")


def test_an_opposition_leader_in_a_story_about_another_state() -> None:
    text = ("French President Emmanuel Macron said on Monday that France would not intercept boats at sea. "
            "French officials said France had already spent millions on patrols. "
            "In London, opposition leader Thomas Harwood accused the government of wasting money.")
    accuse = only(code(text), "ACCUSE")
    assert (accuse.source.country, accuse.target.country) == ("GBR", "GBR")


def test_a_foreign_ministry_addressing_the_government_is_not_changed() -> None:
    text = "Colombia's foreign ministry urged the Venezuelan government on Monday to release the detained fishermen."
    request = only(code(text), "REQUEST")
    assert (request.source.country, request.target.country) == ("COL", "VEN")
