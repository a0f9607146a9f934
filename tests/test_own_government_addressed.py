"""A bare "the government" that an opposition leader, a party, legislators or civil
society act on is their own state's, whichever country the article names most
(resolve/assemble.py, _address_own_government); a foreign state's body keeps the rule
of the places and the article."""

from __future__ import annotations

from event_checks import coder, only

code = coder("en", "2025-06-11")


def test_an_opposition_leader_criticises_his_own_government() -> None:
    text = ("Australia's foreign minister arrived in Port Vila on Monday for talks on a security pact with Vanuatu. "
            "Australian officials said the pact would be signed in Canberra. "
            "Vanuatu's opposition leader criticised the government for keeping the text secret.")
    accuse = only(code(text), "ACCUSE")
    assert (accuse.source.country, accuse.target.country) == ("VUT", "VUT")


def test_lawmakers_call_on_their_government() -> None:
    text = ("Malawi and Zambia signed a deal on Lake Malawi fishing rights in Lusaka on Friday, Zambian officials said. "
            "Malawian lawmakers called on the government to publish the agreement.")
    request = only(code(text), "REQUEST")
    assert (request.source.country, request.target.country) == ("MWI", "MWI")


def test_a_foreign_ministry_addressing_the_government_is_not_changed() -> None:
    text = "Colombia's foreign ministry urged the Venezuelan government on Monday to release the detained fishermen."
    request = only(code(text), "REQUEST")
    assert (request.source.country, request.target.country) == ("COL", "VEN")
