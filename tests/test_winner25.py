"""A meeting named as the occasion of an agreement ("agreed to reopen the crossing after
two days of talks in Istanbul", "ont accepté un cessez-le-feu au terme d'une réunion à
Putrajaya") was held: it is a CONSULT of its own between the agreement's parties, beside
the AGREE (GUIDELINES: meetings, talks are CONSULT; reaching an agreement is AGREE; the
written gold codes both). The occasion may be introduced through nouns that only measure
or bound it in time (the packs' ``occasion_frames``: "two days of", "at the end of", "au
terme de", "à l'issue de deux jours de"). Before (f2d5be5) the meeting noun was read as
a partyless circumstance of the verb, or as the content agreed to, and was lost
(extract/events.py ``_meeting_at_occasion``, extract/modality.py ``framed_occasion``).

A meeting of a body that frames a condemnation names no one who met the condemned, and
"the collapse of talks" names no occasion: no meeting is coded for either.

Sentences written for these tests, about pairs of countries of several regions, coded
by the real pipelines; on f2d5be5 the six first give no CONSULT.
"""

from __future__ import annotations

import pytest

from event_checks import coded_as, lang_coder, triples

code = lang_coder("2026-03-04")


@pytest.mark.parametrize(
    "text, lang, first, second",
    [
        ("Azerbaijan and Kazakhstan agreed to build a ferry terminal after two days of talks in Baku.", "en", "AZE", "KAZ"),
        ("Zambia and Angola signed a rail corridor agreement at the end of three days of talks in Luanda.", "en", "ZMB", "AGO"),
        ("Bhutan and Bangladesh agreed to open a trade route following a meeting in Thimphu on Monday.", "en", "BTN", "BGD"),
        ("Le Liberia et la Sierra Leone ont accepté une trêve frontalière au terme d'une réunion à Monrovia.", "fr", "LBR", "SLE"),
        ("Le Togo et le Burkina Faso ont convenu de rouvrir la route de Cinkassé à l'issue de deux jours de pourparlers à Lomé.", "fr", "TGO", "BFA"),
        ("L'Egypte et la Jordanie ont signé un accord gazier lors d'une réunion de leur commission mixte à Amman.", "fr", "EGY", "JOR"),
    ],
)
def test_a_meeting_framing_an_agreement_is_held_between_its_parties(text, lang, first, second):
    events = code(text, lang)
    assert any(coded_as(events, "AGREE", "", a, b) for a, b in ((first, second), (second, first))), triples(events)
    assert any(coded_as(events, "CONSULT", "04", a, b) for a, b in ((first, second), (second, first))), triples(events)
    # the talks were held, not planned: no intended meeting (an AGREE 036) beside them
    assert not any(e.event_type == "AGREE" and (e.cameo or "").startswith("036") for e in events), triples(events)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Gulf Cooperation Council condemned the drone attack on Kuwait after an emergency meeting in Riyadh.", "en"),
        ("Chile and Argentina agreed to build a tunnel under the Andes after the collapse of talks with Bolivia.", "en"),
        ("La CEEAC a condamné le coup de force au Gabon à l'issue d'une réunion de ses ministres.", "fr"),
    ],
)
def test_no_meeting_where_the_occasion_names_no_one_who_met(text, lang):
    events = code(text, lang)
    assert not any(e.event_type == "CONSULT" for e in events), triples(events)
