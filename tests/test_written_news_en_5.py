"""The fifth set of English articles written for the project
(tests/data/news/written-5.en.jsonl: Sudan Tribune, Garowe Online, The New Times, Daily
Monitor, Addis Standard, Daily Maverick, Libya Observer, Jordan Times, Ahram Online, Gulf
News, The National, Euronews, Kathmandu Post, Daily Mirror, UN News, UNHCR, WFP, OCHA,
eNCA, The Standard, Morocco World News, The Namibian, Bloomberg, The Independent,
Kun.uz, Rudaw and The Express Tribune styles, about Africa, the Middle East, South and
Central Asia and the UN system), scored end to end through ``chronicle eval``, and the
classes its misses and false alarms showed when it was first scored, unseen: lawsuits
filed "against" a party before a court named in full, appeals that name no addressee
("urged restraint") or whose addressee is the one just spoken with, vows whose content
is an attack, diplomats ordered to leave, embassies opened, officials of the UN system
titled by a country ("the Humanitarian Coordinator for Sudan"), monarchs named by
their style ("His Majesty", "King Abdullah", "Sheikh Tamim"), parties, armed forces and
a UN mission of African states, and ordinary senses (refugees who arrive, people
hosted by the million). Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder

# first scored unseen at F1 0.595 (P 0.590, R 0.600) at main b7a6cef; 0.602 there on the
# gold as completed after that score (tests/data/news/README.md); 0.67 after the
# ennews5 branch's class fixes. The floors sit a little under it.
F1_FLOOR = 0.69
PRECISION_FLOOR = 0.69
RECALL_FLOOR = 0.69
# a full stop that ends a sentence: not an initial ("M.K. Stalin", "S. Jaishankar")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-5.en.jsonl", "en", (5, 10), SENTENCE_END)


_code = coder("en", "2025-03-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.name, e.source.country, e.target.country if e.target else None)
            for e in events]


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


def test_the_fifth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 5 to 10 story sentences after a headline, from
    outlets the earlier sets lack, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_fifth_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- lawsuits (CAMEO 115)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Sudan filed a case against the United Arab Emirates at the International Court of Justice.", "SDN", "ARE"),
        ("Armenia filed a case against Azerbaijan at the International Court of Justice.", "ARM", "AZE"),
        ("Kenya lodged a case against Tanzania at the East African Court of Justice on Monday.", "KEN", "TZA"),
    ],
)
def test_a_case_filed_against_a_party_is_a_lawsuit_whatever_court_hears_it(text, source, target):
    """A case filed or lodged "against" a party is CAMEO 115, also when the court's full
    name lies too far from the noun for the court to be read with it."""
    suits = [e for e in _code(text) if e.cameo == "115"]
    assert [(e.event_type, e.source.country, e.target.country if e.target else None) for e in suits] == [
        ("ACCUSE", source, target)], _listing(_code(text))


def test_making_the_case_against_a_policy_is_an_argument_not_a_lawsuit():
    events = _code("Nigeria's foreign minister made the case against military intervention in Niger.")
    assert not [e for e in events if e.cameo == "115"], _listing(events)


# ---------------------------------------------------------------- appeals without a named addressee


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Italy and Turkey urged restraint.", {"ITA", "TUR"}),
        ("Egypt urged calm in Tripoli on Wednesday.", {"EGY"}),
        ("Qatar and Oman urged restraint as fighting spread in Aden.", {"QAT", "OMN"}),
    ],
)
def test_urging_restraint_or_calm_is_an_appeal_that_names_no_addressee(text, sources):
    """GUIDELINES: an appeal that names no addressee is a REQUEST with a null target,
    as "called for restraint" already was; each listed party makes one."""
    requests = _of_type(_code(text), "REQUEST")
    assert {e.source.country for e in requests} == sources, _listing(requests)
    assert all(e.target is None for e in requests), _listing(requests)


def test_urging_a_named_party_to_show_restraint_keeps_the_party_as_target():
    requests = _of_type(_code("The African Union urged Ethiopia and Eritrea to exercise restraint."), "REQUEST")
    assert {e.target.country for e in requests if e.target} == {"ETH", "ERI"}, _listing(requests)


def test_the_one_spoken_with_is_the_one_urged_by_the_coordinated_verb():
    """"spoke by phone with X and urged restraint": the appeal's addressee is X."""
    events = _code("Secretary of State Marco Rubio spoke by phone with Pakistani Prime Minister Shehbaz Sharif "
                   "and urged restraint.")
    requests = _of_type(events, "REQUEST")
    assert [(e.source.country, e.target.country if e.target else None) for e in requests] == [("USA", "PAK")], _listing(events)


