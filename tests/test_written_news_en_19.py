"""The nineteenth set of English articles written for the project
(tests/data/news/written-19.en.jsonl: fifteen articles in the styles of The Point, Capital FM,
AIM, MAP, KUNA, Petra, Radio Prague International, Polish Radio, Amandala, the Antigua
Observer, APP, the Jakarta Globe, the Vientiane Times, Tatoli and Cook Islands News), scored
end to end through ``chronicle eval``, and the classes its first (unseen) score showed that the
newsets26en branch fixed: datelines in four more house styles were not read ('Maputo, 18 Feb
(AIM) –', 'BELMOPAN, Wed. Feb. 18, 2026 --', 'ISLAMABAD, Mar 10 (APP):', 'DILI, 05 march 2026
(TATOLI)—'), so the dateline stayed in the lede and bare offices or the opposition took another
country (clean/metadata.yaml); a host who 'hosted his counterpart ... for talks' received a
guest, where the entry for talks hosted for others took the verb and dropped it, so no meeting
was coded (packs/en/triggers.yaml, ``requires_in_object``); forces named by a bare noun whose
act a security body reports ('the Jordan Armed Forces said border guards ... killing two
smugglers') took the country of the place last named, not the reporting body's
(resolve/assemble.py, ``_reporting_forces_own``); an invitation to attend an investment forum was
read as an appeal for investment (packs/en/triggers/verbs-request-sanction.yaml). Every sentence here is written for these
tests, about other countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, listing, of_type
from written_sets import NEWS, WrittenSet

from chronicle.clean import clean_text

# a full stop that ends a sentence: not an initial ("U.S."); abbreviations ("Feb.", "Hon.")
# count as ends, so the range is a little wider than the 6 to 8 sentences of the stories
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-19.en.jsonl", "en", (5, 12), SENTENCE_END)
# first scored unseen at 0.718 (precision 0.721, recall 0.714) at 104b847; 0.770 (precision
# 0.759, recall 0.781) at the newsets26en branch's last commit: the floors sit a little under it
F1_FLOOR = 0.75
PRECISION_FLOOR = 0.74
RECALL_FLOOR = 0.76

_coder = coder("en", "2026-06-15")


def test_the_nineteenth_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 5 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_nineteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- datelines of four more house styles


def test_a_title_case_dateline_with_the_day_before_a_capitalised_month_is_read():
    cleaned = clean_text("Zambia, Angola sign rail deal\n\nLusaka, 9 Jun (ZANIS) – President Hakainde Hichilema "
                         "and Angolan President João Lourenço on Monday signed an agreement on the Lobito corridor.")
    assert cleaned.dateline is not None and cleaned.dateline.place == "Lusaka" and cleaned.dateline.agency == "ZANIS"
    assert cleaned.text.split("\n")[-1].startswith("President Hakainde")


def test_a_capitals_dateline_with_a_weekday_and_a_year_is_read():
    cleaned = clean_text("Barrow meets Faye\n\nBRIDGETOWN, Thurs. Jun. 11, 2026 -- Prime Minister Mia Mottley met "
                         "Grenada's Prime Minister Dickon Mitchell on Wednesday.")
    assert cleaned.dateline is not None and cleaned.dateline.place == "BRIDGETOWN"
    assert cleaned.text.split("\n")[-1].startswith("Prime Minister Mia")


def test_a_capitals_colon_dateline_with_an_agency_is_read_and_places_the_bare_ministry():
    text = ("Kathmandu summons Chinese envoy\n\n"
            "KATHMANDU, Jun 3 (RSS): The Ministry of Foreign Affairs on Wednesday summoned the Chinese ambassador over "
            "a road built across the border in Humla.")
    cleaned = clean_text(text)
    assert cleaned.dateline is not None and cleaned.dateline.place == "KATHMANDU" and cleaned.dateline.agency == "RSS"
    summons = of_type(_coder(text), "ACCUSE")
    assert summons and all(e.source.country == "NPL" for e in summons), listing(summons)


def test_a_capitals_dateline_with_a_year_after_the_month_is_read():
    cleaned = clean_text("Fiji, Vanuatu sign fisheries pact\n\nSUVA, 08 june 2026 (FBC)—Fiji and Vanuatu on Monday "
                         "signed a fisheries agreement.")
    assert cleaned.dateline is not None and cleaned.dateline.place == "SUVA"
    assert cleaned.text.split("\n")[-1].startswith("Fiji and Vanuatu")


def test_an_all_capitals_headline_with_a_dash_is_still_no_dateline():
    cleaned = clean_text("PERU — CHILE: WHAT THE BORDER DEAL MEANS\n\nThe two governments signed a deal on Monday.")
    assert cleaned.dateline is None


# ---------------------------------------------------------------- a guest hosted for talks


def test_a_counterpart_hosted_for_talks_is_a_visit():
    """'hosted his X counterpart ... for talks': the host receives a guest (CAMEO 042/043),
    not the talks of others; before, no meeting was coded."""
    events = _coder("Mirziyoyev hosts Tokayev\n\nPublished: 2026-06-12\n\n"
                    "Uzbek President Shavkat Mirziyoyev hosted his Kazakh counterpart Kassym-Jomart Tokayev in Tashkent "
                    "on Thursday for talks on water sharing.")
    meetings = of_type(events, "CONSULT")
    assert any({e.source.country, e.target.country if e.target else None} == {"UZB", "KAZ"} for e in meetings), listing(events)


def test_talks_hosted_between_others_are_still_their_meeting():
    """'will host talks between X and Y': the talks are the sides' meeting (planned), the
    host their place, as before."""
    events = _coder("Qatar to host talks\n\nPublished: 2026-06-12\n\n"
                    "Qatar will host the next round of talks between Armenia and Azerbaijan.")
    assert not any(e.source.country == "QAT" for e in events if e.event_type in ("CONSULT", "AGREE")), listing(events)


# ---------------------------------------------------------------- forces whose act their body reports


def test_forces_reported_by_their_army_are_its_own_not_the_place_last_named():
    """'the Algerian army said border guards foiled an attempt to smuggle cannabis from
    Morocco ..., killing two smugglers', in a story most about Morocco: the border guards are
    Algeria's; before, the place named in the sentence gave them Morocco."""
    events = _coder("Morocco opens crossing; Algeria foils smuggling\n\nPublished: 2026-06-02\n\n"
                    "Morocco's foreign minister met Moroccan business leaders in Oujda on Saturday. Morocco's government "
                    "said Morocco would open a new crossing near Oujda. In a separate development, the Algerian army said "
                    "border guards foiled an attempt to smuggle cannabis from Morocco on Sunday, killing two smugglers.")
    killings = [e for e in of_type(events, "ASSAULT") if e.source.sector == "MIL"]
    assert killings and all(e.source.country == "DZA" for e in killings), listing(events)


