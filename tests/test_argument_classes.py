"""Who did it to whom in constructions the parse hangs apart: the content of an
accusation or of thanks done by the party accused or thanked (active or passive),
and a request named by the phrase an act was done upon ("at the request of X",
"à la demande de X"), in both languages."""

from __future__ import annotations

import pytest

import chronicle


def _dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    events = chronicle.code(text, published="2024-05-02", lang=lang)
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, lang, doer, accuser",
    [
        # passive: the accused is the doer, the accuser (the agent) never is
        ("Ethiopia was accused by rights groups of killing civilians in Tigray.", "en", "Ethiopia", "rights groups"),
        ("Nicaragua was accused by the United Nations of killing protesters in Managua.", "en", "Nicaragua", "United Nations"),
        ("L'armée burkinabè est accusée par l'ONU d'avoir tué des civils près de Djibo.", "fr", "armée", "ONU"),
        # active: the object is the doer
        ("Des ONG ont accusé l'armée malienne d'avoir tué des civils près de Mopti.", "fr", "armée", "ONG"),
    ],
)
def test_an_accused_party_is_the_doer_of_what_it_is_accused_of(text, lang, doer, accuser):
    events = chronicle.code(text, published="2024-05-02", lang=lang)
    assert any(e.event_type == "ACCUSE" and accuser in e.source.text for e in events)
    # the act accused of is coded or not (a content of the accusation), never as the accuser's
    acts = [e for e in events if e.event_type != "ACCUSE"]
    assert all(doer in e.source.text for e in acts), [(e.event_type, e.source.text) for e in acts]


@pytest.mark.parametrize(
    "text, lang, giver, thanker",
    [
        ("Lebanon thanked Qatar for sending humanitarian aid.", "en", "QAT", "LBN"),
        ("Pakistan's prime minister thanked China for providing emergency loans.", "en", "CHN", "PAK"),
        ("Le Niger a remercié la Turquie d'avoir envoyé de l'aide alimentaire.", "fr", "TUR", "NER"),
    ],
)
def test_a_party_thanked_for_its_aid_gave_it(text, lang, giver, thanker):
    dyads = _dyads(text, lang)
    assert ("AID", giver, thanker) in dyads
    assert ("AID", thanker, giver) not in dyads


@pytest.mark.parametrize(
    "text, lang, requester, addressee",
    [
        ("At the request of Niger, France withdrew its troops.", "en", "NER", "FRA"),
        # the act's own parties are not the request's
        ("Rwanda sent troops to Mozambique at the request of Maputo.", "en", "MOZ", "RWA"),
        ("À la demande du Niger, la France a retiré ses troupes.", "fr", "NER", "FRA"),
        ("À la demande du gouvernement haïtien, le Kenya a envoyé des policiers à Port-au-Prince.", "fr", "HTI", "KEN"),
    ],
)
def test_a_request_named_by_the_phrase_an_act_was_done_upon_goes_to_its_doer(text, lang, requester, addressee):
    assert ("REQUEST", requester, addressee) in _dyads(text, lang)


def test_a_request_phrase_about_another_noun_is_no_addressee():
    # "lors de la visite": no request noun, no request to the one who speaks
    assert not [d for d in _dyads("Lors de sa visite à Dakar, le président ghanéen a signé un accord commercial.", "fr") if d[0] == "REQUEST"]
