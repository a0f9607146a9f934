"""English coding: the English pack through the same mechanisms as French.

Each case codes a sentence written for the test with the real English
pipeline (en_core_web_sm, or its PyPI re-upload) and checks the event a reader
of the sentence expects: actors, dates against a publication date, negation,
modality, wire-story metadata, and the parse normalisation that lets the
language-neutral mechanisms read an English parse.
"""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import pytest

from chronicle.annotate import NORMALISER, load_pipeline
from chronicle.packs import load_pack
from chronicle.clean import clean_text
from event_checks import coder, countries, only

PUBLISHED = "2019-03-15"  # a Friday


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ parse normalisation


def test_english_parse_is_rewritten_into_universal_dependencies():
    doc = load_pipeline("en")("Kim Jong-un met with the Chinese leader in Beijing. He was welcomed by officials.")
    met = next(t for t in doc if t.text == "met")
    leader = next(t for t in doc if t.text == "leader")
    assert leader.head == met and leader.dep_ == "obl"
    assert [c.text for c in leader.children if c.dep_ == "case"] == ["with"]
    officials = next(t for t in doc if t.text == "officials")
    assert officials.dep_ == "obl:agent"
    assert {t.dep_ for t in doc} >= {"nsubj:pass", "aux:pass"}
    assert not {t.dep_ for t in doc} & {"prep", "pobj", "dobj", "agent", "auxpass", "nsubjpass"}
    assert len(list(doc.sents)) == 2  # sentence boundaries survive the rewrite


def test_french_pipeline_needs_no_rewrite():
    """French is parsed in UD already: its normaliser repairs lemmas (the preposition
    "entre", lemmatised "entrer") and two slips of the parser in wire copy (a word of
    time before the object, an adverbial between auxiliary and participle), but maps
    no dependency scheme onto UD."""
    doc = load_pipeline("fr")("Un cessez-le-feu entre l'Inde et le Pakistan a été conclu.")
    rules = load_pack("fr").config.parse_normalisation
    assert not rules.preposition_labels and not rules.relabel
    assert next(t for t in doc if t.text == "entre").lemma_ == "entre"
    assert NORMALISER in load_pipeline("en").pipe_names


# ------------------------------------------------------------ actors


def test_named_people_meet_in_a_third_country():
    event = only(code("Donald Trump met Kim Jong-un in Hanoi on Wednesday."), "CONSULT")
    assert {event.source.name, event.target.name} == {"Donald Trump", "Kim Jong-un"}
    assert event.mode == "third-party" and event.location.name == "Hanoi"


def test_possessive_in_a_fronted_adjunct_is_the_coming_subject():
    events = code("President Xi Jinping spoke on Monday. Ahead of his visit to Seoul, "
                  "Chinese Foreign Minister Wang Yi will travel to Japan.")
    assert {e.source.name for e in events if e.target and e.target.country in ("KOR", "JPN")} == {"Wang Yi"}


def test_a_country_before_a_titled_name_does_not_hide_its_preposition():
    # "with U.S. Secretary of State Antony Blinken": "with" introduces Blinken, the other party
    event = only(code("Foreign Minister Cho Tae-yul held phone talks with U.S. Secretary of State "
                      "Antony Blinken on Wednesday.", published="2024-03-15"), "CONSULT")
    assert {event.source.name, event.target.name} == {"Cho Tae-yul", "Antony Blinken"}
    assert event.mode == "phone"


def test_an_adverbial_clause_is_no_content_of_the_main_request():
    events = code("China urged the United States to exercise restraint, while Russia accused Washington of raising tensions.")
    assert only(events, "REQUEST").source.country == "CHN"
    accusation = only(events, "ACCUSE")
    assert (accusation.source.country, accusation.target.country) == ("RUS", "USA")


@pytest.mark.parametrize(
    "text, event_type, source, target",
    [
        # the recipient hangs from the verb that carries the noun, past a quantity
        ("The U.S. provided $10 million in humanitarian aid to Ukraine.", "AID", "USA", "UKR"),
        # the party of refused talks, inside the refused clause
        ("Pyongyang has refused to return to denuclearization talks with Washington.", "REJECT", "PRK", "USA"),
    ],
)
def test_parties_found_through_carriers_and_complements(text, event_type, source, target):
    event = only(code(text), event_type)
    assert (event.source.country, event.target.country) == (source, target)


