"""The sixth set of English articles written for the project
(tests/data/news/written-6.en.jsonl: Agência Brasil, Andina, Primicias, Stabroek News,
Diario Libre, Notes from Poland, ERR News, NewsMaker, Kathimerini, The Irish Times,
Graphic Online, Punch, The Guardian Post, News24, Hiiraan Online, Radio Tamazuj, Shafaq
News, Times of Oman, The Peninsula, Tehran Times, TOLOnews, The Edition, Trend, The Astana
Times, NHK World, Rappler, Tempo, the Vanuatu Daily Post, The Fiji Times and The Rio Times
styles, about South America, the Caribbean, Europe, West, Central, East and Southern
Africa, the Horn, the Middle East and the Gulf, South, Central, East and Southeast Asia
and the Pacific), scored end to end through ``chronicle eval``, and the classes its
misses showed when it was first scored, unseen: lists of countries whose second name the
parser hangs on the first as an apposition ("the leaders of Saudi Arabia, the UAE and
Jordan"), people named in full once and then by their family name alone, which the
tagger does not mark as a person ("Noem will travel on to Lima"), gendarmes, and a
member suspended "from all its activities" by a regional body. Every sentence here is
written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder, type_dyads

# first scored unseen at F1 0.555 (P 0.543, R 0.567) at main 5208008; 0.630 there on the
# gold as corrected after that score (tests/data/news/README.md); 0.689 (P 0.673, R 0.707)
# after the ennews6 branch's class fixes. The floors sit a little under it.
F1_FLOOR = 0.68
PRECISION_FLOOR = 0.66
RECALL_FLOOR = 0.70
# a full stop that ends a sentence: not an initial ("Ferdinand Marcos Jr.", "U.S.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-6.en.jsonl", "en", (5, 10), SENTENCE_END)


_code = coder("en", "2025-06-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.name, e.source.country, e.target.country if e.target else None)
            for e in events]



def test_the_sixth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 5 to 10 story sentences after a headline, from
    outlets the earlier sets lack, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_sixth_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ------------------------------------------- lists the parser cuts at an apposition


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("The leaders of Saudi Arabia, the UAE and Jordan expressed their solidarity with Qatar.",
         "SUPPORT", {("SAU", "QAT"), ("ARE", "QAT"), ("JOR", "QAT")}),
        ("Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan "
         "signed a treaty on friendship.",
         "AGREE", {("CHN", "KAZ"), ("CHN", "KGZ"), ("CHN", "TJK"), ("CHN", "TKM"), ("CHN", "UZB")}),
        ("The foreign ministers of Brazil, Argentina, Chile and Peru condemned the coup attempt in Bolivia.",
         "ACCUSE", {("BRA", None), ("ARG", None), ("CHL", None), ("PER", None)}),
    ],
)
def test_every_country_of_a_list_acts_when_the_parser_takes_the_second_for_an_apposition(text, event_type, expected):
    """en_core_web_sm hangs a list's second name on the first as an apposition and the
    rest as its conjuncts ("Kazakhstan, Kyrgyzstan(appos), Tajikistan(conj) ..."); the
    list is one event per listed party (GUIDELINES, lists and groups)."""
    assert type_dyads(_code(text), event_type) == expected, _listing(_code(text))


def test_a_city_named_with_its_country_stays_one_place():
    """An apposition that renames a place ("Kampala, Uganda") heads no list: one meeting,
    with the host its country."""
    events = _code("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala, Uganda, on Monday.")
    assert type_dyads(events, "CONSULT") == {("KEN", "UGA")}, _listing(events)


# ------------------------------------------- family names on second reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Homeland Security Secretary Kristi Noem arrived in Ecuador on Wednesday. "
         "Noem will travel on to Lima on Thursday.", ("USA", "PER")),
        ("Iran's security chief, Ali Larijani, arrived in Baghdad on Monday. "
         "Larijani is expected to travel to Beirut on Wednesday.", ("IRN", "LBN")),
        ("Ghana's security adviser, Kwesi Mensah, arrived in Ouagadougou on Tuesday. "
         "Mensah is due to travel to Bamako next week.", ("GHA", "MLI")),
    ],
)
def test_a_person_named_in_full_before_acts_by_the_family_name_alone(text, expected):
    """News style names a person in full once, then by the family name; where the tagger
    marks no person on that name (it tags "Noem" an organisation, "Larijani" nothing),
    the earlier full name says who it is, and the planned trip is theirs."""
    plans = [e for e in _code(text) if e.event_type == "AGREE" and e.modality == "intended"]
    assert [(e.source.country, e.target.country if e.target else None) for e in plans] == [expected], _listing(_code(text))


def test_a_family_name_no_one_bore_before_is_no_one():
    """A lone family name the text never gave in full names no one the coder knows."""
    assert _code("Mensah will travel to Bamako next week.") == []


# ------------------------------------------- gendarmes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Gendarmes detained two senior officials of the opposition party in Douala overnight.", "CMR", "CMR"),
        ("Burkinabe gendarmes arrested a journalist in Ouagadougou on Monday.", "BFA", "BFA"),
        ("Gendarmes in Niamey detained three activists of the M62 movement.", "NER", "NER"),
        ("French gendarmes arrested four men in New Caledonia.", "FRA", "NCL"),
    ],
)
def test_gendarmes_are_police_who_arrest(text, source, target):
    """The gendarmerie's officers are police (Phoenix codes the gendarmerie COP): an
    arrest by "gendarmes" is theirs, of the country named or placed."""
    arrests = [e for e in _code(text) if e.cameo == "173"]
    assert [(e.source.country, e.source.sector, e.target.country if e.target else None) for e in arrests] == [
        (source, "COP", target)], _listing(_code(text))


# ------------------------------------------- suspended from a body's activities


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The African Union has suspended Madagascar from all its activities with immediate effect.", "MDG"),
        ("The AU Peace and Security Council suspended Gabon from participating in all AU activities.", "GAB"),
        ("The African Union on Friday suspended Niger from all its activities until constitutional order is restored.", "NER"),
    ],
)
def test_a_member_suspended_from_a_bodys_activities_is_expelled_for_a_time(text, target):
    """The African Union's formula for a member suspended after a coup, "suspended X from
    all its activities", is PLOVER SANCTION expel (CAMEO 166), not a concession."""
    events = _code(text)
    assert [(e.event_type, e.cameo, e.source.name, e.target.country if e.target else None) for e in events] == [
        ("SANCTION", "166", "African Union", target)], _listing(events)


