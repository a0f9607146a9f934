"""English wording families that the fifth codebook set (codebook-5.en, helper codebook24en)
found missing, each added as a family (its synonyms, nominalisation and light-verb forms) in
src/chronicle/packs/en/triggers/wordings-codebook24en.yaml: sentences written for these tests
about other countries than the set's and the untuned probe set's (tests/data/probes/
codebook24en-2.en.jsonl), each family with one or more members, and the counter-senses the
entries must leave uncoded (negation, requests, the literal or sporting sense)."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import lang_coder

_code = lang_coder("2025-05-12")
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}  # GUIDELINES: order-insensitive types


def _seen(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target and e.target.country, e.polarity) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "cameo", "source", "target"),
    [
        # 03: sums set aside or pencilled in for a party; a market thrown open (promised)
        ("Japan has pencilled in 40 million dollars of reconstruction support for Lebanon.", "AGREE", "0331", "JPN", "LBN"),
        ("Canada has set aside 25 million dollars of aid for Haiti's schools.", "AGREE", "0331", "CAN", "HTI"),
        ("Brazil will throw its ethanol market open to Indian investors.", "AGREE", "0311", "BRA", "IND"),
        # 04: the working meal, the state banquet for a guest, back to the table
        ("The prime ministers of Spain and Portugal had a working dinner in Lisbon on Friday.", "CONSULT", "040", "ESP", "PRT"),
        ("Egypt's president hosted a state dinner for the king of Jordan in Cairo.", "CONSULT", "043", "JOR", "EGY"),
        ("Ethiopian and Egyptian negotiators went back to the table in Addis Ababa over the dam.", "CONSULT", "046", "ETH", "EGY"),
        # 05: praise said of, a defence spoken up for, a mea culpa
        ("Kenya's president spoke highly of Tanzania's handling of the election.", "SUPPORT", "051", "KEN", "TZA"),
        ("Greece's prime minister sang the praises of Cyprus's new energy plan.", "SUPPORT", "051", "GRC", "CYP"),
        ("Pakistan spoke up for China at the UN Human Rights Council.", "SUPPORT", "052", "PAK", "CHN"),
        ("Italy's president issued a mea culpa to Libya for the colonial occupation.", "SUPPORT", "055", "ITA", "LBY"),
        # 06: a partnership forged, a tip-off passed
        ("Senegal and Mauritania forged a partnership to exploit their offshore gas field.", "COOPERATE", "061", "SEN", "MRT"),
        ("A tip-off from Turkish intelligence led Dutch police to a smuggling ring.", "COOPERATE", "064", "TUR", "NLD"),
        ("Algerian intelligence tipped off French police about a planned attack.", "COOPERATE", "064", "DZA", "FRA"),
        # 07: a bill footed, a tab picked up, a delivery taken from a supplier
        ("Saudi Arabia footed the bill for Sudan's wheat imports.", "AID", "071", "SAU", "SDN"),
        ("The UAE picked up the tab for Somalia's fuel imports.", "AID", "071", "ARE", "SOM"),
        ("Ghana's army took delivery of patrol boats from Germany on Tuesday.", "AID", "072", "DEU", "GHA"),
        # 08: captives let go, aid cleared to enter, fire held
        ("Three Indian sailors held in Iran were let go by the Revolutionary Guards.", "RETREAT", "0841", "IRN", "IND"),
        ("Aid convoys were cleared to enter Rakhine by Myanmar's junta on Monday.", "RETREAT", "0863", "MMR", None),
        # 09: examination verbs with what is examined
        ("European prosecutors are digging into allegations of fraud at Malta's health ministry.", "ACCUSE", "090", None, "MLT"),
        # 10: a sit-down asked for
        ("Armenia has asked for a sit-down with Baku over the border talks.", "REQUEST", "106", "ARM", "AZE"),
        # 14: a crowd packing a square against a law, a trade's tools downed, rioters looting
        ("Slovaks packed the main square of Bratislava to protest against the media law.", "PROTEST", "141", "SVK", None),
        ("Kenyan doctors downed stethoscopes over unpaid salaries.", "PROTEST", "143", "KEN", None),
        ("Rioters looted government offices in Port Moresby on Wednesday.", "PROTEST", "145", "PNG", None),
        # 15: forces gone on alert
        ("Taiwan's armed forces went on alert after Chinese warships circled the island.", "MOBILIZE", "152", "TWN", None),
        # 16: relations demoted, aid discontinued or terminated, marching orders
        ("Benin demoted relations with Niger to charge d'affaires level.", "SANCTION", "161", "BEN", "NER"),
        ("Norway terminated its development aid to Burundi on Thursday.", "SANCTION", "162", "NOR", "BDI"),
        ("Chad handed the French ambassador his marching orders on Monday.", "SANCTION", "166", "TCD", "FRA"),
        # 17: property forfeited to the state, a party declared illegal, migrants sent packing
        ("Land owned by exiled Eritrean dissidents was forfeited to the state by an Asmara court.", "COERCE", "1711", "ERI", None),
        ("Thailand's interior ministry declared the opposition movement illegal on Friday.", "COERCE", "1722", "THA", None),
        ("Libya has sent hundreds of Nigerian migrants packing.", "COERCE", "174", "LBY", "NGA"),
        # 18-20: beaten, fire swapped, villagers mown down, gas resorted to
        ("Ugandan police pummelled opposition supporters outside the court in Kampala.", "ASSAULT", "182", "UGA", "UGA"),
        ("Sudanese and South Sudanese soldiers swapped gunfire near Abyei on Monday.", "ASSAULT", "193", "SDN", "SSD"),
        ("Jihadists mowed down dozens of villagers in Niger's Tillaberi region.", "ASSAULT", "202", None, "NER"),
        ("Ethiopian troops resorted to sarin against rebels in Tigray.", "ASSAULT", "2041", "ETH", None),
    ],
)
def test_a_member_of_the_family_is_coded(text: str, event_type: str, cameo: str, source: str | None, target: str | None):
    events = _code(text, "en")
    sides = [(source, target)] + ([(target, source)] if event_type in SYMMETRIC else [])
    found = [e for e in events if e.event_type == event_type and (e.cameo or "").startswith(cameo) and e.polarity == "positive"
             and any((s is None or e.source.country == s) and (t is None or (e.target is not None and e.target.country == t)) for s, t in sides)]
    assert found, _seen(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the sporting, commercial or literal senses of the same words
        ("Brazil thrashed Argentina 4-1 in the World Cup qualifier in Rio.", "ASSAULT"),
        ("The Kenyan airline let go 300 employees after the merger.", "RETREAT"),
        ("Police cleared the highway near Lima to let traffic pass.", "RETREAT"),
        ("Nigerian shoppers packed the markets of Lagos before Christmas.", "PROTEST"),
        ("Fans thronged central Buenos Aires to celebrate the World Cup title.", "PROTEST"),
        ("Indian farmers mowed down the wheat before the monsoon.", "ASSAULT"),
        ("Historians are delving into the archives of colonial Kenya.", "ACCUSE"),
        ("The Ukrainian army shot down three Russian drones over Kyiv.", "ASSAULT"),  # 190, not mass killing (202)
        ("Police fired tear gas at protesters in Nairobi.", "ASSAULT"),  # crowd control: no chemical weapon (2041)
        ("Peru's government set aside 200 million dollars for police salaries.", "AGREE"),
        ("The Serbian club went to bat in the cricket final in Belgrade.", "SUPPORT"),
        ("Morocco's court declared the strike illegal on Monday.", "COERCE"),
        ("Asian central banks held fire on interest rates on Tuesday.", "RETREAT"),
        ("Peru's president was ready to go back to the table with the miners.", "CONSULT"),
    ],
)
def test_the_counter_sense_codes_nothing_of_the_type(text: str, event_type: str):
    events = _code(text, "en")
    wrong = [e for e in events if e.event_type == event_type and (event_type != "ASSAULT" or (e.cameo or "") in ("182", "202", "2041"))]
    assert not wrong, _seen(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a refusal or a request around the same wording is no act of it
        ("Chile refused to go back to the table with Bolivia.", "CONSULT"),
        ("The EU urged Serbia to hold its fire along the boundary.", "RETREAT"),
        ("Kosovo's government did not throw its market open to Serbian exporters.", "AGREE"),
    ],
)
def test_a_refused_or_requested_act_is_not_coded_as_done(text: str, event_type: str):
    events = _code(text, "en")
    assert not [e for e in events if e.event_type == event_type and e.polarity == "positive"], _seen(events)
