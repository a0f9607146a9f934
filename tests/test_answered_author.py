"""Reactive events, in English and French, through the real pipeline: a rejection whose
object names an earlier said event only as the thing answered ("rejected the
accusations", "dismissed the remarks", "a rejeté ces accusations", "a rejeté cette
exigence") answers its author, the doer of the article's last event of that kind aimed
at the answerer, not a third party who spoke in between nor the last doer of anything;
an owner named in the noun's own phrase ("Kosovo's accusations", "les accusations du
Mali") is the target whatever came before; with no earlier event of the kind and no
other party in the article, no author is invented. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from event_checks import lang_coder
from chronicle.model import Event
from chronicle.resolve.actors import Actor
from chronicle.resolve.answers import Said, answered_author

code = lang_coder("2025-06-10")


def _rejections(text: str, lang: str, source: str) -> list[Event]:
    return [e for e in code(text, lang) if e.event_type == "REJECT" and e.source.country == source]


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.source.country, e.target.country if e.target else None, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        # in each, a third party accuses, demands or sanctions someone else between the
        # event answered and its answer: the answer is not to that last doer
        ("Egypt accused Ethiopia of flooding Sudan. Sudan's irrigation minister called the dam's operation "
         "reckless. Ethiopia rejected the accusations.", "en", "ETH", "EGY"),
        ("Chile criticised Bolivia's new gas export tax. Argentina criticised Paraguay's river tolls. Bolivia's "
         "government dismissed the criticism as interference.", "en", "BOL", "CHL"),
        ("Ghana demanded that Togo reopen the border crossing. Benin called on Nigeria to lift its rice ban. "
         "Togo rejected the demand on Friday.", "en", "TGO", "GHA"),
        ("The United States imposed sanctions on Nicaragua's mining sector. The European Union imposed sanctions "
         "on Belarus. Managua rejected the sanctions as illegal.", "en", "NIC", "USA"),
        ("Israel's defence minister accused Turkey of seeking to dominate Syria. Greece criticised Libya's "
         "maritime deal. Türkiye dismissed the remarks as provocative.", "en", "TUR", "ISR"),
        ("Azerbaijan accused Armenia of violating the ceasefire. Armenian Foreign Minister Ararat Mirzoyan "
         "dismissed the statement.", "en", "ARM", "AZE"),
        # the noun answered is the antecedent of the answer's relative clause
        ("Mali's junta accused two French aid workers of spying for Ukraine, a charge Paris rejected as absurd.",
         "en", "FRA", "MLI"),
        ("Le Tchad a accusé le Soudan de soutenir des rebelles. Le Niger a accusé le Bénin de bloquer ses "
         "exportations. Khartoum a rejeté ces accusations.", "fr", "SDN", "TCD"),
        ("Le Sénégal a critiqué la décision de la Gambie de fermer la frontière. Le Mali a critiqué la Guinée. "
         "Banjul a rejeté les critiques.", "fr", "GMB", "SEN"),
        # the parse reads the object after a quoted adverb as an adverbial of the verb
        ("Le Maroc a accusé l'Algérie d'armer des séparatistes. Alger a rejeté « catégoriquement » ces "
         "accusations.", "fr", "DZA", "MAR"),
        ("L'Algérie a exigé que la France restitue les archives. La Tunisie a exigé que la Libye rouvre sa "
         "frontière. Paris a rejeté cette exigence.", "fr", "FRA", "DZA"),
    ],
)
def test_an_answer_goes_to_the_author_of_what_it_answers(text, lang, source, target):
    """"rejected the accusations", "a rejeté ces accusations": the author of the answered
    accusation, demand or sanction aimed at the answerer is the target."""
    assert {e.target.country if e.target else None for e in _rejections(text, lang, source)} == {target}, _listing(code(text, lang))


def test_the_answer_skips_a_charge_aimed_at_someone_else():
    """A domestic court's charge against a blogger is not the criticism a foreign ministry
    answers: the criticism aimed at the government came from abroad (a demand here, the
    criticism itself written as a judgement the coder need not code)."""
    text = ("A court in Hanoi charged a blogger with abusing democratic freedoms. A U.S. State Department "
            "spokesperson urged Vietnam to free him. Vietnam's foreign ministry rejected the criticism.")
    assert {e.target.country for e in _rejections(text, "en", "VNM") if e.target} == {"USA"}, _listing(code(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Albania accused Serbia of stoking unrest. Serbia rejected Kosovo's accusations on Monday.", "en", "SRB", "XKX"),
        ("Albania accused Serbia of stoking unrest. Serbia rejected the accusations by Kosovo on Monday.", "en", "SRB", "XKX"),
        ("Le Niger a accusé le Burkina Faso de fermer sa frontière. Le Burkina Faso a rejeté les accusations du Mali.",
         "fr", "BFA", "MLI"),
    ],
)
def test_an_owner_named_is_the_target(text, lang, source, target):
    """"Kosovo's accusations", "les accusations du Mali": the owner the noun's phrase names
    is the author answered, whoever accused the answerer before."""
    assert {e.target.country if e.target else None for e in _rejections(text, lang, source)} == {target}, _listing(code(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Morocco rejected the accusations on Monday.", "en", "MAR"),
        ("Le Cameroun a rejeté ces accusations.", "fr", "CMR"),
    ],
)
def test_no_earlier_accusation_gives_no_author(text, lang, source):
    """With no accusation in the article, no one is the author: the rejection names no
    recipient (it is dropped or coded with none), never the answerer's own people."""
    assert all(e.target is None for e in _rejections(text, lang, source)), _listing(code(text, lang))


def test_the_search_prefers_an_event_aimed_at_the_answerer():
    """The mechanism itself: the latest accusation aimed at the answerer wins over a
    later one aimed elsewhere; the answerer's own side never answers itself; with no
    accusation aimed at it, the latest accuser of anyone."""
    egypt = Actor("Egypt", country="EGY", sector="GOV")
    ethiopia = Actor("Ethiopia", country="ETH", sector="GOV")
    sudan = Actor("Sudan", country="SDN", sector="GOV")
    accusations = frozenset({"ACCUSE"})
    history = [Said(egypt, ethiopia, "ACCUSE"), Said(sudan, None, "ACCUSE"), Said(ethiopia, egypt, "ACCUSE")]
    assert answered_author(accusations, ethiopia, history) is egypt
    assert answered_author(accusations, ethiopia, [Said(sudan, None, "ACCUSE")]) is sudan
    assert answered_author(accusations, ethiopia, [Said(ethiopia, egypt, "ACCUSE")]) is None
    assert answered_author(accusations, ethiopia, [Said(egypt, ethiopia, "REQUEST")]) is egypt
    assert answered_author(accusations, ethiopia, []) is None
    # sanctions answered are sanctions only, never a demand aimed at the answerer
    assert answered_author(frozenset({"SANCTION"}), ethiopia, [Said(egypt, ethiopia, "REQUEST")]) is None
