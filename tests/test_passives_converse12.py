"""Passives and converse constructions, in both languages: the doer named after
"by/par/from/de/de la part de" acts, the subject the verb or its light verb makes
undergo the event is the recipient. Passives with an agent (any trigger, verb or
carried noun), passives with no agent of a symmetric act ("signed between X and Y"),
event nouns under a converse carrier ("received aid from", "faced sanctions from",
"a fait l'objet de sanctions de la part de", "was the target of an attack by"), and
the negation of a passive light verb. Sentences written for these tests, about many
regions."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import lang_coder


_code = lang_coder("2024-05-20")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.source.country, e.target.country if e.target else None, e.polarity) for e in events]


def _has(events: list[Event], event_type: str, source: str, target: str, polarity: str = "positive") -> bool:
    return any(e.event_type == event_type and e.source.country == source and e.target is not None
               and e.target.country == target and e.polarity == polarity for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target"),
    [
        # a carried noun in the passive: the light verb's agent acts, its "on/à/contre" phrase receives
        ("New sanctions were imposed on Iran by the European Union on Monday.", "en", "SANCTION", "EUR", "IRN"),
        ("Des sanctions ont été imposées à l'Iran par l'Union européenne lundi.", "fr", "SANCTION", "EUR", "IRN"),
        ("Des sanctions ont été imposées contre la Corée du Nord par le Japon.", "fr", "SANCTION", "JPN", "PRK"),
        # passive verbs with an agent
        ("Three Russian diplomats were expelled by Paris on Tuesday.", "en", "SANCTION", "FRA", "RUS"),
        ("Trois diplomates russes ont été expulsés par Paris mardi.", "fr", "SANCTION", "FRA", "RUS"),
        ("Armenia was attacked by Azerbaijan.", "en", "ASSAULT", "AZE", "ARM"),
        ("L'Arménie a été attaquée par l'Azerbaïdjan.", "fr", "ASSAULT", "AZE", "ARM"),
        ("Greece was asked by Turkey to withdraw its ships.", "en", "REQUEST", "TUR", "GRC"),
        ("La Grèce a été appelée par la Turquie à retirer ses navires.", "fr", "REQUEST", "TUR", "GRC"),
        ("Nigeria was accused by Niger of harbouring rebels.", "en", "ACCUSE", "NER", "NGA"),
        ("Le Nigeria a été accusé par le Niger d'abriter des rebelles.", "fr", "ACCUSE", "NER", "NGA"),
    ],
)
def test_a_passive_agent_acts_on_the_subject(text, lang, event_type, source, target):
    events = _code(text, lang)
    assert _has(events, event_type, source, target), _listing(events)
    assert not _has(events, event_type, target, source), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("A memorandum was signed between Kenya and Ethiopia.", "en", {"KEN", "ETH"}),
        ("Un accord a été conclu entre le Sénégal et la Gambie lundi.", "fr", {"SEN", "GMB"}),
        ("Un mémorandum d'entente a été signé entre le Kenya et l'Éthiopie.", "fr", {"KEN", "ETH"}),
    ],
)
def test_a_symmetric_passive_without_agent_names_both_sides_in_its_partner_phrase(text, lang, pair):
    """GUIDELINES: signing an agreement is AGREE between its parties, whose order does not matter."""
    events = _code(text, lang)
    assert any(e.event_type == "AGREE" and e.target is not None and {e.source.country, e.target.country} == pair for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target"),
    [
        ("Iran faced new sanctions from the United States.", "en", "SANCTION", "USA", "IRN"),
        ("Sudan was targeted by sanctions from Britain.", "en", "SANCTION", "GBR", "SDN"),
        ("L'Iran fait l'objet de sanctions de la part des États-Unis.", "fr", "SANCTION", "USA", "IRN"),
        ("Peru was the target of criticism from Bolivia.", "en", "ACCUSE", "BOL", "PER"),
        ("Le Pérou a été la cible de critiques de la Bolivie.", "fr", "ACCUSE", "BOL", "PER"),
        ("Vietnam was the target of an attack by Chinese coast guard vessels.", "en", "ASSAULT", "CHN", "VNM"),
        ("Le Vietnam a été victime d'une attaque des garde-côtes chinois.", "fr", "ASSAULT", "CHN", "VNM"),
        ("Cuba received the backing of Mexico.", "en", "SUPPORT", "MEX", "CUB"),
        ("L'Égypte a obtenu le soutien de l'Arabie saoudite.", "fr", "SUPPORT", "SAU", "EGY"),
        ("Le Liban a bénéficié du soutien de la France.", "fr", "SUPPORT", "FRA", "LBN"),
        ("Le Mali a reçu le soutien de la Russie.", "fr", "SUPPORT", "RUS", "MLI"),
        ("L'Ukraine a reçu une aide militaire de l'Allemagne.", "fr", "AID", "DEU", "UKR"),
        ("Le Pakistan bénéficie de l'aide de la Chine.", "fr", "AID", "CHN", "PAK"),
        ("La Tunisie a obtenu un prêt du FMI.", "fr", "AID", "IGO", "TUN"),
        ("Le Niger a reçu des armes de la Russie.", "fr", "AID", "RUS", "NER"),
        ("La Somalie a reçu la visite du président turc.", "fr", "CONSULT", "TUR", "SOM"),
    ],
)
def test_the_subject_of_a_converse_carrier_undergoes_the_event(text, lang, event_type, source, target):
    """grammar.converse_carriers: the one named with from/de/de la part de/by acts, the
    subject receives, whatever the noun's own frame reads."""
    events = _code(text, lang)
    assert _has(events, event_type, source, target), _listing(events)
    assert not _has(events, event_type, target, source), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Canada faced sanctions.", "en"),
        ("Le Canada fait l'objet de sanctions.", "fr"),
    ],
)
def test_an_undergone_event_with_no_doer_named_is_no_act_of_its_subject(text, lang):
    events = _code(text, lang)
    assert not any(e.source.country == "CAN" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target"),
    [
        ("Sanctions were not imposed on Venezuela by Colombia.", "en", "SANCTION", "COL", "VEN"),
        ("Aucune sanction n'a été imposée au Venezuela par la Colombie.", "fr", "SANCTION", "COL", "VEN"),
        ("L'Ukraine n'a pas reçu d'aide de la Hongrie.", "fr", "AID", "HUN", "UKR"),
        ("Japan was not criticized by China.", "en", "ACCUSE", "CHN", "JPN"),
        ("Le Japon n'a pas été critiqué par la Chine.", "fr", "ACCUSE", "CHN", "JPN"),
    ],
)
def test_a_negated_passive_or_converse_carrier_negates_the_event(text, lang, event_type, source, target):
    events = _code(text, lang)
    assert _has(events, event_type, source, target, "negative"), _listing(events)
    assert not any(e.event_type == event_type and e.polarity == "positive" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Kenyan troops were deployed to Haiti at the request of the United Nations.", "en", "UNO", "KEN"),
        ("Des troupes kényanes ont été déployées en Haïti à la demande des Nations unies.", "fr", "UNO", "KEN"),
        ("Rwandan soldiers were sent to Mozambique at the request of Maputo.", "en", "MOZ", "RWA"),
        ("Des soldats rwandais ont été envoyés au Mozambique à la demande de Maputo.", "fr", "MOZ", "RWA"),
    ],
)
def test_a_request_behind_a_passive_without_agent_goes_to_the_state_of_the_forces_it_moves(text, lang, source, target):
    """"at the request of X" (grammar.behest_nouns): the request goes to the doer of the
    act; a passive that names no agent moves forces of their own state."""
    events = _code(text, lang)
    assert _has(events, "REQUEST", source, target), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target"),
    [
        ("An ultimatum was issued to Hamas by the Israeli army on Friday.", "en", "THREATEN", "ISR", "PSE"),
        ("Threats were issued against Lithuania by Belarus on Sunday.", "en", "THREATEN", "BLR", "LTU"),
        ("A formal protest was lodged with Beijing by Manila.", "en", "ACCUSE", "PHL", "CHN"),
        ("Un ultimatum a été adressé au Hamas par l'armée israélienne.", "fr", "THREATEN", "ISR", "PSE"),
    ],
)
def test_a_passive_light_verb_holds_the_parties_of_its_subject_noun(text, lang, event_type, source, target):
    """The noun is the subject of its passive light verb: the verb's agent is its doer
    and the verb's directed phrase its recipient."""
    events = _code(text, lang)
    assert _has(events, event_type, source, target), _listing(events)