# ---------------------------------------------------------------- vows of attack (CAMEO 138)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Al-Shabaab vowed that it would continue to target African Union troops in Somalia.", "SOM"),
        ("The Houthis vowed that they would keep targeting ships linked to Israel in the Red Sea.", "YEM"),
        ("The Polisario Front vowed to attack Moroccan positions along the berm.", None),
    ],
)
def test_a_vow_whose_content_is_an_attack_is_a_threat(text, source):
    events = _code(text)
    threats = _of_type(events, "THREATEN")
    assert threats and not _of_type(events, "AGREE"), _listing(events)
    if source:
        assert threats[0].source.country == source, _listing(threats)


def test_a_vow_not_to_help_an_aggressor_threatens_no_one():
    events = _code("Iran and Russia pledged not to help any aggressor that attacks either of them.")
    assert not _of_type(events, "THREATEN"), _listing(events)


def test_a_vow_to_trade_stays_an_agreement():
    events = _code("Ghana and Nigeria vowed to double bilateral trade by 2030.")
    assert _of_type(events, "AGREE") and not _of_type(events, "THREATEN"), _listing(events)


# ---------------------------------------------------------------- diplomats told to leave (CAMEO 166)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Rwanda ordered all Belgian diplomats to leave the country within 48 hours.", "RWA", "BEL"),
        ("Algeria ordered twelve French diplomats to leave the country on Monday.", "DZA", "FRA"),
        ("Niger told the French ambassador to leave within 72 hours.", "NER", "FRA"),
    ],
)
def test_diplomats_ordered_to_leave_are_expelled(text, source, target):
    sanctions = _of_type(_code(text), "SANCTION")
    assert [(e.mode, e.source.country, e.target.country if e.target else None) for e in sanctions] == [
        ("expel", source, target)], _listing(sanctions)


def test_an_envoy_ordered_home_for_consultations_is_not_expelled():
    events = _code("Chad ordered its ambassador in Doha home for consultations.")
    assert not [e for e in events if e.mode == "expel"], _listing(events)


# ---------------------------------------------------------------- embassies opened (CAMEO 064)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana reopened its embassy in Tehran on Monday.", "GHA", "IRN"),
        ("Kenya opened an embassy in Rabat on Tuesday.", "KEN", "MAR"),
    ],
)
def test_an_embassy_opened_in_a_country_is_diplomatic_cooperation_with_it(text, source, target):
    events = _code(text)
    assert [(e.event_type, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("COOPERATE", source, target)], _listing(events)


def test_opening_fire_is_no_embassy():
    events = _code("Police opened fire on protesters in Nairobi.")
    assert not _of_type(events, "COOPERATE") and _of_type(events, "ASSAULT"), _listing(events)


# ---------------------------------------------------------------- actors of the UN system and of African states


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Humanitarian Coordinator for Sudan, Clementine Nkweta-Salami, condemned the attack on the convoy "
         "and called on Sudan to allow aid into El Fasher.", "Clementine Nkweta-Salami"),
        ("The UN Resident Coordinator in Ethiopia, Ramiz Alakbarov, called on Ethiopia to allow aid into Tigray.",
         "Ramiz Alakbarov"),
        ("The United Nations Support Mission in Libya called on Libya's rival governments to hold elections.",
         "United Nations Support Mission in Libya"),
    ],
)
def test_officials_and_missions_of_the_un_system_act_for_the_un_whatever_country_their_title_names(text, name):
    """A coordinator "for Sudan", a mission "in Libya" are the UN's (UNO), not Sudan's
    or Libya's, though the country is in the title."""
    events = [e for e in _code(text) if e.source.name == name]
    assert events and all(e.source.country == "UNO" for e in events), _listing(_code(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The EFF accused Ramaphosa of betraying the soldiers.", "Economic Freedom Fighters", "ZAF"),
        ("The Uganda People's Defence Forces deployed troops to South Sudan.", "Uganda People's Defence Force", "UGA"),
        ("The SANDF withdrew its last troops from Goma on Tuesday.", "South African National Defence Force", "ZAF"),
        ("The African Union Peace and Security Council urged Sudan's warring parties to agree a truce.",
         "African Union", "IGO"),
    ],
)
def test_parties_forces_and_councils_of_africa_are_named(text, name, country):
    """The AU's Peace and Security Council is the AU, not the UN Security Council whose
    name its own contains."""
    events = _code(text)
    assert any(e.source.name == name and e.source.country == country for e in events), _listing(events)


