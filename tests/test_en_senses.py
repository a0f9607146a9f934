"""English trigger senses and their false alarms (helper enconf6).

The false alarms of the English written, dev and codebook sets grouped by cause,
each cause fixed as a class and checked here on sentences written for this test
(many regions, none from the gold sets) with the real English pipeline:

* MOBILIZE is "all military or police moves that fall short of the actual use
  of force" (PLOVER manual): rockets fired toward a town strike it (ASSAULT),
  forces sent as peacekeepers or to protect another's people provide protection
  (CAMEO 074, AID; an intent to send them is AGREE), monitors or police on patrol
  show no force, while missiles fired into the sea, troops massed on a border and
  warships on patrol stay MOBILIZE;
* a noun of intention negated ("has no intention of violating") negates the act
  its gerund names, as "no plans to attack" negates its infinitive.
"""

from __future__ import annotations

import pytest

import chronicle
from chronicle.model import Event

PUBLISHED = "2024-05-15"


def code(text: str) -> list[Event]:
    return chronicle.code(text, published=PUBLISHED, lang="en")


def positive(events: list[Event], event_type: str | None = None) -> list[Event]:
    return [e for e in events if e.polarity == "positive" and (event_type is None or e.event_type == event_type)]


def types(events: list[Event]) -> set[str]:
    return {e.event_type for e in positive(events)}


# ------------------------------------------------------------ rockets fired toward a town: ASSAULT, not a launch


@pytest.mark.parametrize("text", [
    "Houthi rebels fired missiles toward the port city of Eilat on Sunday.",
    "Hamas fired rockets toward the Israeli town of Sderot on Saturday.",
    "Russian forces fired rockets into the Sumy region overnight.",
    "Armenian forces fired artillery shells at a village in Nakhchivan, Baku said.",
])
def test_rockets_fired_toward_a_town_are_an_assault(text):
    events = code(text)
    assert "ASSAULT" in types(events) and "MOBILIZE" not in types(events), [(e.event_type, e.cameo) for e in events]


@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles into the sea off its east coast on Thursday.",
    "Pakistan test-fired a cruise missile on Monday.",
    "Iran launched a satellite-carrying rocket into orbit on Saturday.",
])
def test_missiles_fired_into_the_sea_stay_a_launch(text):
    events = code(text)
    assert "MOBILIZE" in types(events) and "ASSAULT" not in types(events), [(e.event_type, e.cameo) for e in events]


# ------------------------------------------------------------ forces sent to protect or keep the peace: CAMEO 074


@pytest.mark.parametrize("text, pair", [
    ("Burundi sent 500 peacekeepers to the Central African Republic on Monday.", ("BDI", "CAF")),
    ("Rwanda deployed troops to Mozambique's Cabo Delgado province to protect gas installations.", ("RWA", "MOZ")),
    ("Nepal dispatched a battalion of peacekeepers to South Sudan this week.", ("NPL", "SSD")),
    ("Kenya sent 400 police officers to Haiti as part of the UN-backed multinational mission.", ("KEN", "HTI")),
    ("Nigeria deployed troops to Benin as part of an ECOWAS standby force.", ("NGA", "BEN")),
])
def test_forces_sent_to_protect_or_keep_the_peace_are_aid(text, pair):
    events = code(text)
    aid = positive(events, "AID")
    assert "MOBILIZE" not in types(events) and aid, [(e.event_type, e.cameo) for e in events]
    assert (aid[0].source.country, aid[0].target.country if aid[0].target else None) == pair and aid[0].cameo == "074"


@pytest.mark.parametrize("text", [
    "Poland said it was ready to deploy more troops alongside Latvian forces in Daugavpils.",
    "Senegal said it was ready to send troops to Gambia to protect the capital.",
])
def test_an_offer_to_send_protecting_forces_is_an_intent(text):
    events = code(text)
    assert "AGREE" in types(events) and "MOBILIZE" not in types(events), [(e.event_type, e.cameo) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya sent troops to protect its border with Somalia on Tuesday.",
    "Venezuela deployed troops to the border with Guyana.",
    "Russia massed troops near the Ukrainian border in March.",
    "Russia massed around 40,000 troops near Kharkiv to push back Ukrainian forces.",
])
def test_troops_sent_to_a_border_stay_a_show_of_force(text):
    events = code(text)
    assert "MOBILIZE" in types(events) and "AID" not in types(events), [(e.event_type, e.cameo) for e in events]


# ------------------------------------------------------------ patrols: warships show force, monitors and police do not


@pytest.mark.parametrize("text", [
    "Chinese warships patrolled near Scarborough Shoal on Monday.",
    "Russian strategic bombers patrolled over the Sea of Japan for seven hours.",
])
def test_warships_or_bombers_on_patrol_show_force(text):
    assert "MOBILIZE" in types(code(text))


