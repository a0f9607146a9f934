"""Constructions earlier sessions saw go wrong (helper leads25), each as a class:

- a trigger that states its act only when negated (pack field ``negated_only``): "n'a
  pas donné suite à la demande de X", "did not heed X's call" are REJECTs of X, and the
  unnegated forms state none (extract/events.py);
- a meeting noun under a negated verb of hearing ("ne veut pas entendre parler de
  pourparlers avec X", "won't hear of talks with X"): a refusal to meet (CAMEO 125), not an
  intention to meet (grammar ``unheard_verbs``, extract/events.py ``_unheard``);
- a meeting noun whose "entre X et Y" the French parse hangs on the place named before it
  ("une rencontre à Rabat entre ..."): the sides are the meeting's (extract/arguments.py);
- "granted an audience to X": the guest after "to" or as the dative (frame
  ``nominal_audience``, English pack);
- "the withdrawal of its troops from X": X, the country left, is the target when the
  forces are owned (slot ``owned_prep:``, frame ``nominal_withdraw_forces``);
- "le chargé d'affaires bélarusse": the French pack's envoy nouns and Belarus's
  demonym.

Sentences written for these tests, about other countries than the probe sets
(tests/data/probes/leads25-*), coded by the real pipelines.
"""

from __future__ import annotations

import pytest

from event_checks import coded_as, lang_coder

code = lang_coder("2025-06-11")


# --- negated_only: a demand left unanswered is turned down ----------------------------

@pytest.mark.parametrize(
    "text, lang, refuser, asker",
    [
        ("Le Burkina Faso n'a pas donné suite à la demande du Ghana.", "fr", "BFA", "GHA"),
        ("Le Soudan n'a jamais donné suite à la demande de l'Égypte.", "fr", "SDN", "EGY"),
        ("Myanmar did not heed the call of Thailand to free the prisoners.", "en", "MMR", "THA"),
        ("Eritrea has not heeded the demands of Ethiopia.", "en", "ERI", "ETH"),
    ],
)
def test_a_demand_not_acted_on_is_rejected(text, lang, refuser, asker):
    assert coded_as(code(text, lang), "REJECT", "12", refuser, asker)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le Burkina Faso a donné suite à la demande du Ghana.", "fr"),
        ("Myanmar heeded the call of Thailand to free the prisoners.", "en"),
    ],
)
def test_a_demand_acted_on_is_no_rejection(text, lang):
    assert not any(e.event_type == "REJECT" for e in code(text, lang))


# --- unheard_verbs: "will not hear of talks" refuses them -------------------------------

@pytest.mark.parametrize(
    "text, lang, refuser, other",
    [
        ("Le Maroc ne veut pas entendre parler de négociations avec l'Algérie.", "fr", "MAR", "DZA"),
        ("Bakou ne veut pas entendre parler de pourparlers avec Erevan.", "fr", "AZE", "ARM"),
        ("Israel will not hear of talks with Iran.", "en", "ISR", "IRN"),
        ("Serbia does not want to hear of negotiations with Kosovo.", "en", "SRB", "XKX"),
    ],
)
def test_talks_not_heard_of_are_refused(text, lang, refuser, other):
    events = code(text, lang)
    assert coded_as(events, "REJECT", "125", refuser, other)
    assert not any(e.event_type == "AGREE" for e in events)


# --- "une rencontre à Rabat entre X et Y" -----------------------------------------------

@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Une rencontre à Accra entre le ministre togolais et son homologue béninois a eu lieu mardi.", "TGO", "BEN"),
        ("Une rencontre à Rabat entre le ministre sénégalais et son homologue gambien a eu lieu jeudi.", "SEN", "GMB"),
    ],
)
def test_the_sides_after_a_place_are_the_meetings(text, one, other):
    events = code(text, "fr")
    assert coded_as(events, "CONSULT", "04", one, other) or coded_as(events, "CONSULT", "04", other, one)


# --- "granted an audience to X" ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, host, guest",
    [
        ("King Mohammed VI granted an audience to the Mauritanian prime minister in Rabat on Monday.", "MAR", "MRT"),
        ("The Saudi crown prince granted an audience to Yemen's president in Riyadh.", "SAU", "YEM"),
    ],
)
def test_an_audience_granted_to_a_guest_is_a_meeting(text, host, guest):
    events = code(text, "en")
    assert coded_as(events, "CONSULT", "04", host, guest) or coded_as(events, "CONSULT", "04", guest, host)


# --- "the withdrawal of its troops from X" ----------------------------------------------

@pytest.mark.parametrize(
    "text, withdrawer, left",
    [
        ("Burundi announced the withdrawal of its troops from Somalia.", "BDI", "SOM"),
        ("Kenya announced the withdrawal of its soldiers from Haiti on Friday.", "KEN", "HTI"),
    ],
)
def test_owned_forces_withdrawn_from_a_country_leave_it(text, withdrawer, left):
    assert coded_as(code(text, "en"), "CONCEDE", "08", withdrawer, left)


def test_bare_forces_from_states_name_their_origin():
    """"troops from South Africa, Malawi and Tanzania" are those states' troops (written-5.en):
    no state is read as a country left (reading 'from' would give the troops of the first a
    withdrawal from the other two)."""
    events = code("SADC directed a phased withdrawal of troops from Zambia, Malawi and Tanzania.", "en")
    assert not any(e.target is not None and e.target.country in {"MWI", "TZA"} for e in events)


# --- "le chargé d'affaires bélarusse" ----------------------------------------------------

@pytest.mark.parametrize(
    "text, summoner, envoy",
    [
        ("La Pologne a convoqué le chargé d'affaires bélarusse lundi.", "POL", "BLR"),
        ("La Lettonie a convoqué le chargé d'affaires russe au sujet des propos d'un député russe.", "LVA", "RUS"),
        # the feminine title, which the summons trigger did not list
        ("Le Maroc a convoqué jeudi la chargée d'affaires algérienne à Rabat.", "MAR", "DZA"),
        ("Le Mali a convoqué la représentante de l'Union européenne à Bamako.", "MLI", "EUR"),
    ],
)
def test_a_charge_d_affaires_summoned_is_his_states(text, summoner, envoy):
    assert coded_as(code(text, "fr"), "ACCUSE", "11", summoner, envoy)