def test_the_two_ministers_agree_with_each_other_and_plan_cooperation_with_a_third():
    events = code("Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken in Washington on Monday. "
                  "The two ministers agreed to strengthen trilateral cooperation with Japan.", published="2024-03-15")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert [{e.source.name, e.target.name} for e in agreed] == [{"Cho Tae-yul", "Antony Blinken"}]
    planned = [e for e in events if e.trigger == "cooperation"]
    assert {e.target.country for e in planned} == {"JPN"} and {e.modality for e in planned} == {"intended"}


def test_condemning_an_event_targets_whoever_did_it():
    events = code("North Korea fired two ballistic missiles into the East Sea on Tuesday. "
                  "Foreign Minister Cho Tae-yul condemned the launch as a violation of U.N. resolutions.")
    accusation = only(events, "ACCUSE")
    assert (accusation.source.name, accusation.target.country) == ("Cho Tae-yul", "PRK")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israeli warplanes struck the Gaza Strip on Tuesday.", ("ASSAULT", "ISR", "PSE")),
        ("Russian missiles struck Kyiv overnight.", ("ASSAULT", "RUS", "UKR")),
        ("The two sides struck a deal on trade.", None),  # no attack
    ],
)
def test_strike_with_an_object_is_an_attack_not_a_labour_strike(text, expected):
    events = code(text)
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == ([expected] if expected else [])


def test_ministers_of_two_countries_are_both_parties():
    event = only(code("The foreign ministers of Japan and South Korea will meet in Tokyo next week."), "AGREE")
    assert {event.source.country, event.target.country} == {"JPN", "KOR"} and event.modality == "intended"


def test_a_place_in_a_clause_under_the_event_is_its_topic_not_its_location():
    event = only(code("Yun Byung-se and Wang Yi held talks to discuss ways to ease tensions "
                      "on the Korean Peninsula.", published="2013-04-24"), "CONSULT")
    assert event.location is None


def test_would_after_a_past_report_is_a_plan_of_the_speaker():
    event = only(code("The European Union said it would impose new sanctions on Russia next week."), "SANCTION")
    assert (event.source.name, event.target.country, event.modality) == ("European Union", "RUS", "intended")
    assert only(code("The European Union could impose new sanctions on Russia."), "SANCTION").modality == "hypothetical"


def test_a_wire_story_written_for_these_tests():
    """A Yonhap-style story (tests/data/en/, written for the tests, not from the dev set)."""
    text = (Path(__file__).parent / "data" / "en" / "freedom-shield-wire.txt").read_text(encoding="utf-8")
    events = code(text, published="2024-03-15")
    by_trigger = {e.trigger: e for e in events}
    talks = by_trigger["talks"]
    assert ({talks.source.name, talks.target.name}, talks.mode, talks.location) == ({"Cho Tae-yul", "Antony Blinken"}, "phone", None)
    assert (by_trigger["condemned"].source.name, by_trigger["condemned"].target.country) == ("Cho Tae-yul", "PRK")
    # "the two ministers" are the two people who talked, not the last two sides named
    assert {by_trigger["agreed"].source.name, by_trigger["agreed"].target.name} == {"Cho Tae-yul", "Antony Blinken"}
    # Russia's accusation did not happen at the Seoul rally named the sentence before
    accused = by_trigger["accused"]
    assert (accused.source.country, accused.target.country, accused.location) == ("RUS", "USA", None)
    assert by_trigger["fired"].event_type == "MOBILIZE" and by_trigger["fired"].date.value == "2024-03-12"


def test_a_reuters_style_story_written_for_these_tests():
    text = (Path(__file__).parent / "data" / "en" / "singapore-summit-reuters-style.txt").read_text(encoding="utf-8")
    events = code(text, published="2018-06-02")
    by_trigger = {e.trigger: e for e in events}
    # "said on Tuesday he would meet Kim ... on June 12": the meeting's own date
    planned = by_trigger["would meet"]
    assert (planned.event_type, planned.modality, planned.date.value) == ("AGREE", "intended", "2018-06-12")
    # the next sentence's meeting has happened: it does not take the planned date
    assert by_trigger["meeting"].date.value != "2018-06-12"
    # "which it called a rehearsal for invasion" is no appeal
    assert "called" not in by_trigger
    # no recipient guessed from a pair the article is not about
    assert not any(e.target and e.target.country == "CHN" for e in events)