# ---------------------------------------------------------------- monarchs by their style


JORDAN = ("King, Syrian president discuss border security\n\n"
          "AMMAN — His Majesty King Abdullah on Wednesday received Syrian President Ahmad al-Sharaa in Amman. "
          "The King reaffirmed Jordan's support for Syria's unity. "
          "His Majesty also condemned Israel's repeated incursions into southern Syria. "
          "Jordan's Foreign Minister Ayman Safadi visited Damascus in December. "
          "Jordan's army said it had foiled an attempt to smuggle drugs across the border.")


def test_a_monarch_named_by_his_style_is_the_head_of_state_of_the_article():
    """"King Abdullah", "The King", "His Majesty" in a Jordanian story are Jordan's head
    of state: the host of the visit, the one who supports and the one who condemns."""
    events = _code(JORDAN, "2025-02-27")
    pairs = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}
    assert ("CONSULT", "SYR", "JOR") in pairs, _listing(events)
    assert ("SUPPORT", "JOR", "SYR") in pairs, _listing(events)
    assert ("ACCUSE", "JOR", "ISR") in pairs, _listing(events)
    hosts = [e.target.name for e in events if e.event_type == "CONSULT" and e.source.country == "SYR"]
    assert hosts == ["Abdullah II"], _listing(events)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Sheikh Tamim called for an immediate ceasefire in Gaza on Monday.", "Tamim bin Hamad Al Thani", "QAT"),
        ("Kurdistan Region Prime Minister Masrour Barzani met Turkish Foreign Minister Hakan Fidan in Ankara.",
         "Masrour Barzani", "IRQ"),
        ("Syria's interim President Ahmad Al Shara arrived in Riyadh on Sunday.", "Ahmed al-Sharaa", "SYR"),
    ],
)
def test_gulf_and_levant_leaders_by_the_names_their_press_uses(text, name, country):
    """A leader named as the region's press names him is a party of the event, on either
    side (a meeting's parties may come in either order)."""
    events = _code(text, "2025-03-12")
    parties = [a for e in events for a in (e.source, e.target) if a is not None]
    assert any(a.name == name and a.country == country for a in parties), _listing(events)


# ---------------------------------------------------------------- ordinary senses


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese refugees keep arriving in eastern Chad.",
        "Afghan refugees keep arriving in Pakistan's Khyber Pakhtunkhwa province.",
        "Uganda thanked Kenya for hosting more than a million Somalis.",
    ],
)
def test_refugees_who_arrive_and_people_hosted_by_the_million_are_no_visit(text):
    events = _code(text)
    assert not _of_type(events, "CONSULT"), _listing(events)


def test_a_president_who_arrives_is_still_on_a_visit():
    events = _code("Tanzanian President Samia Suluhu Hassan arrived in Maputo on Monday.")
    assert [(e.event_type, e.target.country if e.target else None) for e in events] == [("CONSULT", "MOZ")], _listing(events)
