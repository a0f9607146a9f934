"""The twenty-second set of English articles written for the project
(tests/data/news/written-22.en.jsonl: fifteen articles in the styles of The Guardian of Nigeria,
New Vision, Sudan Tribune, Egypt Independent, Al-Monitor, Rudaw, Khaleej Times, Times of Malta,
Notes from Poland, the Miami Herald, The Tico Times, The Express Tribune, The Mainichi, Khmer
Times and the Solomon Star), scored end to end through ``chronicle eval``, and the two classes
its first (unseen) score showed that the newsets29en branch fixed (and a third, memorandums
"exchanged" before two leaders): a sentence that opens on a
town the gazetteer does not know ("In Sulaimani, hundreds of teachers staged a sit-in") took
the place of an earlier sentence ("to the Turkish port of Ceyhan"), and its bare bodies and
people that place's country (English grammar ``fronted_place_prepositions``,
resolve/places.opens_on_unknown_place); and an operation extended for a time ("agreed to extend
the joint operation ... for another six months") read as an operation widened, an attack
planned by each leader against each army (the expand/widen/extend entry of
verbs-codebook.yaml). Every sentence here is written for these tests, about other countries
than the set's."""

from __future__ import annotations

import re

from event_checks import coder, listing, of_type
from written_sets import NEWS, WrittenSet

SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-22.en.jsonl", "en", (5, 12), SENTENCE_END)
# first scored unseen at 0.768 (precision 0.780, recall 0.757) at 887ffa6 on the set as kept
# (five articles that restated earlier sets' stories replaced before any change, see the
# README); 0.798 (precision 0.810, recall 0.786) at the newsets29en branch's last commit: the
# floors sit a little under it
F1_FLOOR = 0.78
PRECISION_FLOOR = 0.79
RECALL_FLOOR = 0.77

_coder = coder("en", "2026-06-15")


def test_the_twenty_second_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 5 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_twenty_second_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a fronted town the gazetteer does not know


def test_a_fronted_unknown_town_is_not_the_earlier_sentence_s_foreign_port():
    """'... through the Russian port of Novorossiysk. In Zhetybai, oil workers staged a
    protest': before, the workers were Russia's, protesting to Russia's government."""
    events = _coder("Kazakhstan to ship more oil via Novorossiysk\n\nPublished: 2026-06-10\n\n"
                    "Kazakhstan's energy ministry signed an agreement on Monday to send more oil through the Russian port of Novorossiysk. "
                    "In Zhetybai, oil workers staged a protest over unpaid wages on Tuesday.")
    protests = of_type(events, "PROTEST")
    assert protests and all(e.source.country == "KAZ" for e in protests), listing(events)


def test_a_fronted_unknown_town_is_not_the_earlier_sentence_s_foreign_capital():
    """'... travelled to Bamako ... In Saraya, gold miners blocked the national road':
    before, the miners were Mali's (the tagger reads 'Saraya' as a date, which the date
    finder does not)."""
    events = _coder("Senegal, Mali discuss rail link\n\nPublished: 2026-06-10\n\n"
                    "Senegal's transport minister travelled to Bamako on Monday for talks on the Dakar-Bamako railway. "
                    "In Saraya, gold miners blocked the national road on Tuesday.")
    protests = of_type(events, "PROTEST")
    assert protests and not any(e.source.country == "MLI" for e in protests), listing(events)


def test_a_fronted_date_is_no_place():
    """'In March, the ministry condemned ...' after talks in Tokyo: the date says when, and
    the bare ministry keeps the story's country."""
    events = _coder("Mongolia, Japan deepen ties\n\nPublished: 2026-06-10\n\n"
                    "Mongolian President Ukhnaagiin Khürelsükh held talks with Japanese Prime Minister Sanae Takaichi in Tokyo on Monday. "
                    "In March, Japan's foreign ministry condemned a North Korean missile launch.")
    assert any(e.source.country == "JPN" and e.target is not None and e.target.country == "PRK"
               for e in of_type(events, "ACCUSE")), listing(events)


# ---------------------------------------------------------------- an operation extended for a time


def test_an_operation_extended_for_a_time_is_no_attack():
    """'agreed to extend the joint operation against al-Shabaab ... for another six months':
    before, each president planned an attack (THREATEN 138) on al-Shabaab."""
    events = _coder("Kenya, Somalia extend joint operation\n\nPublished: 2026-06-10\n\n"
                    "President William Ruto and Somali President Hassan Sheikh Mohamud agreed on Tuesday to extend the joint operation "
                    "against al-Shabaab in Lower Juba for another six months.")
    assert not of_type(events, "THREATEN") and not of_type(events, "ASSAULT"), listing(events)
    assert any({e.source.country, e.target.country} == {"KEN", "SOM"} for e in of_type(events, "AGREE") if e.target), listing(events)


def test_an_operation_extended_until_a_date_is_no_attack():
    events = _coder("Nigeria, Niger extend joint patrols\n\nPublished: 2026-06-10\n\n"
                    "Nigeria and Niger agreed on Thursday to extend their joint military operation against Boko Haram around Lake Chad "
                    "until the end of 2027.")
    assert not of_type(events, "THREATEN") and not of_type(events, "ASSAULT"), listing(events)


def test_an_offensive_widened_is_still_an_attack():
    """The entry's own sense stays: 'widened its offensive against ELN rebels'."""
    events = _coder("Army widens offensive in Arauca\n\nPublished: 2026-06-10\n\n"
                    "The Colombian army widened its offensive against ELN rebels in Arauca on Sunday, the Defence Ministry said.")
    assert any(e.source.country == "COL" for e in of_type(events, "ASSAULT")), listing(events)


# ---------------------------------------------------------------- memorandums exchanged before the leaders


def test_memorandums_exchanged_before_two_leaders_are_their_agreement():
    """'The two leaders witnessed the exchange of five memorandums of understanding': before,
    no agreement (only 'witnessed the signing of' was read)."""
    events = _coder("Qatar, Rwanda deepen ties\n\nPublished: 2026-06-10\n\n"
                    "The Amir of Qatar, Sheikh Tamim bin Hamad Al Thani, received Rwandan President Paul Kagame in Doha on Monday. "
                    "The two leaders witnessed the exchange of five memorandums of understanding on aviation and agriculture.")
    assert any({e.source.country, e.target.country} == {"QAT", "RWA"} for e in of_type(events, "AGREE") if e.target), listing(events)


def test_an_exchange_of_fire_or_prisoners_is_no_agreement():
    events = _coder("Border clash\n\nPublished: 2026-06-10\n\n"
                    "The exchange of fire between Indian and Pakistani troops near Poonch lasted two hours on Sunday.")
    assert not of_type(events, "AGREE"), listing(events)
