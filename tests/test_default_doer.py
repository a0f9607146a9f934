"""An event stated without its doer is done by the body its trigger names
(``default_source_sector`` in the pack's trigger entries): one mechanism for the
civilians of a protest, an armed group of a bombing and the judiciary of a charge or
a sentence. The body belongs to the state of a passive's patient ("a été inculpé":
the accused's state) unless the sentence says where; otherwise to the place or the
country the article is about, as any generic actor.

Sentences written for these tests, about several regions, coded by the real pipelines.
"""

from __future__ import annotations

import pytest

from chronicle.packs import load_pack
from event_checks import lang_coder, only

code = lang_coder("2024-05-14")


def _doer(event) -> tuple[str | None, str | None]:
    return event.source.country, event.source.sector


@pytest.mark.parametrize(
    "text, lang, event_type, doer",
    [
        ("A protest was held in Nairobi on Tuesday against the finance bill.", "en", "PROTEST", ("KEN", "CVL")),
        ("A roadside bomb killed four soldiers in northern Burkina Faso.", "en", "ASSAULT", ("BFA", "REB")),
        ("A Bolivian court sentenced the former interior minister to ten years in prison.", "en", "SANCTION", ("BOL", "JUD")),
        ("Un opposant ivoirien a été mis en examen à Paris pour blanchiment.", "fr", "ACCUSE", ("FRA", "JUD")),
    ],
)
def test_an_unnamed_doer_is_the_trigger_s_body_of_the_place(text, lang, event_type, doer):
    assert _doer(only(code(text, lang), event_type)) == doer


@pytest.mark.parametrize(
    "text, lang, doer, patient",
    [
        ("L'ancien Premier ministre tunisien Ali Larayedh a été inculpé de terrorisme.", "fr", ("TUN", "JUD"), "TUN"),
        ("The former Bangladeshi minister was convicted of graft on Monday.", "en", ("BGD", "JUD"), "BGD"),
    ],
)
def test_a_passive_s_unnamed_doer_is_the_body_of_the_patient_s_state(text, lang, doer, patient):
    event = only(code(text, lang), "SANCTION" if lang == "en" else "ACCUSE")
    assert (_doer(event), event.target.country) == (doer, patient)


def test_a_place_from_an_earlier_sentence_does_not_say_where_a_passive_charge_was_brought():
    # the article is about a visit to Paris; the Malian journalist is charged by Mali's judiciary
    events = code("Le président sénégalais est arrivé mardi à Paris pour une visite officielle. "
                  "Un journaliste malien a été inculpé de diffamation.", "fr")
    assert _doer(only(events, "ACCUSE")) == ("MLI", "JUD")


def test_the_judiciary_of_a_charge_is_pack_data():
    entries = [t for t in load_pack("fr").triggers if t.lemma == "inculper" and t.type == "ACCUSE"]
    assert entries and all(t.default_source_sector == "JUD" for t in entries)