def test_titles_with_nationality_resolve_to_the_office_holder_on_the_date():
    event = only(code("The foreign minister of China met the U.S. Secretary of State on Monday."), "CONSULT")
    assert {event.source.name, event.target.name} == {"Wang Yi", "Mike Pompeo"}
    planned = only(code("The South Korean president plans to visit Beijing."), "AGREE")
    assert planned.source.name == "Moon Jae-in" and planned.target.country == "CHN"


def test_country_short_names_demonyms_and_seats():
    assert only(code("N. Korea test-fired a ballistic missile on Wednesday."), "MOBILIZE").source.country == "PRK"
    assault = only(code("North Korean troops opened fire on South Korean soldiers."), "ASSAULT")
    assert (assault.source.country, assault.source.sector) == ("PRK", "MIL")
    assert (assault.target.country, assault.target.sector) == ("KOR", "MIL")
    accuse = only(code("The Kremlin condemned the U.S. sanctions last year."), "ACCUSE")
    assert (accuse.source.country, accuse.source.sector, accuse.target.country) == ("RUS", "GOV", "USA")
    request = only(code("Cheong Wa Dae urged the White House to ease sanctions."), "REQUEST")
    assert countries(request) == {"KOR", "USA"}


def test_the_presidential_office_belongs_to_the_country_of_the_article():
    events = code("South Korea and Japan held talks in Seoul on Monday. The presidential office condemned Japan's export curbs.")
    accuse = only(events, "ACCUSE")
    assert (accuse.source.country, accuse.source.sector, accuse.target.country) == ("KOR", "GOV", "JPN")


def test_protesters_and_police_are_civilians_and_police_of_the_place():
    protest = only(code("Protesters rallied against the government in Seoul on Saturday."), "PROTEST")
    assert (protest.source.country, protest.source.sector) == ("KOR", "CVL")
    arrest = only(code("The police arrested five activists in Hong Kong on Tuesday."), "COERCE")
    assert (arrest.source.sector, arrest.target.sector, arrest.mode) == ("COP", "CVL", "arrest")


def test_spokesperson_is_a_government_agent():
    event = only(code("A Chinese foreign ministry spokesperson criticized Japan on Tuesday."), "ACCUSE")
    assert (event.source.country, event.source.sector, event.target.country) == ("CHN", "GOV", "JPN")


# ------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Donald Trump met Kim Jong-un in Hanoi yesterday.", "2019-03-14", "day"),
        ("Donald Trump met Kim Jong-un in Hanoi on Wednesday.", "2019-03-13", "day"),
        ("Donald Trump met Kim Jong-un in Hanoi earlier this month.", "2019-03", "month"),
        ("Donald Trump met Kim Jong-un in Hanoi last year.", "2018", "year"),
        ("Donald Trump met Kim Jong-un in Hanoi on February 27.", "2019-02-27", "day"),
    ],
)
def test_dates_resolve_against_the_publication_date(text, value, precision):
    event = only(code(text), "CONSULT")
    assert (event.date.value, event.date.precision) == (value, precision)


def test_a_planned_visit_next_week_is_dated_in_the_future():
    event = only(code("President Donald Trump will visit Seoul next week."), "AGREE")
    assert event.date.value >= "2019-03" and event.modality == "intended"


# ------------------------------------------------------------ negation


def test_failed_to_reach_an_agreement_is_a_negative_agree():
    event = only(code("North Korea and the United States failed to reach an agreement in Hanoi."), "AGREE")
    assert event.polarity == "negative" and countries(event) == {"PRK", "USA"}


def test_refused_to_meet_is_a_reject_not_a_negated_meeting():
    events = code("Kim Jong-un refused to meet Moon Jae-in.")
    reject = only(events, "REJECT")
    assert (reject.source.name, reject.target.name) == ("Kim Jong-un", "Moon Jae-in")
    assert not [e for e in events if e.event_type in ("CONSULT", "AGREE")]


def test_not_and_never_negate_the_event():
    signed = only(code("The U.S. president and his North Korean counterpart did not sign any agreement on Wednesday."), "AGREE")
    assert signed.polarity == "negative" and countries(signed) == {"USA", "PRK"}
    visited = only(code("Kim Jong-un has never visited Seoul."), "CONSULT")
    assert visited.polarity == "negative"


# ------------------------------------------------------------ modality


def test_will_visit_is_an_intended_agree():
    event = only(code("President Donald Trump will visit Seoul next week."), "AGREE")
    assert event.modality == "intended" and event.polarity == "positive"
    assert (event.source.name, event.target.country) == ("Donald Trump", "KOR")


