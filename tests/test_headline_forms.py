"""Wire headlines, passives of light verbs and their counter-cases, in both languages
(``extract.syntax.headline_predicate``, ``extract.modality._headline_future``,
``extract.agentless``): sentences written for these tests about many regions.

Headlines drop the auxiliary (AP Stylebook, headlines): "Opposition leader arrested
in Dakar" is a passive, "Nigerian president to visit Niger" a future, even when the
parse hangs the verb on its subject noun. Beside a finite verb the same participle
only says which one is meant. GUIDELINES: an act stated without its doer has an
unknown (null) source; a planned visit is AGREE intended."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code
from event_checks import of_type, triples


def _coded(text: str, lang: str) -> list:
    return code(text, "2025-03-10", lang)


@pytest.mark.parametrize("lang, text, target", [
    ("en", "Opposition leader arrested in Dakar.", "SEN"),
    ("en", "Two Kenyan journalists arrested in Nairobi.", "KEN"),
    ("en", "Prominent Bolivian activist arrested in La Paz.", "BOL"),
    ("fr", "Un chef de l'opposition arrêté à Dakar.", "SEN"),
    ("fr", "Un militant bolivien interpellé à La Paz.", "BOL"),
])
def test_headline_participle_is_an_act_with_unknown_doer(lang: str, text: str, target: str) -> None:
    arrests = of_type(_coded(text, lang), "COERCE")
    assert [(e.source.country, e.target.country if e.target else None) for e in arrests] == [(None, target)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The opposition leader arrested in Dakar last year addressed a rally on Monday."),
    ("fr", "Le chef de l'opposition arrêté à Dakar l'an dernier a tenu un meeting lundi."),
])
def test_participle_beside_a_finite_verb_is_no_new_arrest(lang: str, text: str) -> None:
    # the participle only says which leader; the clause's own verb states the news
    assert not of_type(_coded(text, lang), "COERCE")


@pytest.mark.parametrize("text, pair", [
    ("Nigerian president to visit Niger for talks on trade.", ("NGA", "NER")),
    ("Chilean foreign minister to visit Argentina next month.", ("CHL", "ARG")),
])
def test_headline_infinitive_on_its_subject_is_a_plan(text: str, pair: tuple[str, str]) -> None:
    events = _coded(text, "en")
    assert not of_type(events, "CONSULT")
    plans = of_type(events, "AGREE")
    assert [(e.source.country, e.target.country, e.modality) for e in plans] == [(*pair, "intended")]


def test_infinitive_of_a_purpose_stays_actual() -> None:
    # a finite clause: "to discuss" is the visit's purpose, the visit itself happened
    events = _coded("The Chilean foreign minister travelled to Argentina to discuss trade.", "en")
    assert all(e.modality == "actual" for e in of_type(events, "CONSULT"))


@pytest.mark.parametrize("lang, text, target", [
    ("en", "Sanctions were imposed on Iranian drone makers on Friday.", "IRN"),
    ("en", "Fresh sanctions were slapped on Venezuelan officials.", "VEN"),
])
def test_light_verb_passive_without_agent_has_unknown_source(lang: str, text: str, target: str) -> None:
    assert ("SANCTION", None, target) in triples(_coded(text, lang))


def test_passive_of_a_verb_of_reporting_is_no_doerless_act() -> None:
    # "signaler" carries no event noun: the shelling is only reported, by no one named
    events = _coded("Des tirs de mortier ont été signalés lundi près de la ville de Goma.", "fr")
    assert not [e for e in of_type(events, "ASSAULT") if e.source.country is None]


def test_light_verb_passive_with_agent_keeps_it() -> None:
    assert ("SANCTION", "CAN", "IRN") in triples(_coded("Sanctions were imposed on Iranian drone makers by Canada.", "en"))


@pytest.mark.parametrize("text, expected", [
    ("« Nous exigeons que le Rwanda retire ses troupes du Nord-Kivu », a lancé le ministre congolais.", ("REQUEST", "COD", "RWA")),
    ("« Nous condamnons l'attaque de la Turquie », a martelé le ministre grec des Affaires étrangères.", ("ACCUSE", "GRC", "TUR")),
    ("« Nous rejetons les exigences de Belgrade », a réagi le Premier ministre du Kosovo.", ("REJECT", "XKX", "SRB")),
])
def test_first_person_quote_with_incise_verb_is_the_speakers_act(text: str, expected: tuple[str, str, str]) -> None:
    # "nous" in the quotation stands for the speaker of the incise, whatever its verb
    assert expected in triples(_coded(text, "fr"))


def test_third_person_in_quote_is_not_the_speaker() -> None:
    # "ils" in a quotation is someone else: the minister is not their source
    events = _coded("« Ils exigent que le Rwanda retire ses troupes », a lancé le ministre congolais.", "fr")
    assert ("REQUEST", "COD", "RWA") not in triples(events)