@pytest.mark.parametrize("text", [
    "UN monitors patrol the buffer zone between Israel and Syria.",
    "Police patrolled the streets of Dakar after the election results.",
    "The decree gave the Peruvian army powers to patrol the streets of Lima.",
    "Kosovo agreed to let NATO peacekeepers patrol the northern municipalities.",
])
def test_monitors_police_or_allowed_patrols_are_no_mobilisation(text):
    assert "MOBILIZE" not in types(code(text))


# ------------------------------------------------------------ a negated intention negates its gerund


@pytest.mark.parametrize("text", [
    "China has no intention of violating any country's airspace, its foreign ministry said.",
    "Russia has no intention of attacking Moldova, the Kremlin said on Tuesday.",
    "Ethiopia has no intention of invading Eritrea, Prime Minister Abiy Ahmed said.",
])
def test_no_intention_of_acting_states_no_act(text):
    events = code(text)
    assert not positive(events), [(e.event_type, e.polarity, e.modality) for e in events]


# ------------------------------------------------------------ things surrendered and schemes quit


@pytest.mark.parametrize("text", [
    "The judge ordered the former Bolivian minister to surrender his passport.",
    "A court in Lagos told the senator to surrender his travel documents.",
])
def test_a_passport_surrendered_is_no_concession(text):
    events = code(text)
    assert not {"CONCEDE", "RETREAT"} & types(events), [(e.event_type, e.cameo) for e in events]


def test_fighters_who_surrender_still_retreat():
    assert "RETREAT" in types(code("Over 300 M23 fighters surrendered to the Congolese army on Tuesday."))


@pytest.mark.parametrize("text, pair", [
    ("Panama will quit China's belt and road scheme, President Mulino said.", ("PAN", "CHN")),
    ("Niger said it would quit France's regional security scheme.", ("NER", "FRA")),
])
def test_quitting_another_state_s_scheme_is_a_withdrawal(text, pair):
    events = positive(code(text), "SANCTION")
    assert events and (events[0].source.country, events[0].target.country if events[0].target else None) == pair
    assert "COERCE" not in types(code(text))


@pytest.mark.parametrize("text", [
    "Azerbaijan moved its soldiers back to their barracks on Friday.",
    "About 900 US troops are stationed in Syria.",
    "Police officers were deployed around the stadium ahead of the Cairo derby.",
    "Soldiers were sent to help with flood relief in Assam.",
])
def test_forces_going_home_stationed_or_on_routine_duty_are_no_mobilisation(text):
    assert "MOBILIZE" not in types(code(text))


# ------------------------------------------------------------ a visit cut short, sport


def test_a_visit_cut_short_is_no_break_with_the_host():
    events = code("President Volodymyr Zelenskiy cut short a visit to South Africa after a missile strike on Kyiv.")
    assert "SANCTION" not in types(events)
    assert "CONSULT" in types(events)


def test_talks_cut_short_are_halted():
    event = positive(code("The Israeli delegation cut short the talks with Hamas in Doha on Tuesday."), "SANCTION")
    assert event and event[0].cameo == "164"


@pytest.mark.parametrize("text", [
    "Portugal coach Fernando Santos criticised the Uruguayan referee after the match.",
    "Morocco's King Mohammed VI congratulated the players after their win over Spain.",
    "Argentina's president praised the footballers for their World Cup victory.",
])
def test_players_and_referees_praised_or_blamed_are_sport(text):
    events = code(text)
    assert not {"ACCUSE", "SUPPORT"} & types(events), [(e.event_type, e.cameo) for e in events]


@pytest.mark.parametrize("text, event_type", [
    ("Ghana's president criticised Nigeria for closing the border.", "ACCUSE"),
    ("The Kenyan president congratulated Tanzania's new leader on her election.", "SUPPORT"),
])
def test_leaders_praised_or_blamed_stay_events(text, event_type):
    assert event_type in types(code(text))


# ------------------------------------------------------------ a danger forecast as aid is cut is no threat


@pytest.mark.parametrize("text", [
    "The WHO warned of a cholera surge in Yemen as funding cuts hit clinics.",
    "UNICEF warned of famine in northern Nigeria after aid was cut.",
    "Aid agencies warned that measles cases in Chad could double as funding dries up.",
])
def test_a_danger_forecast_as_funding_is_cut_is_no_threat(text):
    events = code(text)
    assert "THREATEN" not in types(events), [(e.event_type, e.cameo) for e in events]


def test_donors_threatening_to_cut_aid_still_threaten():
    events = positive(code("The United States threatened to cut military aid to Egypt on Monday."), "THREATEN")
    assert events and events[0].cameo == "1311"