def test_plans_to_and_going_to_are_intentions():
    assert only(code("The South Korean president plans to visit Beijing."), "AGREE").modality == "intended"
    assert only(code("Beijing is going to send aid to Pyongyang."), "AGREE").modality == "intended"


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        ("President Moon left for Washington on Tuesday.", "CONSULT", "actual"),
        ("Foreign Minister Kang will depart for Singapore on Wednesday.", "AGREE", "intended"),
    ],
)
def test_a_departure_is_a_visit_begun_only_once_past(text, event_type, modality):
    event = only(code(text), event_type)
    assert (event.modality, event.target.country) == (modality, "USA" if "Washington" in text else "SGP")


def test_leaving_for_home_is_no_visit():
    assert code("President Trump left for Washington on Tuesday.") == []


def test_could_is_hypothetical():
    # GUIDELINES: a meeting that may or may not happen ("could meet") is AGREE hypothetical
    event = only(code("Kim Jong-un could meet Donald Trump in Singapore."), "AGREE")
    assert event.modality == "hypothetical"


def test_a_plain_past_meeting_is_actual():
    assert only(code("Donald Trump met Kim Jong-un in Hanoi yesterday."), "CONSULT").modality == "actual"


# ------------------------------------------------------------ wire-story metadata


WIRE = (
    "N. Korea fires missile\n"
    "By Kim Eun-jung\n"
    "SEOUL, May 27 (Yonhap) -- North Korea fired a ballistic missile toward the East Sea on Friday, "
    "the Joint Chiefs of Staff said.\n"
    "Published : 2022-05-27 10:00\n"
)


def test_dateline_byline_and_stamp_are_metadata_not_text():
    cleaned = clean_text(WIRE)
    assert cleaned.dateline is not None
    assert (cleaned.dateline.place, cleaned.dateline.date_text, cleaned.dateline.agency) == ("SEOUL", "May 27", "Yonhap")
    assert [m.kind for m in cleaned.metadata] == ["byline", "published"]
    assert cleaned.published is not None and cleaned.published.iso() == "2022-05-27"
    assert "Yonhap" not in cleaned.text and "By Kim" not in cleaned.text and "Published" not in cleaned.text
    start = cleaned.text.index("North Korea fired")
    original = cleaned.to_original(start, start + len("North Korea"))
    assert WIRE[original[0] : original[1]] == "North Korea"


def test_dateline_gives_the_story_place_and_day():
    events = code("WASHINGTON, May 27 (Yonhap) -- The United States imposed sanctions on North Korea.", published="2022-05")
    event = only(events, "SANCTION")
    assert countries(event) == {"USA", "PRK"}
    assert event.location.name == "Washington" and event.date.value == "2022-05-27"
    assert "Yonhap" not in event.sentence


def test_agency_only_dateline():
    cleaned = clean_text("WASHINGTON (Reuters) - The White House condemned the attack.")
    assert cleaned.dateline is not None and cleaned.dateline.agency == "Reuters"
    assert cleaned.text.strip().startswith("The White House")


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("LUSAKA, Zambia — The government expelled two Chinese nationals on Monday.", "LUSAKA", "Zambia"),
        ("TASHKENT -- Uzbekistan's president met his Kazakh counterpart on Friday.", "TASHKENT", None),
        ("SUVA, Fiji – Fiji's prime minister urged Australia to fund the new port.", "SUVA", "Fiji"),
        ("MONTRÉAL — Le gouvernement du Québec a rejeté la proposition d'Ottawa.", "MONTRÉAL", None),
    ],
)
def test_a_dateline_without_an_agency_is_the_story_place(text: str, place: str, region: str | None) -> None:
    cleaned = clean_text("Headline of the story\n" + text)
    assert cleaned.dateline is not None
    assert (cleaned.dateline.place, cleaned.dateline.region, cleaned.dateline.agency) == (place, region, None)
    assert place not in cleaned.text