def test_soldiers_reported_by_their_army_after_a_story_about_another_country_are_its_own():
    events = _coder("Chad reopens market; Sudanese troops kill gunmen\n\nPublished: 2026-06-02\n\n"
                    "Chad's president met Chadian traders in Abeche on Saturday. Chad's government said Chad would reopen "
                    "the market in Abeche. Separately, the Sudanese army said soldiers killed three gunmen who had crossed "
                    "from Chad on Sunday.")
    killings = [e for e in of_type(events, "ASSAULT") if e.source.sector == "MIL"]
    assert killings and all(e.source.country == "SDN" for e in killings), listing(events)


def test_forces_with_their_own_country_keep_it_when_another_army_reports():
    events = _coder("Ukraine says Russian troops shelled village\n\nPublished: 2026-06-02\n\n"
                    "The Ukrainian army said Russian soldiers shelled a village near Kharkiv on Monday.")
    attacks = [e for e in of_type(events, "ASSAULT") if e.source.sector == "MIL"]
    assert attacks and all(e.source.country == "RUS" for e in attacks), listing(events)


# ---------------------------------------------------------------- an invitation to an investment forum


def test_an_invitation_to_attend_an_investment_forum_is_an_invitation_to_meet():
    """'invited President Samia Suluhu Hassan to attend an investment forum in Nairobi': an
    invitation (CAMEO 036, AGREE intended, as the gold codes invitations), not an appeal for
    investment (REQUEST 1031), which it was before."""
    events = _coder("Ruto invites Samia to Nairobi forum\n\nPublished: 2026-06-12\n\n"
                    "President William Ruto invited President Samia Suluhu Hassan to attend an investment forum in "
                    "Nairobi in July.")
    assert not of_type(events, "REQUEST"), listing(events)
    assert any(e.source.country == "KEN" and e.target is not None and e.target.country == "TZA" for e in of_type(events, "AGREE")), listing(events)


def test_firms_invited_to_invest_are_still_appealed_to():
    events = _coder("Hun Manet courts Japanese firms\n\nPublished: 2026-06-12\n\n"
                    "Prime Minister Hun Manet invited Japanese firms to invest in Cambodia's special economic zones.")
    assert any(e.source.country == "KHM" for e in of_type(events, "REQUEST")), listing(events)
