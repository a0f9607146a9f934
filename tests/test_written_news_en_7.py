"""The seventh set of English articles written for the project
(tests/data/news/written-7.en.jsonl: Haaretz, Devex, the Hindustan Times, the Dhaka
Tribune, 24.kg, Asia-Plus, Barbados Today, Loop Haiti, Daily Sabah, L'Orient Today,
Asharq Al-Awsat, ThisDay, The Herald, Club of Mozambique, The Reporter, The Moscow Times,
Civil.ge, Armenpress, LRT, the Cyprus Mail, the Malay Mail, the Global Times, El País
English, Colombia Reports, Havana Times, the Samoa Observer, an AU Peace and Security
Council communiqué, KingFut, Business Recorder and the National Post styles), scored end
to end through ``chronicle eval``, and the classes its misses showed when it was first
scored, unseen: a day's preposition read as another sense of the verb ("Egypt on Tuesday
called the move unacceptable" taken for "called on"), judgements the naming verb's list
lacked ("politically motivated"), remarks dismissed, offers and pledges made together by
coordinated parties (read as made to each other), a sum pledged for a "humanitarian
response" (read as a vow of retaliation), a surname repeated in the sentence that names
the person in full, headlines that join two parties with a bare comma, courtesy calls
paid on a leader, a relative clause on the later of two coordinated people, charges
called baseless (denials, not criticisms), and road hauliers and truckers who protest.
Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder, type_dyads

# first scored unseen at F1 0.655 (P 0.724, R 0.598) at main b086755; 0.687 (P 0.739,
# R 0.643) after the ennews7 branch's class fixes. The floors sit a little under it.
F1_FLOOR = 0.68
PRECISION_FLOOR = 0.73
RECALL_FLOOR = 0.63
# a full stop that ends a sentence: not an initial ("U.S.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-7.en.jsonl", "en", (5, 12), SENTENCE_END)


_code = coder("en", "2025-09-17")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.name, e.source.country, e.target.country if e.target else None)
            for e in events]


def test_the_seventh_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 5 to 12 story sentences after a headline, from
    outlets the earlier sets lack, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_seventh_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ------------------------------------------- a day's preposition beside a naming verb


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Egypt on Tuesday called the Israeli raid unacceptable.", "EGY"),
        ("Kenya's foreign ministry on Friday called the arrests arbitrary.", "KEN"),
        ("Spain's foreign minister on Thursday described the raid as a violation of international law.", "ESP"),
    ],
)
def test_a_day_named_before_a_naming_verb_leaves_its_judgement(text, source):
    """Wire copy puts the day between the subject and the verb; its "on" is no "called
    on X to ..." appeal, so the judgement the verb names is still a criticism."""
    accusations = [e for e in _code(text) if e.event_type == "ACCUSE"]
    assert [e.source.country for e in accusations] == [source], _listing(_code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The EU's foreign policy chief called the arrests politically motivated.",
        "Human Rights Watch on Monday called the detentions of the Zambian activists politically motivated.",
    ],
)
def test_arrests_called_politically_motivated_are_criticised(text):
    """"Politically motivated" judges another's deed as a criticism (CAMEO 111)."""
    assert "ACCUSE" in {e.event_type for e in _code(text)}, _listing(_code(text))


# ------------------------------------------- remarks dismissed


def test_remarks_dismissed_are_a_rejection_of_whoever_made_them():
    """"Dismissed the remarks" rejects what the other party said (CAMEO 120)."""
    events = _code("Armenia's prime minister accused Baku of preparing an offensive. "
                   "Azerbaijan dismissed the remarks as baseless.")
    assert type_dyads(events, "REJECT") == {("AZE", "ARM")}, _listing(events)


# ------------------------------------------- offers and pledges made together


def test_parties_offering_help_together_are_not_each_others_partners():
    """Two states that offer help together offer it to a third party, never to each
    other: no agreement between them."""
    events = _code("Norway and Sweden offered to help rebuild the bridge in Ukraine.")
    assert ("NOR", "SWE") not in type_dyads(events, "AGREE"), _listing(events)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Rwanda and Burundi have offered troops for the African Union mission in Somalia.", {"RWA", "BDI"}),
        ("Chad pledged 1,000 soldiers to the new force in the Central African Republic.", {"TCD"}),
    ],
)
def test_troops_offered_are_military_aid_promised(text, sources):
    """An offer of troops is an intent to provide military aid (CAMEO 0332), made by
    each listed party."""
    offers = [e for e in _code(text) if e.event_type == "AGREE" and e.cameo == "0332"]
    assert {e.source.country for e in offers} == sources, _listing(_code(text))


def test_a_sum_pledged_for_a_humanitarian_response_is_no_threat():
    """"Response" can be a retaliation vowed; pledged for a humanitarian response it is aid."""
    events = _code("Canada pledged $50 million for Yemen's humanitarian response.")
    assert "THREATEN" not in {e.event_type for e in events}
    assert type_dyads(events, "AGREE") == {("CAN", "YEM")}, _listing(events)


# ------------------------------------------- a surname repeated in the same sentence


