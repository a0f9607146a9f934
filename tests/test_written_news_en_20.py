"""The twentieth set of English articles written for the project
(tests/data/news/written-20.en.jsonl: fifteen articles in the styles of the Liberian Observer,
the Lesotho Times, the Zambia Daily Mail, Libya Review, QNA, INA, Georgia Today, Hungary Today,
The Local Sweden, Guyana Times, The Brazilian Report, The Phnom Penh Post, Pajhwok, Vietnam Plus
and Island Times), scored end to end through ``chronicle eval``, and the classes its first
(unseen) score showed that the newsets27en branch fixed: a known person's one-word name inside
someone else's full name ('Mullah Abdul Ghani Baradar' read as Ashraf Ghani,
extract/mentions.py ``_another_persons_name``); unnamed informants ('Turkish Defence Ministry
sources said the army had ...') not read as their body, so the forces it reports took the place's
country (resolve/assemble.py ``_speaker``, pack ``informant_nouns``); the abbreviated titles
'PM' and 'FM' before a name ('PM Chinh asked New Zealand ...') leaving the request without a
source (packs/en/agents.yaml); a colon dateline with an agency and no date ('KABUL (Pajhwok):')
not read, so the city became a party (clean/metadata.yaml). Every sentence here is written for
these tests, about other countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, listing, of_type
from written_sets import NEWS, WrittenSet

from chronicle.clean import clean_text

SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-20.en.jsonl", "en", (5, 12), SENTENCE_END)
# first scored unseen at 0.786 (precision 0.767, recall 0.806) at 15e9de3; 0.808 (precision
# 0.781, recall 0.837) at the newsets27en branch's last commit: the floors sit a little under it
F1_FLOOR = 0.79
PRECISION_FLOOR = 0.76
RECALL_FLOOR = 0.82

_coder = coder("en", "2026-06-15")


def test_the_twentieth_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 5 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_twentieth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a namesake inside a longer name


def test_a_known_family_name_inside_a_stranger_s_full_name_is_not_that_person():
    """'Mullah Abdul Ghani Baradar' is no Ashraf Ghani (a former president, ELI), as he was read
    before: the family name stands among given names the knowledge does not give Ghani."""
    events = _coder("Afghan deputy premier meets Kazakh envoy\n\nPublished: 2026-06-12\n\n"
                    "Deputy Prime Minister Mullah Abdul Ghani Baradar met the Kazakh ambassador in Kabul on Monday.")
    meetings = of_type(events, "CONSULT")
    assert meetings and not any(a.name == "Ashraf Ghani" for e in meetings for a in (e.source, e.target) if a is not None), listing(events)
    assert all(a.sector != "ELI" for e in meetings for a in (e.source, e.target) if a is not None and a.country == "AFG"), listing(events)


def test_a_known_person_named_with_a_middle_name_is_still_that_person():
    events = _coder("Tinubu receives envoy\n\nPublished: 2026-06-12\n\n"
                    "President Bola Ahmed Tinubu received the Ghanaian foreign minister in Abuja on Monday.")
    assert any(e.target is not None and e.target.name == "Bola Tinubu" or e.source.name == "Bola Tinubu"
               for e in of_type(events, "CONSULT")), listing(events)


# ---------------------------------------------------------------- informant sources


def test_forces_that_a_body_s_sources_report_are_that_body_s():
    """'Ugandan army sources said troops killed 12 ADF fighters in Congo': the troops are
    Uganda's, not those of Congo, the place named (before, 'sources' was no speaker)."""
    events = _coder("UPDF kills ADF fighters\n\nPublished: 2026-06-12\n\n"
                    "Ugandan army sources said troops killed 12 ADF fighters in Congo on Sunday.")
    killings = [e for e in of_type(events, "ASSAULT") if e.source.sector == "MIL"]
    assert killings and all(e.source.country == "UGA" for e in killings), listing(events)


def test_forces_of_their_own_country_keep_it_when_sources_report():
    events = _coder("Clashes in the east\n\nPublished: 2026-06-12\n\n"
                    "Ukrainian military sources said Russian troops shelled a village near Kharkiv on Monday.")
    attacks = [e for e in of_type(events, "ASSAULT") if e.source.sector == "MIL"]
    assert attacks and all(e.source.country == "RUS" for e in attacks), listing(events)


# ---------------------------------------------------------------- PM and FM before a name


def test_pm_before_a_second_reference_name_is_the_prime_minister():
    """'PM Sonexay asked Thailand ...' (Lao and Vietnamese press name leaders by the given
    name): before, 'PM' made the name part of a longer one and the request had no source."""
    events = _coder("Sonexay hosts Anutin\n\nPublished: 2026-06-12\n\n"
                    "Prime Minister Sonexay Siphandone met Thai Prime Minister Anutin Charnvirakul in Vientiane on Monday. "
                    "PM Sonexay asked Thailand to open its market to Lao coffee.")
    assert any(e.source.country == "LAO" and e.target is not None and e.target.country == "THA"
               for e in of_type(events, "REQUEST")), listing(events)


def test_fm_before_a_name_is_the_foreign_minister():
    events = _coder("Nurtleu in Tashkent\n\nPublished: 2026-06-12\n\n"
                    "President Shavkat Mirziyoyev received Kazakh Foreign Minister Murat Nurtleu in Tashkent on Tuesday. "
                    "FM Nurtleu invited Uzbekistan to join the grain corridor.")
    assert any(e.source.country == "KAZ" and e.target is not None and e.target.country == "UZB"
               for e in of_type(events, "AGREE")), listing(events)


def test_pm_as_a_time_is_no_prime_minister():
    events = _coder("Curfew in Colombo\n\nPublished: 2026-06-12\n\n"
                    "Police arrested 30 protesters after 9 PM in Colombo on Tuesday.")
    assert not any(a is not None and a.sector == "GOV" for e in events for a in (e.source, e.target)), listing(events)


# ---------------------------------------------------------------- colon datelines with an agency


def test_a_capitals_dateline_with_an_agency_and_a_colon_is_read():
    cleaned = clean_text("Mirziyoyev receives Turkmen minister\n\nTASHKENT (UzA): President Shavkat Mirziyoyev received "
                         "the Turkmen Foreign Minister on Monday.")
    assert cleaned.dateline is not None and cleaned.dateline.place == "TASHKENT" and cleaned.dateline.agency == "UzA"
    assert cleaned.text.split("\n")[-1].startswith("President Shavkat")


def test_a_headline_with_an_agency_and_a_colon_is_no_dateline():
    cleaned = clean_text("KABUL (Pajhwok): Taliban sign rail deal with Uzbekistan")
    assert cleaned.dateline is None


def test_the_dateline_city_is_no_party_to_the_lede():
    """'KABUL (Pajhwok): X and Y have signed ...': before, 'KABUL' was the signing's subject."""
    events = _coder("Tajik, Uzbek ministers sign deal\n\nPublished: 2026-06-12\n\n"
                    "DUSHANBE (Khovar): Foreign Minister Sirojiddin Muhriddin and Uzbek Foreign Minister Bakhtiyor Saidov "
                    "signed an agreement on water sharing on Sunday.")
    assert not any(a is not None and (a.name or "").isupper() for e in events for a in (e.source, e.target)), listing(events)
    assert any({e.source.country, e.target.country if e.target else None} == {"TJK", "UZB"} for e in of_type(events, "AGREE")), listing(events)
