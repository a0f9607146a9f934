"""Five constructions earlier sessions saw go wrong (helper leads24), each a class fixed in
both languages where it existed, on sentences written for these tests about other
countries than the probe sets' (tests/data/probes/leads24-*):

(a) a verb of announcement over a deed told as done: an arrest or expulsion announced
    (fr grammar.announced_deeds), a clause in a past tense ("a annoncé qu'il avait
    expulsé"); a future clause stays a plan; English "announced the withdrawal / the
    release" is a plan (grammar.announced_plans: CONCEDE, GUIDELINES);
(b) forces sent at another state's request give it military protection (CAMEO 074,
    extract/events._forces_sent_on_request), and a passive deployment with no agent is
    the forces' own side's (fr frame deploy, passive_mover);
(c) "bury the hatchet" / "enterrer la hache de guerre": one code, SUPPORT 050;
(d) a verb coordinated after a clause between dashes keeps the first verb's subject
    (annotate._repair_dashed_aside);
(e) "Strikes were carried out by X against Y": the passive light verb's "against"
    phrase is the strikes' (extract/triggers._required_on_carrier, _carrier_particles).
"""

from __future__ import annotations

import pytest

from chronicle.annotate import load_pipeline
from chronicle.model import Event
from event_checks import lang_coder

_code = lang_coder("2025-06-11")


def _seen(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target and e.target.country, e.modality) for e in events]


SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # either order (GUIDELINES, scoring)


def _find(events: list[Event], event_type: str, source: str, target: str | None = None) -> list[Event]:
    def pair(e: Event) -> bool:
        found = (e.source.country, e.target.country if e.target is not None else None)
        return found[0] == source and (target is None or found[1] == target) or (
            event_type in SYMMETRIC and found == (target, source))
    return [e for e in events if e.event_type == event_type and pair(e)]


# ---------------------------------------------------------------- (a) announcements


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target", "modality"),
    [
        ("La gendarmerie ivoirienne a annoncé mardi l'arrestation de quatre ressortissants burkinabè.", "fr", "COERCE", "CIV", "BFA", "actual"),
        ("Le Ghana a annoncé l'expulsion de deux diplomates nigérians.", "fr", "SANCTION", "GHA", "NGA", "actual"),
        ("La Tunisie a annoncé qu'elle avait expulsé un diplomate libyen.", "fr", "SANCTION", "TUN", "LBY", "actual"),
        ("Le Bénin a annoncé que son président avait rencontré le chef de l'État togolais à Cotonou.", "fr", "CONSULT", "BEN", "TGO", "actual"),
        # a plan stays one: a future clause, a visit or a release announced
        ("Le Bénin a annoncé que son président rencontrera le chef de l'État togolais.", "fr", "AGREE", "BEN", "TGO", "intended"),
        ("Le Gabon a annoncé une visite au Cameroun.", "fr", "AGREE", "GAB", "CMR", "intended"),
        ("Le Soudan a annoncé la libération de cinquante prisonniers tchadiens.", "fr", "CONCEDE", "SDN", "TCD", "intended"),
        # English: an arrest announced is made; a withdrawal or release announced is a plan
        ("Ghanaian police announced the arrest of three Togolese smugglers.", "en", "COERCE", "GHA", "TGO", "actual"),
        ("Kenya announced the withdrawal of its troops from Somalia.", "en", "CONCEDE", "KEN", None, "intended"),
        ("Sudan announced the release of fifty Chadian prisoners.", "en", "CONCEDE", "SDN", "TCD", "intended"),
        ("Tunisia announced it had expelled a Libyan diplomat.", "en", "SANCTION", "TUN", "LBY", "actual"),
    ],
)
def test_an_announcement_reports_a_deed_done_or_plans_one(text, lang, event_type, source, target, modality):
    events = _code(text, lang)
    found = _find(events, event_type, source, target)
    assert found and all(e.modality == modality for e in found), _seen(events)


# ---------------------------------------------------------------- (b) at the request of