@pytest.mark.parametrize(
    "text",
    [
        "UKRAINE — RUSSIA: WHAT THE TALKS MEAN\nKyiv and Moscow met in Istanbul.",
        "BREAKING — short\nThe army left the town.",
    ],
)
def test_a_capitalised_headline_with_a_dash_is_no_dateline(text: str) -> None:
    assert clean_text(text).dateline is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("DHAKA: Bangladesh summoned the Myanmar envoy on Sunday over shells that landed in Bandarban.", "DHAKA"),
        ("KUWAIT CITY: Kuwait recalled its ambassador from Beirut after the remarks.", "KUWAIT CITY"),
        ("ABU DHABI: The UAE pledged $50 million in aid to Sudan on Tuesday.", "ABU DHABI"),
    ],
)
def test_a_colon_dateline_is_the_story_place(text: str, place: str) -> None:
    cleaned = clean_text("Headline of the story\n\n" + text)
    assert cleaned.dateline is not None and (cleaned.dateline.place, cleaned.dateline.agency) == (place, None)
    assert not cleaned.text.strip().split("\n")[-1].startswith(place)


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR: Sudanese refugees keep arriving in eastern Chad\nThe agency said on Monday that funds ran dry.",  # a headline
        "Headline\n\nBREAKING: The army has seized power in the capital, witnesses say.",  # a rubric
        "Titre\n\nAES : Bamako, Ouagadougou et Niamey annoncent leur retrait de la Cour.",  # French typography
    ],
)
def test_a_headline_or_rubric_with_a_colon_is_no_dateline(text: str) -> None:
    assert clean_text(text).dateline is None


def test_a_colon_dateline_places_the_events() -> None:
    events = code("Envoy summoned\n\nDHAKA: Bangladesh summoned the Myanmar envoy on Sunday over shells that landed in Bandarban.",
                  published="2025-06-03")
    event = only(events, "ACCUSE")
    assert event.location is not None and event.location.country == "BGD"
    assert "DHAKA" not in event.sentence


def test_a_dateline_without_an_agency_places_the_events() -> None:
    events = code("GABORONE, Botswana — Botswana's foreign minister summoned the Zimbabwean ambassador on Tuesday.",
                  published="2025-06-03")
    event = events[0]
    assert event.location is not None and event.location.name == "Gaborone"
    assert event.source is not None and event.source.country == "BWA"
    assert "GABORONE" not in event.sentence


def test_unnamed_doers_of_a_story_filed_in_a_country_whose_state_it_names_are_that_country_s() -> None:
    text = ("Russian instructors killed in ambush\n\n"
            "BANGUI, Central African Republic — Gunmen opened fire on a convoy carrying Russian military "
            "instructors on Sunday, killing two of them.\n\n"
            "Russia's defence ministry condemned the attack and said Russian instructors would continue their mission.\n\n"
            "Moscow has sent some 1,500 instructors since 2018, Russian officials say.\n\n"
            "The Central African Republic's government promised an inquiry.")
    attack = only(code(text), "ASSAULT")
    assert attack.source.country == "CAF" and attack.target.country == "RUS"


def test_brussels_acting_is_the_eu_and_brussels_as_a_venue_is_a_place() -> None:
    acting = only(code("Brussels on Friday urged Warsaw to restore the independence of its courts."), "REQUEST")
    assert (acting.source.country, acting.source.sector) == ("EUR", "GOV") and acting.target.country == "POL"
    criticised = only(code("Austria's chancellor criticised Brussels over its migration pact."), "ACCUSE")
    assert criticised.target.country == "EUR"
    venue = only(code("Serbia's president met Kosovo's prime minister in Brussels on Thursday."), "CONSULT")
    assert countries(venue) == {"SRB", "XKX"} and venue.location.name == "Brussels"


def test_headline_without_full_stop_is_its_own_sentence():
    events = code("Russia and North Korea: a new chapter\nVladimir Putin met Kim Jong-un in Vladivostok on Thursday.")
    meeting = only(events, "CONSULT")
    assert meeting.sentence.startswith("Vladimir Putin")


# ------------------------------------------------------------ mixed corpus


def test_mixed_corpus_is_coded_by_language_and_german_is_skipped(tmp_path):
    articles = [
        {"id": "fr-1", "text": "Hier, Donald Trump et Kim Jong-un se sont retrouvés à Hanoï pour leur deuxième sommet."},
        {"id": "en-1", "text": "Donald Trump met Kim Jong-un in Hanoi on Wednesday for their second summit."},
        {"id": "de-1", "text": "Donald Trump und Kim Jong-un haben sich gestern in Hanoi zu ihrem zweiten Gipfeltreffen getroffen."},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "chronicle", "code", "--published", "2019-02-28", str(path)],
        capture_output=True, text=True, check=False,
    )
    assert run.returncode == 1  # an article was skipped
    assert "de" in run.stderr and "no language pack" in run.stderr and "line 3" in run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    by_article = {e["article_id"]: e for e in events}
    assert set(by_article) == {"fr-1", "en-1"}
    assert by_article["fr-1"]["language"] == "fr" and by_article["en-1"]["language"] == "en"
    for event in events:
        assert event["event_type"] == "CONSULT"
        assert {event["source"]["country"], event["target"]["country"]} == {"USA", "PRK"}