def test_a_verb_of_getting_carries_undergone_only_the_giving_types():
    """"obtenir le soutien de X" is X's support; "obtenir le départ des casques bleus"
    is the subject's doing (grammar.converse_carriers lists AID and SUPPORT for it)."""
    events = _code("La RDC a obtenu le départ des casques bleus de la Monusco du Sud-Kivu.", "fr")
    assert any(e.event_type == "SANCTION" and e.source.country == "COD" for e in events), _listing(events)
    assert not any(e.source.country == "UNO" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Accused by Washington of backing Moscow, South Africa defended its position.", "en", "USA", "ZAF"),
        ("Criticised by the EU, Hungary kept its law.", "en", "EUR", "HUN"),
        ("Accusé par Washington de complaisance envers Moscou, le gouvernement sud-africain a été défendu par ses partenaires.", "fr", "USA", "ZAF"),
    ],
)
def test_a_fronted_participle_with_an_agent_acts_on_the_subject_of_its_clause(text, lang, source, target):
    events = _code(text, lang)
    assert _has(events, "ACCUSE", source, target), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("The Somali army launched an offensive against al-Shabaab with the support of the United States.", "en", "USA", "SOM"),
        ("L'armée somalienne a lancé une offensive contre les shebab avec l'appui des États-Unis.", "fr", "USA", "SOM"),
        # beside a verb that is an event of its own and carries no noun: the support is still stated
        ("Colombian troops attacked ELN camps near the Venezuelan border with the backing of the United States.", "en", "USA", "COL"),
        ("L'armée nigérienne a attaqué les jihadistes avec le soutien du Tchad.", "fr", "TCD", "NER"),
    ],
)
def test_support_named_beside_a_verb_goes_to_the_verbs_subject(text, lang, source, target):
    """grammar.converse_prepositions: "with the support of X", "avec l'appui de X": X
    supports the one who acts, never the one acted on."""
    events = _code(text, lang)
    assert _has(events, "SUPPORT", source, target), _listing(events)
    assert not any(e.event_type == "SUPPORT" and e.source.country == target for e in events), _listing(events)