def test_a_surname_repeated_in_the_sentence_that_names_the_person_is_that_person():
    """"Foreign Minister Penny Wong ... during Ms Wong's visit": the second mention is
    the person named in full earlier in the same sentence, so the visit is Australia's."""
    events = _code("Australian Foreign Minister Penny Wong and Fijian Prime Minister Sitiveni Rabuka on "
                   "Monday signed a policing agreement during Ms Wong's two-day visit to Suva.")
    assert ("AUS", "FJI") in type_dyads(events, "CONSULT"), _listing(events)


# ------------------------------------------- headlines joining two parties with a comma


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru, Chile agree to reopen border crossing\n\nThe two governments met in Lima.", {"PER", "CHL"}),
        ("Kenya, Uganda agree to build oil pipeline\n\nThe two governments met in Kampala.", {"KEN", "UGA"}),
        ("Ghana, Togo agree to boost trade\n\nOfficials met in Accra.", {"GHA", "TGO"}),
    ],
)
def test_a_headline_comma_between_two_parties_stands_for_and(text, pair):
    """Headlines drop "and": "Peru, Chile agree" is an agreement between the two."""
    agreements = [e for e in _code(text) if e.event_type == "AGREE"]
    assert any({e.source.country, e.target.country if e.target else None} == pair for e in agreements), _listing(_code(text))


def test_a_comma_after_a_place_opening_a_sentence_joins_no_parties():
    """"In Kabul, Taliban officials said ...": the place is no party of a pair."""
    events = _code("In Kabul, Taliban officials said they had detained two men.")
    assert all(e.event_type != "AGREE" for e in events), _listing(events)


# ------------------------------------------- courtesy calls


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Japanese ambassador called on President Bola Tinubu at the State House in Abuja.", ("JPN", "NGA")),
        ("The Saudi envoy called on President Joseph Aoun at Baabda Palace on Monday.", ("SAU", "LBN")),
    ],
)
def test_a_call_paid_on_a_leader_is_a_visit(text, dyad):
    """"Called on President X" with no act asked of him is a courtesy call (CAMEO 042)."""
    events = _code(text)
    assert type_dyads(events, "CONSULT") == {dyad}, _listing(events)
    assert "REQUEST" not in {e.event_type for e in events}


def test_a_leader_called_on_to_act_is_asked():
    """With a clause, "called on President X to ..." is an appeal (CAMEO 10)."""
    events = _code("The Kenyan opposition called on President William Ruto to resign.")
    assert "REQUEST" in {e.event_type for e in events} and "CONSULT" not in {e.event_type for e in events}, _listing(events)


# ------------------------------------------- a relative clause on the later conjunct


def test_a_relative_clause_on_the_later_of_two_people_is_that_persons():
    """Universal Dependencies hangs what a coordination shares on its first conjunct; a
    relative on the second ("and her Kenyan counterpart William Ruto, who arrived in Dar
    es Salaam") says the second arrived: Kenya visits Tanzania."""
    events = _code("President Samia Suluhu Hassan and her Kenyan counterpart William Ruto, who arrived in "
                   "Dar es Salaam on Monday on a state visit, opened the trade fair.")
    assert type_dyads(events, "CONSULT") == {("KEN", "TZA")}, _listing(events)


# ------------------------------------------- a charge named false is denied


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ukraine accused Russia of shelling the plant. Moscow called the allegations baseless.", ("RUS", "UKR")),
        ("India accused Pakistan of backing the attackers. Islamabad described the accusation as a fabrication.",
         ("PAK", "IND")),
    ],
)
def test_a_charge_called_baseless_is_rejected_not_a_criticism(text, dyad):
    """A naming verb whose object is another's charge ("called the allegations
    baseless") denies it (REJECT, as "rejected the accusations as baseless"), and
    criticises no deed."""
    events = _code(text)
    assert type_dyads(events, "REJECT") == {dyad}, _listing(events)
    assert (dyad[0], dyad[1]) not in type_dyads(events, "ACCUSE")


def test_a_deed_called_baseless_is_still_criticised():
    """The expulsions, not a charge, called baseless: a criticism of the deed."""
    events = _code("The Foreign Office called the expulsions of its diplomats baseless.")
    assert "ACCUSE" in {e.event_type for e in events} and "REJECT" not in {e.event_type for e in events}, _listing(events)


# ------------------------------------------- road hauliers and truckers


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Lithuanian hauliers protested in front of the government building in Vilnius on Wednesday.", "LTU"),
        ("Greek truckers blocked the border crossing with Bulgaria on Monday.", "GRC"),
    ],
)
def test_hauliers_and_truckers_protest_as_workers(text, source):
    """Road transport workers are labour (CAMEO LAB) who protest and blockade."""
    protests = [e for e in _code(text) if e.event_type == "PROTEST"]
    assert [(e.source.country, e.source.sector) for e in protests] == [(source, "LAB")], _listing(_code(text))


def test_relatives_gathered_with_placards_protest():
    """A crowd gathered outside a court, holding placards, demonstrates (CAMEO 141)."""
    events = _code("Dozens of relatives of the detained journalists gathered outside the court in Tashkent on "
                   "Monday, holding placards and chanting slogans.")
    assert "PROTEST" in {e.event_type for e in events}, _listing(events)
