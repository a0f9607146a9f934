"""The tenth set of English articles written for the project
(tests/data/news/written-10.en.jsonl: Reuters, AP, AFP, the BBC, Al Jazeera, The Hindu,
Politico Europe, The Guardian, DW, France 24, Dawn, The Straits Times, Premium Times, The
Kyiv Independent, the Buenos Aires Times, The East African, The Citizen, the Inquirer, ABC,
RNZ, The Daily Star, Tehran Times, The Astana Times, OC Media, Balkan Insight, the Jamaica
Gleaner, The Japan Times, Euronews and Daily Maverick styles), scored end to end through
``chronicle eval``, and the classes of construction its misses showed when it was first
scored, unseen: a means used "to disperse" the party it was aimed at, a subject that
names no actor "led by" those who act, a reporter's second act conjoined to a
backshifted reported clause ("said the other side had made demands and accused it of"),
a headline's bare-noun recipient that restates the lede, and "both countries" a third
party urges.
Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from written_sets import NEWS, WrittenSet
from event_checks import coder, listing, positive, triples, type_dyads

# first scored unseen at F1 0.668 (P 0.688, R 0.650) at main 63c0eaa; 0.671 (P 0.695,
# R 0.650) on the corrected gold; 0.697 (P 0.717, R 0.677) after the newsets17en
# branch's class fixes. The floors sit a little under it.
F1_FLOOR = 0.69
PRECISION_FLOOR = 0.71
RECALL_FLOOR = 0.67
# a full stop that ends a sentence: not an initial ("U.N.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-10.en.jsonl", "en", (6, 15), SENTENCE_END)

_code = coder("en", "2025-11-20")


def test_the_tenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 6 to 15 story sentences after a headline, from
    the outlets the earlier sets used least, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_tenth_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ------------------------------------------- a means used to disperse a party


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Argentine federal police used water cannon and rubber bullets to disperse a group of protesters.", ("ARG", "ARG")),
        ("Senegalese riot police used tear gas to disperse supporters of the opposition on Friday.", ("SEN", "SEN")),
        ("Bangladeshi security forces used batons and tear gas to disperse students outside the university.", ("BGD", "BGD")),
    ],
)
def test_a_means_used_to_disperse_a_crowd_strikes_the_crowd(text, dyad):
    """"Used water cannon to disperse protesters": the verb's object is the means, and
    the purpose infinitive names whom the force was used against (ASSAULT 175), with no
    place in the sentence to name the state struck."""
    assert dyad in type_dyads(positive(_code(text), "ASSAULT"), "ASSAULT"), listing(_code(text))


def test_a_means_used_to_protect_a_building_strikes_no_one_named():
    """A purpose that names no actor ("to protect the parliament") gives no target."""
    events = _code("Nepalese police used water cannon to protect the parliament building.")
    assert not any(e.event_type == "ASSAULT" and e.target and e.target.sector == "LEG" for e in events), listing(events)


# ------------------------------------------- a subject led by those who act


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        ("Several member countries, led by the Netherlands and Sweden, have urged the European Commission to go further.", {("NLD", "EUR"), ("SWE", "EUR")}),
        ("A delegation, led by Foreign Minister Ahmed Attaf, met President Kais Saied in Tunis on Monday.", {("DZA", "TUN")}),
        ("Several member states, led by France and Germany, urged Israel to halt its strikes on Lebanon.", {("FRA", "ISR"), ("DEU", "ISR")}),
    ],
)
def test_a_subject_naming_no_actor_acts_through_those_it_is_led_by(text, dyads):
    """"Several member countries, led by the Netherlands and Sweden, have urged": the
    subject names no actor, and the appositive participle names who acted."""
    events = _code(text)
    found = {(source, target) for _, source, target in triples(events)}
    assert dyads <= found, listing(events)


def test_a_named_subject_acts_itself_whoever_leads_it():
    """"Saudi Arabia, led by ..." names an actor: the country acts, not its leader."""
    events = _code("Saudi Arabia, led by Crown Prince Mohammed bin Salman, condemned Israel's strike on Doha.")
    assert ("SAU", "ISR") in type_dyads(events, "ACCUSE"), listing(events)


# ------------------------------------------- a reporter's act after a backshifted clause


@pytest.mark.parametrize(
    ("text", "dyad", "event_type"),
    [
        ("The Taliban's spokesman, Zabihullah Mujahid, said the Pakistani side had made unreasonable demands and accused Islamabad of shifting the blame.", ("AFG", "PAK"), "ACCUSE"),
        ("President Hakainde Hichilema said the new line would cut the cost of moving copper and praised Tanzania for its brotherhood.", ("ZMB", "TZA"), "SUPPORT"),
        ("Colombia's foreign minister said Venezuelan soldiers had crossed the border and accused Caracas of provoking a crisis.", ("COL", "VEN"), "ACCUSE"),
    ],
)
def test_an_act_conjoined_to_a_backshifted_report_is_the_reporters(text, dyad, event_type):
    """"Said the Pakistani side had made demands and accused Islamabad": the parse
    conjoins "accused" to the reported "had made"; the reported clause is backshifted
    ("had", "would") and the conjoined verb is not, so it is the reporter's act."""
    assert dyad in type_dyads(positive(_code(text), event_type), event_type), listing(_code(text))


def test_a_conjunct_backshifted_like_its_clause_stays_in_the_report():
    """"Said Ethiopian troops had crossed the border and had attacked a post": both verbs
    carry the report's "had"; the attack is the troops', not the reporter's."""
    events = _code("Kenya's foreign ministry said Ethiopian troops had crossed the border and had attacked a police post in Moyale.")
    assert not any(e.event_type == "ASSAULT" and e.source.country == "KEN" for e in events), listing(events)


# ------------------------------------------- a headline's bare-noun recipient


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Latvia detains sanctioned tanker off Ventspils\n\nLatvian authorities on Monday detained a Russian oil tanker off the port of Ventspils.", "LVA"),
        ("Chad closes crossing after RSF fighters clash with soldiers\n\nFighters of Sudan's Rapid Support Forces clashed with Chadian soldiers near Adre on Thursday.", "SDN"),
    ],
)
def test_a_headline_recipient_named_by_a_bare_noun_restates_the_lede(text, doer):
    """"Latvia detains sanctioned tanker": the headline's tanker, read with the doer's own
    country, names no party the lede could disagree with; the lede's event (a Russian
    tanker) is the one event, not a second one done to the doer's own country."""
    events = _code(text)
    assert not any(e.source.country == doer and e.target and e.target.country == doer for e in events), listing(events)


# ------------------------------------------- "both countries" a third party addresses


def test_both_countries_a_third_party_urges_are_the_conflict_told_most():
    """Sides a third party addresses ("urged both countries") are the two in conflict the
    article told most acts of, not the last pair named in conflict: here Guyana and
    Venezuela (an accusation, a recall, a rejection), not Brazil's later recall."""
    text = (
        "Guyana accuses Venezuela of border incursion\n\n"
        "Guyana on Monday accused Venezuela of sending troops across the Cuyuni river and recalled its ambassador from Caracas. "
        "Venezuela rejected the accusation as a fabrication. "
        "Brazil said it would also recall its ambassador from Caracas. "
        "The CARICOM Secretary-General urged both countries to exercise restraint."
    )
    events = _code(text)
    urged = {e.target.country for e in positive(events, "REQUEST") if e.target}
    assert urged == {"GUY", "VEN"}, listing(events)