def test_the_city_of_a_place_is_the_place_and_a_threatened_strike_is_no_strike():
    shelling = only(code("Russian forces shelled the Ukrainian city of Kharkiv overnight, killing five civilians."), "ASSAULT")
    assert (shelling.source.country, shelling.target.country, shelling.location.name) == ("RUS", "UKR", "Kharkiv")
    threat = code("Kim Jong-un threatened to strike the U.S. mainland with nuclear weapons.")
    assert [e.event_type for e in threat] == ["THREATEN"]


def test_a_country_possessive_gives_the_title_its_nationality():
    event = only(code("Japan's foreign minister was received by Chinese Premier Li Keqiang in Beijing."), "CONSULT")
    assert (event.source.name, event.source.country, event.target.name) == ("Taro Kono", "JPN", "Li Keqiang")


def test_shelling_a_city_attacks_its_country():
    event = only(code("Russian forces shelled the city of Kharkiv on Tuesday."), "ASSAULT")
    assert (event.source.country, event.target.country) == ("RUS", "UKR")


def test_mediation_between_two_sides_is_a_consultation_with_each():
    events = code("Turkey's mediation between Russia and Ukraine led to a grain deal.")
    assert sorted((e.event_type, e.cameo, e.source.country, e.target.country) for e in events if e.event_type == "CONSULT") == [
        ("CONSULT", "045", "TUR", "RUS"), ("CONSULT", "045", "TUR", "UKR")]


def test_a_raid_on_a_camp_and_its_condemnation():
    events = code("Israeli troops raided the Jenin refugee camp in the occupied West Bank on Thursday. "
                  "The Palestinian Authority condemned the raid.")
    raid = next(e for e in events if e.event_type == "ASSAULT" and e.trigger == "raided")
    assert (raid.source.country, raid.source.sector, raid.target.country) == ("ISR", "MIL", "PSE")
    condemnation = only(events, "ACCUSE")
    assert (condemnation.source.country, condemnation.target.country) == ("PSE", "ISR")


def test_police_arrest_people_where_they_are_not_in_the_country_of_the_story():
    events = code("WASHINGTON (Reuters) - U.S. officials said on Thursday that Washington was watching Paris closely. "
                  "Police in Paris arrested dozens of protesters during demonstrations against the pension reform.")
    arrest = only(events, "COERCE")
    assert (arrest.source.country, arrest.source.sector, arrest.target.country) == ("FRA", "COP", "FRA")


def test_what_one_warns_against_is_the_content_of_the_warning():
    events = code("Blinken warned China against providing military support to Russia.")
    assert [(e.event_type, e.target.country) for e in events] == [("THREATEN", "CHN")]


@pytest.mark.parametrize(
    "text", ["Japan tightened export restrictions on South Korea on Thursday.",
             "Japan imposed restrictions on exports to South Korea of three materials."])
def test_trade_restrictions_sanction_the_country_traded_with(text):
    event = only(code(text), "SANCTION")
    assert (event.source.country, event.target.country, event.mode) == ("JPN", "KOR", "discontinue")


def test_summoning_an_ambassador_is_an_accusation():
    event = only(code("South Korea's foreign ministry summoned the Japanese ambassador on Friday."), "ACCUSE")
    assert (event.source.country, event.target.country, event.mode) == ("KOR", "JPN", "disapprove")


@pytest.mark.parametrize(
    "text", ["South Koreans launched a boycott of Japanese goods.", "Consumers in South Korea boycotted Japanese beer and cars."])
def test_a_boycott_targets_the_country_of_the_goods(text):
    event = only(code(text), "PROTEST")
    assert (event.mode, event.source.country, event.target.country) == ("boycott", "KOR", "JPN")


def test_who_asked_for_a_meeting_on_a_launch_is_not_the_launch_target():
    event = only(code("The U.N. Security Council held an emergency meeting on North Korea's satellite launch "
                      "at the request of the United States, Japan and South Korea."), "MOBILIZE")
    assert (event.source.country, event.target) == ("PRK", None)


