"""The thirteenth set of French articles written for the project
(tests/data/news/written-13.fr.jsonl: fifteen articles in the styles of La Nouvelle Tribune,
the Agence burundaise de presse, Africaguinee, Le Quotidien d'Oran, L'Économiste, WAFA, Le
Commerce du Levant, the Dernières Nouvelles d'Alsace, La Voix du Nord, Juno7, Prensa Latina, La
Tribune (Sherbrooke), Vietnam+, Cambodge Mag and TNTV), scored end to end through
``chronicle eval``, and the classes its first (unseen) score showed that the newsets23fr branch
fixed: an act still going on since a day of the last weeks, told in a relative clause ("les
transporteurs, qui bloquaient depuis lundi le pont", "qui observaient depuis deux semaines une
grève"), dropped as a past act describing a party; "quant à lui" between the auxiliary and the
participle ("a quant à lui condamné"), whose subject the parse hangs on the auxiliary, which left
the act without its doer; the object of a second coordinated participle hung on the first ("a saisi
un camion et arrêté son chauffeur"), which left the arrest no candidate; a gathering to demand or denounce ("une centaine de résidents se sont
rassemblés pour réclamer"), no protest unless a plural crowd or "contre/devant" was named; and
office holders and territories the knowledge lacked (Laurent Nuñez, Moetai Brotherson, French
Polynesia, the Cook Islands), given the article's other country. Every sentence here is written
for these tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

from chronicle.model import PartialDate
from chronicle.resolve.background import _recent_start
from chronicle.resolve.dates import DateMention

WRITTEN = WrittenSet(NEWS / "written-13.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.615 (precision 0.584, recall 0.650; tp 52, fp 37, fn 28) at 8b2d885;
# see tests/data/news/README.md for the figure at the branch's end: the floors sit a little under it
F1_FLOOR = 0.66
PRECISION_FLOOR = 0.60
RECALL_FLOOR = 0.72

_coder = coder("fr", "2026-05-20")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_thirteenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_thirteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- an act going on since a recent day


def test_a_blockade_going_on_since_monday_in_a_relative_clause_is_news():
    """'qui bloquent depuis lundi': the blockade began this week and goes on; it is the story's
    event, not something said to tell who the truckers are."""
    events = _code("Les chauffeurs de taxi ougandais, qui bloquent depuis lundi la route de Malaba, ont rencontré "
                   "mardi le ministre des Transports.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["UGA"]


def test_a_strike_observed_for_two_weeks_in_a_relative_clause_is_news():
    events = _code("Les enseignants camerounais, qui observent depuis deux semaines une grève pour réclamer leurs "
                   "arriérés de salaire, ont été reçus par le Premier ministre.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["CMR"]


def test_only_a_since_date_of_the_last_month_starts_an_act_the_story_reports():
    """The rule's boundary: "depuis lundi" and "depuis deux semaines" start an act still going on
    that the story reports; "depuis 2021" or a since date months back is a state that says who
    the party is ("le Mali, dirigé depuis 2020 par une junte"), background as before."""
    published = PartialDate(2026, 5, 20)

    def since(value: PartialDate) -> DateMention:
        return DateMention(0, 10, "depuis", value, "since")

    assert _recent_start(since(PartialDate(2026, 5, 18)), published)
    assert _recent_start(since(PartialDate(2026, 5)), published)
    assert not _recent_start(since(PartialDate(2026, 2)), published)
    assert not _recent_start(since(PartialDate(2021)), published)
    assert not _recent_start(since(PartialDate(2026, 5, 18)), None)


# ---------------------------------------------------------------- "quant à lui" before the participle


def test_quant_a_lui_between_auxiliary_and_participle_keeps_the_subject():
    events = _code("Le ministre ghanéen des Affaires étrangères, Samuel Okudzeto Ablakwa, a quant à lui condamné "
                   "la décision du Togo.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "ACCUSE")] == [("GHA", "TGO")]


def test_quant_a_elle_before_a_participle_the_tagger_reads_finite():
    """fr_core_news_md tags 'dénoncé' finite after 'a quant à lui'; the auxiliary it hangs on the
    verb still says it is a participle."""
    events = _code("Le gouvernement polonais a quant à lui dénoncé les manœuvres de la Biélorussie près de la "
                   "frontière.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "ACCUSE")] == [("POL", "BLR")]


def test_quant_a_elle_before_a_demand():
    events = _code("La présidente du Pérou a quant à elle demandé au Chili d'extrader l'ancien ministre.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "REQUEST")] == [("PER", "CHL")]


# ---------------------------------------------------------------- the object of a second participle


def test_the_object_after_a_second_participle_is_its_own():
    """'a saisi un camion et arrêté son chauffeur, un ressortissant syrien': the parse hangs
    'chauffeur' on 'saisi'; the arrest, left with no object, was no candidate."""
    events = _code("L'armée irakienne a saisi un camion et arrêté son chauffeur, un ressortissant iranien.")
    assert [(e.source.country, e.target.country) for e in events if e.event_type == "COERCE" and e.mode == "arrest"] == [("IRQ", "IRN")]


def test_a_second_participle_with_its_own_object_keeps_the_first_verb_s():
    events = _code("Le Niger a condamné l'attaque et rappelé son ambassadeur au Bénin.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "SANCTION")] == [("NER", "BEN")]


# ---------------------------------------------------------------- a gathering to demand


def test_a_gathering_to_demand_is_a_protest():
    events = _code("À Tbilissi, une centaine d'étudiants géorgiens se sont rassemblés mardi pour réclamer la "
                   "libération des manifestants.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["GEO"]


def test_a_gathering_for_a_forum_is_no_protest():
    events = _code("Une centaine de chefs d'entreprise français se sont rassemblés mardi à Lyon pour un forum sur "
                   "l'investissement.")
    assert not of_type(events, "PROTEST")


# ---------------------------------------------------------------- office holders and territories


def test_laurent_nunez_is_the_french_interior_minister():
    events = _code("Le ministre de l'Intérieur, Laurent Nuñez, a reçu lundi à Paris son homologue espagnol, "
                   "Fernando Grande-Marlaska.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "CONSULT")} == {frozenset(("FRA", "ESP"))}


def test_moetai_brotherson_is_french_polynesia_s_president():
    events = _code("Moetai Brotherson a rencontré mardi à Suva le Premier ministre fidjien, Sitiveni Rabuka.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "CONSULT")} == {frozenset(("PYF", "FJI"))}


def test_french_polynesia_and_the_cook_islands_in_lower_case():
    events = _code("La Polynésie française et les îles Cook ont signé un accord sur la surveillance des pêches.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "AGREE")} == {frozenset(("PYF", "COK"))}
