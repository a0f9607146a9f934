"""The twenty-first set of English articles written for the project
(tests/data/news/written-21.en.jsonl: fifteen articles in the styles of Leadership, Fana, New
Era, The North Africa Post, SANA, BNA, The Slovak Spectator, Sarajevo Times, The Nassau
Guardian, El Faro English, Peru Reports, The Hankyoreh, Free Malaysia Today, The Indian Express
and Loop PNG), scored end to end through ``chronicle eval``, and the class its first (unseen)
score showed that the newsets28en branch fixed: organisations the knowledge does not hold,
defined by their initials in parentheses ('The Free National Movement (FNM) accused the
government', 'the opposition party Progressive Slovakia (PS)', 'the State Investigation and
Protection Agency (SIPA) arrested'), read as no actor, as the country their name holds or as
a word of their name ('State'); extract/mentions.py ``_defined_bodies``, pack grammar
``party_head_nouns``. Every sentence here is written for these tests, about other countries
than the set's."""

from __future__ import annotations

import re

from event_checks import coder, listing, of_type
from written_sets import NEWS, WrittenSet

SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-21.en.jsonl", "en", (5, 12), SENTENCE_END)
# first scored unseen at 0.750 (precision 0.774, recall 0.727) at a2a255f; 0.763 there on the set
# with its two gold corrections; 0.776 (precision 0.784, recall 0.768) at the newsets28en
# branch's last commit: the floors sit a little under it
F1_FLOOR = 0.76
PRECISION_FLOOR = 0.77
RECALL_FLOOR = 0.75

_coder = coder("en", "2026-06-15")


def test_the_twenty_first_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 5 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_twenty_first_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- bodies defined by their initials


def test_a_party_defined_by_its_initials_is_the_article_s_party():
    """'The United Democratic Party (UDP) accused the government': before, the party was no
    actor and the accusation had no source."""
    events = _coder("Belize opposition criticises Sarstoon deal\n\nPublished: 2026-06-12\n\n"
                    "Prime Minister Johnny Briceño met Guatemalan President Bernardo Arévalo in Guatemala City on Monday. "
                    "The United Democratic Party (UDP) accused the government of giving up Belize's claim to the Sarstoon.")
    accusations = of_type(events, "ACCUSE")
    assert any(e.source.country == "BLZ" and e.source.sector == "PTY" and e.source.name == "United Democratic Party"
               and e.target is not None and e.target.country == "BLZ" for e in accusations), listing(events)


def test_a_party_whose_name_holds_a_country_is_a_party_not_the_state():
    """'The opposition party Progressive Armenia (PA) accused the government': before, the
    party was Armenia itself, and a state accusing its own government gave no record."""
    events = _coder("Yerevan opposition\n\nPublished: 2026-06-12\n\n"
                    "The opposition party Progressive Armenia (PA) accused the government of hiding the cost of the new railway.")
    assert any(e.source.country == "ARM" and e.source.sector == "PTY" and e.target is not None and e.target.country == "ARM"
               for e in of_type(events, "ACCUSE")), listing(events)


def test_a_state_agency_defined_by_its_initials_is_the_state_s_body():
    """'Malawi's Anti-Corruption Bureau (ACB) arrested a deputy minister': before, no
    source (the hyphenated name and its owner's genitive were not read)."""
    events = _coder("Malawi graft arrests\n\nPublished: 2026-06-12\n\n"
                    "Malawi's Anti-Corruption Bureau (ACB) arrested a deputy minister in Lilongwe on Thursday over the sale of fertiliser.")
    assert any(e.source.country == "MWI" and e.source.sector == "GOV" for e in of_type(events, "COERCE")), listing(events)


def test_an_agency_after_talks_abroad_is_its_own_country_s():
    """'Back home, the Economic and Organised Crime Office (EOCO) arrested two officials'
    after the Ghanaian president's talks in Abidjan."""
    events = _coder("Ghanaian officials held\n\nPublished: 2026-06-12\n\n"
                    "President John Mahama held talks with Ivorian President Alassane Ouattara in Abidjan on Monday. "
                    "Back home, the Economic and Organised Crime Office (EOCO) arrested two officials of the Ghana Cocoa Board.")
    assert any(e.source.country == "GHA" and e.source.name == "Economic and Organised Crime Office"
               for e in of_type(events, "COERCE")), listing(events)


def test_initials_used_alone_after_their_definition_are_the_article_s_body():
    """'The Basotho National Party (BNP) ... The BNP also called on': the initials the
    knowledge gives Bangladesh's party stand for the body the article defined."""
    events = _coder("Maseru party demands inquiry\n\nPublished: 2026-06-12\n\n"
                    "The Basotho National Party (BNP) accused the police of beating its members in Mafeteng. "
                    "The BNP also called on the Prime Minister to set up an independent inquiry.")
    requests = of_type(events, "REQUEST")
    assert requests and all(e.source.country == "LSO" for e in requests), listing(events)
    assert not any(a is not None and a.country == "BGD" for e in events for a in (e.source, e.target)), listing(events)


def test_a_known_body_defined_by_its_initials_stays_the_knowledge_s():
    events = _coder("Dhaka opposition\n\nPublished: 2026-06-12\n\n"
                    "The Bangladesh Nationalist Party (BNP) accused the government of arresting its activists in Dhaka.")
    assert any(e.source.country == "BGD" and e.source.name == "Bangladesh Nationalist Party" for e in of_type(events, "ACCUSE")), listing(events)


def test_initials_that_do_not_spell_the_name_define_no_body():
    """'the National Civil Police (PNC)' (the Spanish order): the police are read as before,
    no body named 'Civil Police' is made up."""
    events = _coder("Arrests in Soyapango\n\nPublished: 2026-06-12\n\n"
                    "Salvadoran police said the National Civil Police (PNC) had arrested 37 suspected gang members in Soyapango on Sunday.")
    assert not any(a is not None and (a.name or "").endswith("Civil Police") for e in events for a in (e.source, e.target)), listing(events)
