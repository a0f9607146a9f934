"""The eighteenth set of English articles written for the project
(tests/data/news/written-18.en.jsonl: fifteen articles in the styles of Myjoyonline, the
Ethiopian News Agency, Dabanga, the Algeria Press Service, Naharnet, the Oman Observer, ANSA
English, UNIAN, Caribbean News Global, EFE English, The Phnom Penh Post, The Times of Central
Asia, Republica, Taiwan News and the Fiji Sun), scored end to end through ``chronicle eval``,
and the classes its first (unseen) score showed that the newsets25en branch fixed: datelines
in four house styles were not read ('Addis Ababa, February 3/2026 (ENA) -', 'Asuncion, Apr 21
(EFE).-', '(ANSA) - ROME, MARCH 10 -', 'KATHMANDU, Jan 8:'), so a bare 'Ministry of Foreign
Affairs' or opposition took the country of a place named before, or the most named one
(clean/metadata.yaml); and a statement's unnamed target ('condemned the police action') was
given the article's most named country where the place carried from the sentence before was
where the place's own people had acted, a road blocked near Caaguazú, not a venue of others'
talks (resolve/assemble.py, ``_own_people_acted_at``). Every sentence here is written for these
tests, about other countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, listing, of_type
from written_sets import NEWS, WrittenSet

from chronicle.clean import clean_text

# a full stop that ends a sentence: not an initial ("U.S."); abbreviations ("Jan.", "Dr")
# count as ends, and an abbreviation in capitals ("GDP.") does not, so the range is a little
# wider than the 6 to 8 sentences of the stories
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-18.en.jsonl", "en", (5, 12), SENTENCE_END)
# first scored unseen at 0.724 (precision 0.752, recall 0.697) at f2d5be5; 0.770 (precision
# 0.788, recall 0.752) at the newsets25en branch's last commit: the floors sit a little under it
F1_FLOOR = 0.75
PRECISION_FLOOR = 0.77
RECALL_FLOOR = 0.73

_coder = coder("en", "2026-06-15")


def test_the_eighteenth_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 5 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_eighteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- datelines of four more house styles


def test_a_dateline_with_the_year_after_a_slash_is_read():
    cleaned = clean_text("Tanzania, Zambia sign railway deal\n\nDodoma, June 4/2026 (TSN) - President Samia Suluhu "
                         "Hassan and President Hakainde Hichilema of Zambia today signed an agreement on the TAZARA railway.")
    assert cleaned.dateline is not None and cleaned.dateline.place == "Dodoma"
    assert cleaned.text.split("\n")[-1].startswith("President Samia")


def test_a_bare_ministry_after_an_appeal_about_another_country_is_the_datelines():
    """'called on the armed groups in eastern Congo' names Congo last; the bare ministry of
    the next sentence is the dateline's country's (Tanzania), as it was read before for
    datelines the cleaner knew."""
    events = _coder(
        "Tanzania, Zambia sign railway deal\n\n"
        "Dodoma, June 4/2026 (TSN) - President Samia Suluhu Hassan and President Hakainde Hichilema of Zambia "
        "today signed an agreement on the TAZARA railway. The two leaders also called on the armed groups in "
        "eastern Congo to lay down their arms. Meanwhile, the Ministry of Foreign Affairs rejected a statement by "
        "the Malawian government accusing Tanzania of closing the border.")
    refusals = of_type(events, "REJECT")
    assert refusals and all(e.source.country == "TZA" for e in refusals), listing(events)


def test_an_agency_dateline_with_a_full_stop_before_the_dash_gives_the_opposition_its_country():
    events = _coder(
        "Bolivia, Chile agree to reopen border crossing\n\n"
        "La Paz, Jul 7 (EFE).- Chile's foreign minister and his Bolivian counterpart agreed on Tuesday to reopen "
        "the Colchane crossing, during a visit by Chile's foreign minister to La Paz. Chile's government said "
        "Chile would send customs officers to the crossing. Opposition lawmakers condemned the deal and demanded "
        "the resignation of the foreign minister.")
    demands = [e for e in of_type(events, "REQUEST") if e.source.sector in ("OPP", "LEG")]
    assert demands and all(e.source.country == "BOL" for e in demands), listing(events)


def test_a_dateline_opening_with_the_agency_is_read_and_places_the_bare_office():
    text = ("Sánchez receives Moroccan prime minister\n\n"
            "(ANSA) - MADRID, JUNE 2 - Moroccan Prime Minister Aziz Akhannouch was received on Tuesday by Prime "
            "Minister Pedro Sánchez at the Moncloa Palace, where the Moroccan leader spoke of Morocco's plans for "
            "the 2030 World Cup. Later, the foreign ministry summoned the Algerian ambassador over remarks by "
            "Algeria's foreign minister.")
    cleaned = clean_text(text)
    assert cleaned.dateline is not None and cleaned.dateline.place == "MADRID"
    summons = of_type(_coder(text), "ACCUSE")
    assert summons and all(e.source.country == "ESP" for e in summons), listing(summons)


def test_a_capitals_colon_dateline_with_a_date_is_read():
    cleaned = clean_text("Islamabad summons Afghan envoy\n\nISLAMABAD, Mar 9: The Foreign Office on Monday summoned "
                         "Afghanistan's chargé d'affaires over cross-border attacks.")
    assert cleaned.dateline is not None and cleaned.dateline.place == "ISLAMABAD"


def test_a_headline_with_a_date_and_a_colon_is_no_dateline():
    """The colon datelines are never on the first line, which is the headline."""
    cleaned = clean_text("KENYA, Mar 9: what the budget means for farmers\n\nThe Treasury on Monday presented "
                         "the budget.")
    assert cleaned.dateline is None


# ---------------------------------------------------------------- a statement where the story is


def test_a_statement_about_the_police_of_a_road_blocked_before_is_that_countrys():
    """'Hundreds of traders blocked a road near Arusha ... The traders' association condemned
    the police action': the carried place is where Tanzanians acted, not a venue of others'
    talks, so the police condemned are Tanzania's, not the most named country's (Kenya)."""
    events = _coder(
        "Kenya and Tanzania agree on one-stop border posts\n\nPublished: 2026-06-10\n\n"
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Tuesday to open two "
        "more one-stop border posts, Kenya's State House said. Ruto thanked Kenya's Parliament for its support, and "
        "Kenya's trade minister said Nairobi would host the next meeting. Meanwhile, hundreds of traders blocked a "
        "road near Arusha to protest new market fees. Police used tear gas and detained 12 traders. "
        "The traders' association condemned the police action.")
    condemnations = [e for e in of_type(events, "ACCUSE") if e.source.sector == "LAB" or e.source.country == "TZA"]
    assert condemnations and all(e.target is not None and e.target.country == "TZA" for e in condemnations), listing(events)


def test_a_statement_after_talks_at_a_foreign_venue_still_speaks_of_the_articles_country():
    """'talks in Muscat' between Yemenis: the venue says nothing of whom the next
    sentence's statement is about, as before."""
    events = _coder(
        "Yemen's government and Houthis hold talks in Muscat\n\nPublished: 2026-06-10\n\n"
        "Yemen's government and the Houthis held talks in Muscat on Monday on the exchange of prisoners. "
        "The government accused the rebels of shelling Taiz.")
    accusations = of_type(events, "ACCUSE")
    assert accusations and all(e.target is not None and e.target.country == "YEM" for e in accusations), listing(events)