@pytest.mark.parametrize(
    ("text", "lang", "sender", "requester"),
    [
        ("Tanzania sent troops to Malawi at the request of Lilongwe.", "en", "TZA", "MWI"),
        ("Ghanaian soldiers were deployed in Liberia at the request of Monrovia.", "en", "GHA", "LBR"),
        ("La Côte d'Ivoire a envoyé des soldats au Liberia à la demande de Monrovia.", "fr", "CIV", "LBR"),
        ("Des soldats tanzaniens ont été déployés au Malawi à la demande de Lilongwe.", "fr", "TZA", "MWI"),
    ],
)
def test_forces_sent_at_a_states_request_protect_it(text, lang, sender, requester):
    events = _code(text, lang)
    assert _find(events, "AID", sender, requester), _seen(events)
    assert not _find(events, "MOBILIZE", sender), _seen(events)
    assert _find(events, "REQUEST", requester, sender), _seen(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # troops sent at home at the request of one's own governor stay a mobilisation
        ("Troops were deployed in Kano at the request of the Kano state governor.", "en"),
        # the request of a thing made is no request to anyone
        ("A report prepared at the request of Berlin criticised Hungary.", "en"),
        ("Un rapport préparé à la demande de Berlin critique la Hongrie.", "fr"),
    ],
)
def test_no_protection_without_another_state_asking(text, lang):
    events = _code(text, lang)
    assert not [e for e in events if e.event_type == "AID"], _seen(events)
    if "rapport" in text or "report" in text:
        assert not [e for e in events if e.event_type == "REQUEST"], _seen(events)


# ---------------------------------------------------------------- (c) the hatchet


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Djibouti and Eritrea buried the hatchet on Friday.", "en"),
        ("Djibouti et l'Érythrée ont enterré la hache de guerre vendredi.", "fr"),
    ],
)
def test_a_buried_hatchet_is_one_code_in_both_languages(text, lang):
    events = _code(text, lang)
    assert [(e.event_type, e.cameo) for e in events if {e.source.country, e.target and e.target.country} == {"DJI", "ERI"}] == [("SUPPORT", "050")], _seen(events)


# ---------------------------------------------------------------- (d) dashed asides


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("Hungary summoned the Slovak ambassador — the two neighbours have argued for months — and demanded an explanation.", "en", "HUN", "REQUEST"),
        ("Greece expelled a Turkish diplomat — tensions have risen since May — and accused Ankara of spying.", "en", "GRC", "ACCUSE"),
        ("La Hongrie a rappelé son ambassadeur en Slovaquie — les deux voisins se disputent depuis des mois — et exigé des explications.", "fr", "HUN", "REQUEST"),
    ],
)
def test_a_verb_after_a_dashed_aside_keeps_the_first_subject(text, lang, first, second):
    events = _code(text, lang)
    seconds = [e for e in events if e.event_type == second]
    assert seconds and all(e.source.country == first for e in seconds), _seen(events)


def test_the_aside_hangs_on_the_first_verb_as_a_parenthetical():
    doc = load_pipeline("en")("Japan recalled its envoy — the two countries have long disputed the islands — and demanded an apology.")
    recalled, disputed, demanded = (next(t for t in doc if t.text == w) for w in ("recalled", "disputed", "demanded"))
    assert recalled.dep_ == "ROOT"
    assert (disputed.head.i, disputed.dep_) == (recalled.i, "parataxis")
    assert (demanded.head.i, demanded.dep_) == (recalled.i, "conj")


# ---------------------------------------------------------------- (e) passive light verbs, places left


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Strikes were carried out by Pakistan against Afghanistan on Friday.", "PAK", "AFG"),
        ("Missile strikes were launched by Iran against Israel.", "IRN", "ISR"),
    ],
)
def test_strikes_carried_out_by_a_state_against_another_are_an_assault(text, source, target):
    events = _code(text, "en")
    assert _find(events, "ASSAULT", source, target), _seen(events)


def test_strikes_carried_out_by_workers_are_no_assault():
    events = _code("Strikes were carried out by teachers against the pension reform.", "en")
    assert not [e for e in events if e.event_type == "ASSAULT"], _seen(events)
