"""Common French political verbs that had no trigger entry (helper lexgap26fr): denials of a
named party's accusations, contesting a result or a claim, insults and slander, persecution,
endorsement, alliances and subsidies abroad (src/chronicle/packs/fr/triggers/wordings-lexgap26.yaml),
the 'ally_with' frame (packs/fr/pack.yaml) and the present-tense verb the model reads as a noun
after a noun phrase when an article follows it (extract/triggers.py, _article_after). Sentences
written for these tests, about other countries than the probes
(tests/data/probes/lexgap26fr-{1,2}.fr.jsonl), with the ordinary senses beside."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coded_as, lang_coder

_code = lang_coder("2025-06-11")


def _seen(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target and e.target.country, e.polarity, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "cameo", "source", "target"),
    [
        # 12 a named party's accusations denied, refuted, contested
        ("Le gouvernement azerbaïdjanais a démenti jeudi les accusations de l'Arménie.", "REJECT", "120", "AZE", "ARM"),
        ("Le ministère kényan des Affaires étrangères a réfuté jeudi les allégations de la Somalie.", "REJECT", "120", "KEN", "SOM"),
        ("Le Liban a nié jeudi les accusations d'Israël.", "REJECT", "120", "LBN", "ISR"),
        ("Le gouvernement ougandais a contesté jeudi les affirmations du Soudan du Sud.", "REJECT", "120", "UGA", "SSD"),
        # 12 a result, a claim contested
        ("Le Maroc a contesté jeudi les revendications de l'Algérie.", "REJECT", "120", "MAR", "DZA"),
        # 11 insults and slander
        ("Le président brésilien a insulté jeudi le président argentin.", "ACCUSE", "111", "BRA", "ARG"),
        ("Le ministre rwandais a calomnié jeudi le gouvernement burundais.", "ACCUSE", "111", "RWA", "BDI"),
        # 17 persecution, also in the present the model reads as a noun after an adjective
        ("Le gouvernement érythréen a persécuté des chrétiens évangéliques.", "COERCE", "170", "ERI", "ERI"),
        ("Le régime syrien persécute les opposants kurdes.", "COERCE", "170", "SYR", "SYR"),
        ("Les autorités iraniennes oppriment les minorités religieuses.", "COERCE", "170", "IRN", "IRN"),
        # 05 a plan or a candidacy endorsed
        ("La Chine a avalisé jeudi le plan de paix du Brésil.", "SUPPORT", "051", "CHN", "BRA"),
        # 06 pacts and alliances: the partner after 'avec' or 'à', never the common enemy
        ("Le Soudan a pactisé avec l'Iran contre les paramilitaires.", "COOPERATE", "060", "SDN", "IRN"),
        ("La Somalie s'est alliée à l'Éthiopie contre les shebab.", "COOPERATE", "060", "SOM", "ETH"),
        # 07 subsidies abroad
        ("La Corée du Sud a subventionné la reconstruction d'hôpitaux en Ukraine.", "AID", "071", "KOR", "UKR"),
    ],
)
def test_a_political_verb_is_coded(text: str, event_type: str, cameo: str, source: str, target: str | None):
    events = _code(text, "fr")
    assert coded_as(events, event_type, cameo, source, target), _seen(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Le gardien nigérian a contesté le penalty sifflé contre son équipe.", "REJECT"),
        ("Le milieu de terrain camerounais a démenti une rumeur de transfert.", "REJECT"),
        ("Le ministre gabonais a démenti toute implication dans le trafic.", "REJECT"),
        ("Un joueur marocain a insulté l'arbitre pendant la rencontre.", "ACCUSE"),
        ("Le gouvernement italien subventionne les agriculteurs.", "AID"),
        ("Une banque sénégalaise a cautionné un prêt de la société.", "SUPPORT"),
        ("Le président a su allier fermeté et dialogue.", "COOPERATE"),
    ],
)
def test_the_ordinary_sense_codes_no_such_event(text: str, event_type: str):
    events = _code(text, "fr")
    assert not [e for e in events if e.event_type == event_type and e.polarity == "positive"], _seen(events)


def test_an_alliance_does_not_target_its_common_enemy():
    events = _code("Le Tchad s'est allié au Niger contre les jihadistes.", "fr")
    assert coded_as(events, "COOPERATE", "060", "TCD", "NER"), _seen(events)
    assert not [e for e in events if e.event_type == "COOPERATE" and e.target and e.target.sector == "REB"], _seen(events)