def test_a_ministry_gives_its_spokesperson_its_country():
    event = only(code("Chinese Foreign Ministry spokesperson Wang Wenbin called on Washington to exercise restraint."), "REQUEST")
    assert (event.source.name, event.source.country, event.target.country) == ("Wang Wenbin", "CHN", "USA")


def test_a_proposal_made_at_home_keeps_its_proposer_as_source():
    event = only(code("SEOUL, Aug. 21 (Yonhap) -- Unification Minister Kim Yung-ho proposed talks with Pyongyang "
                      "on the reunion of separated families.", published="2023-08-21"), "AGREE")
    assert (event.source.name, event.target.country, event.modality) == ("Kim Yung-ho", "PRK", "intended")


def test_a_summit_that_frames_an_agreement_in_time_is_no_plan():
    events = code("Japanese Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed to resume regular "
                  "shuttle diplomacy during their summit in Tokyo on Thursday.", published="2023-03-17")
    assert sorted((e.event_type, e.modality) for e in events) == [("AGREE", "actual"), ("CONSULT", "actual")]


def test_forces_sent_toward_a_country_mobilise_against_it_and_aid_sent_is_aid():
    forces = only(code("China sent 20 warplanes and six navy ships toward Taiwan on Monday."), "MOBILIZE")
    assert (forces.source.country, forces.target.country, forces.mode) == ("CHN", "TWN", "troops")
    aid = only(code("Japan sent humanitarian aid to Turkey."), "AID")
    assert (aid.source.country, aid.target.country) == ("JPN", "TUR")


def test_his_government_belongs_to_the_person_he_refers_to():
    events = code("Taiwanese President Lai Ching-te returned from a trip to the United States. "
                  "Beijing has accused Lai of seeking independence and has refused to hold talks with his government.",
                  published="2024-05-27")
    refusal = only(events, "REJECT")
    assert (refusal.source.country, refusal.target.country, refusal.target.sector) == ("CHN", "TWN", "GOV")


def test_what_one_is_accused_of_doing_is_no_event_of_the_accuser():
    events = code("Kinshasa accused Rwanda of backing the M23 rebels.")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [("ACCUSE", "COD", "RWA")]


def test_demonyms_of_smaller_countries():
    event = only(code("Russia expelled two Estonian diplomats on Friday."), "SANCTION")
    assert (event.source.country, event.target.country, event.mode) == ("RUS", "EST", "expel")


def test_a_known_family_name_alone_is_that_person():
    events = code("Japanese Foreign Minister Yoko Kamikawa arrived in Seoul on Tuesday for a two-day visit. "
                  "Kamikawa also held talks with her South Korean counterpart Cho Tae-yul.", published="2024-06-12")
    talks = [e for e in events if e.event_type == "CONSULT" and e.target.name == "Cho Tae-yul"]
    assert len(talks) == 1 and talks[0].source.name == "Yoko Kamikawa"


def test_a_meeting_after_which_leaders_agree_happened():
    events = code("Japan and China agreed Thursday to resume high-level economic talks after a meeting between "
                  "Prime Minister Shigeru Ishiba and Chinese Premier Li Qiang in Vientiane.", published="2024-10-11")
    meeting = only(events, "CONSULT")
    assert (meeting.modality, meeting.source.name, meeting.target.name) == ("actual", "Shigeru Ishiba", "Li Qiang")


def test_mediators_mediate_between_both_sides_wherever_they_are():
    events = code("CAIRO (AP) — Egypt and Qatar are mediating between Israel and Hamas in a bid to secure a ceasefire.",
                  published="2024-03-03")
    assert sorted((e.source.country, e.target.country, e.target.sector, e.mode) for e in events) == [
        ("EGY", "ISR", "GOV", None), ("EGY", "PSE", "REB", None), ("QAT", "ISR", "GOV", None), ("QAT", "PSE", "REB", None)]


def test_firing_on_a_named_target_is_an_assault_and_into_the_sea_a_launch():
    assert [(e.event_type, e.source.name, e.target.country) for e in code("Hamas fired rockets at Israel on Saturday.")] == [
        ("ASSAULT", "Hamas", "ISR")]
    launch = only(code("North Korea fired a ballistic missile into the East Sea at around 7:20 a.m. on Thursday."), "MOBILIZE")
    assert (launch.mode, launch.target) == ("weapons", None)
