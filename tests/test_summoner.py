"""A summons of an envoy in the passive with no summoner named ("Mali's ambassador was
summoned", "Le chargé d'affaires malien a été convoqué") is the act of the state the envoy
is posted in (PLOVER ACCUSE, 'summoning an in-country ambassador'): the country of the
place the sentence names, else of the dateline, else of the place carried from before;
never the envoy's own state (resolve/assemble.py summoner_step, the pack's
``summons_verbs``). An envoy summoned to a place of his own state is called home: no
accusation. The summons is CAMEO 111, as the written gold codes it.

Sentences written for these tests, about several regions, coded by the real pipelines;
on the branch's start (781ecd8) the five summonses give no event and the English
call home a false Moldova -> Russia accusation.
"""

from __future__ import annotations

import pytest

from event_checks import lang_coder, only, triples

code = lang_coder("2025-06-05")


@pytest.mark.parametrize(
    "text, lang, summoner, envoy",
    [
        ("NOUAKCHOTT, May 4 (Reuters) - Mali's ambassador was summoned on Tuesday after the killing of six herders.", "en", "MRT", "MLI"),
        ("Venezuela's ambassador was summoned in Bogota on Wednesday over the expulsions.", "en", "COL", "VEN"),
        ("NOUAKCHOTT, 4 mai (AFP) - Le chargé d'affaires malien a été convoqué mardi au ministère des Affaires étrangères.", "fr", "MRT", "MLI"),
        ("L'ambassadeur de France a été convoqué lundi à Alger après les propos d'un ministre français.", "fr", "DZA", "FRA"),
        ("Le ministre tchadien s'est rendu à Yaoundé lundi. L'ambassadeur du Nigeria a été convoqué mardi.", "fr", "CMR", "NGA"),
    ],
)
def test_an_envoy_summoned_with_no_summoner_named_is_summoned_by_his_host(text, lang, summoner, envoy):
    event = only(code(text, lang), "ACCUSE")
    assert (event.source.country, event.target.country if event.target else None) == (summoner, envoy)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Russia's ambassador to Moldova was summoned to Moscow for consultations on Monday.", "en"),
        ("L'ambassadeur du Mali en Algérie a été convoqué à Bamako pour consultations.", "fr"),
    ],
)
def test_an_envoy_summoned_home_is_no_accusation(text, lang):
    assert [t for t in triples(code(text, lang)) if t[0] == "ACCUSE"] == []


def test_a_named_summoner_stays_the_doer():
    event = only(code("China's ambassador was summoned by the Philippine foreign ministry after the water cannon incident.", "en"), "ACCUSE")
    assert (event.source.country, event.target.country) == ("PHL", "CHN")


@pytest.mark.parametrize(
    "text, guest, host",
    [
        ("Peru's foreign minister was granted an audience by Pope Leo at the Vatican on Friday.", "PER", "VAT"),
        ("Kenya's president had an audience with King Charles at Buckingham Palace on Tuesday.", "KEN", "GBR"),
    ],
)
def test_an_audience_granted_is_a_meeting(text, guest, host):
    """An audience is a formal meeting a sovereign, a head of state or the pope grants
    (Merriam-Webster, audience 3): a CONSULT of the guest with the host (no event at
    781ecd8)."""
    event = only(code(text, "en"), "CONSULT")
    assert (event.source.country, event.target.country) == (guest, host)


def test_an_audience_of_a_message_is_no_meeting():
    assert triples(code("The speech by Nigeria's president reached a wide audience with its message on corruption.", "en")) == []


@pytest.mark.parametrize(
    "text, lang, summoner, envoy",
    [
        ("Le Niger a fermé mardi sa frontière après des tirs près de Bol, au Tchad. L'ambassadeur du Tchad a été convoqué au ministère dans la soirée.", "fr", "NER", "TCD"),
        ("Ecuador closed its border on Monday after a shooting near Iquitos, in Peru. Peru's ambassador was summoned to the foreign ministry later that day.", "en", "ECU", "PER"),
    ],
)
def test_a_carried_place_of_the_envoy_s_own_state_is_passed_over(text, lang, summoner, envoy):
    """The place carried from before is where the deed summoned over happened, the envoy's
    own country: the state that acted last in the article summons him (no ACCUSE at
    781ecd8)."""
    event = only(code(text, lang), "ACCUSE")
    assert (event.source.country, event.target.country) == (summoner, envoy)
