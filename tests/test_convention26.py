"""Helper convention26: two conventions of CONVENTION and ROLE.

A. A concession one agrees, promises or offers to make is CAMEO's intent to yield (035x),
   AGREE (ontology ``when_committed``, packs' ``commitment_governors``); one made is CONCEDE
   or RETREAT, and one only announced ("said it would", "a annoncé qu'il") stays CONCEDE
   (PLOVER manual: future concessions do not reduce to AGREE). The news gold follows it
   since this session (tests/data/news/README.md, Gold corrections, convention26).
B. An appeal with no addressee named never takes the speaker's own country or organisation
   as its target: "all parties" are the speaker's own country's only where the story has a
   conflict of that country's parties (resolve.actors.collective_country), and an
   organisation, or the head of a state, asks nothing of its "own state"
   (Assembler._own_state). The Pope is an English agent noun again (Holy See, REL, its
   sovereign), as French "le pape" and "le souverain pontife".

Sentences of other countries and popes than the probe sets (tests/data/probes/convention26-*).
"""

from __future__ import annotations

import pytest

import chronicle

PUBLISHED = "2025-09-10"


def _events(text: str, lang: str, published: str = PUBLISHED):
    return chronicle.code(text, published=published, lang=lang)


def _coded(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None) for e in _events(text, lang)]


# ---------------------------------------------------------------- A. commitments to yield


@pytest.mark.parametrize(
    ("text", "lang", "cameo"),
    [
        ("Le Togo a promis de libérer les prisonniers politiques.", "fr", "0353"),
        ("Belarus agreed to free twelve Lithuanian citizens.", "en", "0353"),
        # a commitment that names the party its act is for stands as the event (CAMEO 03;
        # extract.events._release_commitments): an agreement still, never the concession
        ("Le Cambodge s'est engagé à lever les restrictions imposées aux commerçants thaïlandais.", "fr", "03"),
        ("Serbia pledged to lift the restrictions on Kosovar truck drivers.", "en", "03"),
    ],
)
def test_a_concession_committed_to_is_an_intent_to_yield(text: str, lang: str, cameo: str) -> None:
    coded = _coded(text, lang)
    assert [c[0] for c in coded] == ["AGREE"] and coded[0][1].startswith(cameo), coded


@pytest.mark.parametrize(
    ("text", "lang", "types"),
    [
        # made: the concession itself
        ("Le Cambodge a levé les restrictions imposées aux commerçants thaïlandais.", "fr", {"CONCEDE"}),
        ("Belarus freed twelve Lithuanian citizens on Monday.", "en", {"RETREAT"}),
        # announced: PLOVER's future concession, never AGREE
        ("Le Togo a annoncé qu'il libérerait les prisonniers politiques.", "fr", {"CONCEDE"}),
        ("Serbia said it would lift the restrictions on Kosovar truck drivers.", "en", {"CONCEDE"}),
    ],
)
def test_a_concession_made_or_announced_is_no_agreement(text: str, lang: str, types: set[str]) -> None:
    coded = _coded(text, lang)
    assert coded and {c[0] for c in coded} == types, coded


# ---------------------------------------------------------------- B. appeals with no addressee


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le pape a appelé toutes les parties au dialogue.", "fr"),
        ("Le pape a appelé à un cessez-le-feu immédiat.", "fr"),
        ("The Pope called on all sides to lay down their arms.", "en"),
        ("The pontiff called for an immediate ceasefire.", "en"),
        ("Pope Leo XIV called for a truce.", "en"),
    ],
)
def test_the_pope_s_appeal_is_never_to_the_holy_see(text: str, lang: str) -> None:
    events = [e for e in _events(text, lang) if e.event_type == "REQUEST"]
    assert events and all((e.source.country, e.source.sector) == ("VAT", "REL") for e in events), events
    assert all(e.target is None or e.target.country != "VAT" for e in events), [(e.target.country, e.target.sector) for e in events if e.target]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a state's minister in a story about that state's diplomacy, no conflict of its own
        ("Turquie : Hakan Fidan à Doha\n\nLa Turquie a renforcé sa médiation, a indiqué Ankara. Le ministre turc des "
         "Affaires étrangères a appelé toutes les parties à la retenue.", "fr", "TUR"),
        ("Norway's mediation\n\nNorway stepped up its mediation, Oslo said on Tuesday. The Norwegian foreign minister "
         "called on all parties to return to talks.", "en", "NOR"),
    ],
)
def test_all_parties_are_not_the_speaker_s_country_without_a_conflict_of_its_own(text: str, lang: str, speaker: str) -> None:
    events = [e for e in _events(text, lang) if e.event_type == "REQUEST" and e.source.country == speaker]
    assert events and all(e.target is None or e.target.country != speaker for e in events), [(e.source.country, e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Soudan : combats à El-Facher\n\nL'armée soudanaise et les Forces de soutien rapide se sont affrontées lundi à "
         "El-Facher.\n\nLe gouvernement soudanais a appelé toutes les parties à protéger les civils.", "fr", "SDN"),
        ("Ethiopia: fighting in Amhara\n\nEthiopian troops clashed with Fano militiamen near Gondar on Monday.\n\n"
         "The Ethiopian government called on all parties to protect civilians.", "en", "ETH"),
    ],
)
def test_all_parties_are_the_speaker_s_country_where_its_parties_fight(text: str, lang: str, country: str) -> None:
    assert ("REQUEST", country, country) in {(e.event_type, e.source.country, e.target.country if e.target else None) for e in _events(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # organisations of a civil sector (Greenpeace ENV, Sant'Egidio REL) took the "own
        # state" of a country's people: NGO/GOV
        ("La communauté de Sant'Egidio a appelé à un cessez-le-feu immédiat.", "fr", "NGO"),
        ("Greenpeace called for an end to deep-sea mining.", "en", "NGO"),
    ],
)
def test_an_organisation_asks_nothing_of_its_own_code(text: str, lang: str, speaker: str) -> None:
    events = [e for e in _events(text, lang) if e.event_type == "REQUEST" and e.source.country == speaker]
    assert all(e.target is None or e.target.country != speaker for e in events), [(e.target.country, e.target.sector) for e in events if e.target]


def test_english_pope_names_the_holy_see_and_the_coptic_pope_egypt() -> None:
    assert ("REQUEST", "VAT", "REL", "ARM") in {(e.event_type, e.source.country, e.source.sector, e.target.country if e.target else None)
                                                for e in _events("The Pope urged Armenia and Azerbaijan to sign the peace treaty.", "en")}
    met = _events("The pontiff met Lebanese President Joseph Aoun in Beirut on Sunday.", "en")
    assert any(e.event_type == "CONSULT" and e.source.country == "VAT" and e.target and e.target.country == "LBN" for e in met), met
    coptic = _events("Coptic Pope Tawadros II criticised the Ethiopian government over the dam.", "en")
    assert any(e.event_type == "ACCUSE" and (e.source.country, e.source.sector) == ("EGY", "REL") for e in coptic), coptic