def test_ones_own_activities_suspended_stay_a_concession():
    """"Suspended its mining activities" has no "from": a party halting its own activity,
    the concession entry's, not a suspension of a member."""
    events = _code("Guinea suspended its mining activities for a week.")
    assert [e.event_type for e in events] == ["CONCEDE"], _listing(events)


# ------------------------------------------- a second act after a reported judgement


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Russia said the raids were legal and called Baku's reaction \"regrettable\".", "ACCUSE", "RUS", "AZE"),
        ("Ethiopia said the report was biased and called Eritrea's claims \"baseless lies\".", "ACCUSE", "ETH", "ERI"),
        ("The Venezuelan government said the exercises were a provocation and called Guyana's move \"reckless\".",
         "ACCUSE", "VEN", "GUY"),
    ],
)
def test_a_verb_coordinated_with_a_reported_clause_is_the_reporters_second_act(text, event_type, source, target):
    """"X said the raids were legal and called Y's reaction 'regrettable'": the parse hangs
    "called" on the reported "were" and the tagger takes it for a participle (VBN) with no
    auxiliary; it is the reporter's second act in the past tense, with the reporter its doer."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [(source, target)], _listing(_code(text))


def test_a_participle_with_its_auxiliary_is_no_second_act_of_the_reporter():
    """"... and had summoned the ambassador" keeps its auxiliary: a verb of the reported
    clause, not the reporter's past tense (no source is invented for it)."""
    events = _code("The ministry said the attack was unacceptable and had summoned the ambassador.")
    assert events == [], _listing(events)


# ------------------------------------------- an office holder suspended from office


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("President Salva Kiir suspended Machar from office by decree hours later.", "SSD", "SSD"),
        ("Somalia's president suspended the Jubaland governor from office on Monday.", "SOM", "SOM"),
        ("Peru's Congress suspended the vice-president from her duties for 36 months.", "PER", "PER"),
    ],
)
def test_an_office_holder_suspended_from_office_is_an_administrative_sanction(text, source, target):
    """"Suspended X from office (her duties)" is CAMEO 172, PLOVER COERCE restrict, also
    when a decree does it; no concession to a demand."""
    events = _code(text)
    assert [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("COERCE", "172", source, target)], _listing(events)


def test_a_reform_suspended_by_decree_stays_a_concession():
    """A measure (not a person) suspended by decree is still the concession of the pause entry."""
    events = _code("Tunisia's president suspended the fuel price hike by decree.")
    assert [(e.event_type, e.cameo) for e in events] == [("CONCEDE", "0834")], _listing(events)


# ------------------------------------------- standing in solidarity with


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ursula von der Leyen said the EU stood \"in full solidarity\" with Estonia.", "EUR", "EST"),
        ("Kenya stands in solidarity with Somalia after the attack.", "KEN", "SOM"),
        ("The African Union said it stood in solidarity with the people of Sudan.", "IGO", "SDN"),
    ],
)
def test_standing_in_solidarity_with_a_party_supports_it(text, source, target):
    """"Stood in (full) solidarity with X" is CAMEO 051 towards X, as "expressed solidarity
    with X" is; the one supported comes with "with" (frame stand_with)."""
    events = _code(text)
    assert type_dyads(events, "SUPPORT") == {(source, target)}, _listing(events)


def test_standing_somewhere_is_no_support():
    """"Stood in the rain" names no solidarity: no event."""
    assert _code("Protesters stood in the rain outside the embassy.") == []


# ------------------------------------------- a state's own adjective


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        # a rescue of migrants is no AID (senses-en.yaml rescue); an arrest shows the adjective as well
        ("The Hellenic Coast Guard said it had arrested two smugglers off Gavdos.", "COERCE", "GRC"),
        ("The Lao government signed a railway agreement with China.", "AGREE", "LAO"),
    ],
)
def test_a_states_own_adjective_names_it(text, event_type, source):
    """The adjective a state's institutions bear ("the Hellenic Coast Guard", "the Lao
    government") names that state, as its press demonym does ("Greek", "Laotian")."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert [e.source.country for e in events] == [source], _listing(_code(text))


# ------------------------------------------- an envoy sent somewhere for talks


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan will send Kanai Masaaki, the foreign ministry's director-general for Asian affairs, "
         "to Beijing for talks on Tuesday.", "JPN", "CHN"),
        ("Kenya will send its foreign minister to Addis Ababa for talks next week.", "KEN", "ETH"),
    ],
)
def test_talks_an_envoy_is_sent_to_are_with_the_place_sent_to(text, source, target):
    """"Send X to Y for talks": X is the sender's own envoy (grammar.envoy_sending_verbs),
    the planned talks (AGREE 036, intended) are with the state of the place sent to."""
    plans = [e for e in _code(text) if e.event_type == "AGREE"]
    assert [(e.source.country, e.target.country if e.target else None, e.modality) for e in plans] == [
        (source, target, "intended")], _listing(_code(text))
