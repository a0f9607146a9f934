"""English REQUEST constructions whose addressee or code the coder got wrong on
unseen news: the subject of a demanded "that" clause the tagger misreads, a
pronoun addressee standing for the other party, whose help is asked ("asked for
Beijing's support"), who holds the persons whose release is asked, the speaker of
a demand coordinated with a reported state, the code of the act asked for, and
demands that are no event (a document's content, a protest's aim, a draft that
"would have called"). Sentences written for these tests, about many regions."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder


_code = coder("en", "2025-03-10")


def _requests(events: list[Event]) -> list[tuple]:
    return [(e.source.country, e.target.country if e.target else None, e.cameo) for e in events if e.event_type == "REQUEST" and e.polarity == "positive"]


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hanoi demanded that Beijing respect Vietnam's sovereignty.", "VNM", "CHN"),
        ("Manila demanded that China respect the arbitral ruling.", "PHL", "CHN"),
        ("Ankara demanded that Damascus withdraw its forces from the border.", "TUR", "SYR"),
        ("The bombing killed nine soldiers, prompting Islamabad to demand that Tehran bring the perpetrators to justice.", "PAK", "IRN"),
    ],
)
def test_the_subject_of_a_demanded_that_clause_is_the_addressee(text, source, target):
    """"demanded that Beijing respect ...": the small model tags the bare verb as a noun
    and its subject as that noun's modifier; the clause's subject is still who is asked."""
    events = _code(text)
    assert (source, target) in [r[:2] for r in _requests(events)], _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A Chinese survey ship entered Japan's waters on Monday. Tokyo lodged a protest with China and demanded that it stop immediately.", "JPN", "CHN"),
        ("Ethiopian troops crossed into Somaliland on Monday. Mogadishu condemned the incursion and demanded that it withdraw its forces.", "SOM", "ETH"),
    ],
)
def test_a_pronoun_addressee_is_never_the_one_who_demands(text, source, target):
    """"Tokyo ... demanded that it stop": Tokyo makes no demand of itself; "it" is the
    other party just named."""
    events = _code(text)
    assert (source, target) in [r[:2] for r in _requests(events)], _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ruto asked for Washington's help in the fight against al-Shabaab.", "KEN", "USA"),
        ("Tshisekedi sought Angola's support for the Luanda process.", "COD", "AGO"),
    ],
)
def test_whose_help_is_asked_for_is_the_one_asked(text, source, target):
    """"asked for Beijing's support": the possessor of the help sought is its giver."""
    events = _code(text)
    assert (source, target) in [r[:2] for r in _requests(events)], _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Guterres called for the immediate release of all UN personnel held by the Houthis.", "UNO", "YEM"),
        ("Human Rights Watch demanded the release of the journalists detained by the Taliban.", "NGO", "AFG"),
    ],
)
def test_a_release_is_asked_of_whoever_holds_the_persons(text, source, target):
    """"called for the release of all UN personnel held by the Houthis" is made to the
    Houthis (CAMEO 1053), whom the holding participle's agent names."""
    events = _code(text)
    requests = _requests(events)
    assert (source, target, "1053") in requests, _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Belarusian police arrested the opposition activist Maria Kalesnikava in Minsk on Monday. Germany demanded her immediate release.", "DEU", "BLR"),
        ("Iranian security forces detained a French teacher in Tehran. Paris demanded his release on Friday.", "FRA", "IRN"),
    ],
)
def test_a_release_asked_with_no_holder_named_is_asked_of_the_arrester(text, source, target):
    """"Germany demanded her immediate release": asked of whoever the article said
    arrested her."""
    events = _code(text)
    assert (source, target) in [r[:2] for r in _requests(events)], _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said pressure on Moscow was working and urged Washington not to ease it.",
        "Zelensky said the talks showed that pressure on Moscow was working and urged Washington to keep it.",
    ],
)
def test_a_demand_coordinated_with_a_reported_state_is_the_reporters(text):
    """"Zelensky said pressure on Moscow was working and urged Washington ...": the parse
    hangs "urged" on "working" (directly under "said", or under a reported clause
    between); Zelensky urges, not Moscow."""
    events = _code(text)
    assert _requests(events) and all(r[:2] == ("UKR", "USA") for r in _requests(events)), _listing(events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Borrell urged Lukashenko to free all political prisoners.", "1053"),
        ("Abdullah Ocalan called on the PKK to lay down its arms.", "1056"),
        ("Ramaphosa urged Kigali to withdraw its troops from eastern Congo.", "1056"),
        ("The Arab League called on Israel and Hezbollah to cease hostilities.", "1056"),
        ("Faisal bin Farhan urged Washington to lift sanctions on Syria.", "1054"),
        ("Human Rights Watch urged the Kyrgyz authorities to drop the charges against the journalists.", "1053"),
        ("Ahmed al-Sharaa asked Saudi Arabia to invest in Syria's reconstruction.", "1031"),
        ("The African Union called on Ethiopia and Eritrea to return to talks.", "106"),
        ("Amnesty International urged the Taliban to reverse the ban on women studying medicine.", "1051"),
    ],
)
def test_a_demand_takes_the_code_of_the_act_it_asks_for(text, cameo):
    """CAMEO 1053 release, 1056 de-escalation, 1054 sanctions eased, 1051 a ban lifted,
    1031 investment, 106 talks: the narrower code of a demand coded by its root."""
    events = _code(text)
    requests = _requests(events)
    assert requests and all(r[2] == cameo for r in requests), _listing(events)


def test_a_demand_of_no_named_act_keeps_its_root_code():
    """"urged the leaders to put the interests of their people first" asks no act of the
    table: the root code stays."""
    events = _code("Samia Suluhu Hassan urged Tshisekedi to put the interests of the Congolese people first.")
    requests = _requests(events)
    assert requests and all(r[2] == "10" for r in requests), _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Britain, France and Germany are pushing for a resolution censuring Iran.",
        "Washington called for a resolution condemning Russia at the General Assembly.",
    ],
)
def test_a_document_asked_for_is_not_asked_of_the_party_it_targets(text):
    """A resolution censuring Iran is asked of the body that adopts it; Iran is not asked."""
    events = _code(text)
    assert not any(r[1] in ("IRN", "RUS") for r in _requests(events)), _listing(events)


def test_a_demand_made_by_marching_is_the_protests_aim():
    """"marched ... to protest against the tax bill and call for Ruto's resignation":
    one PROTEST, whose aim the call states; no REQUEST of its own."""
    events = _code("Hundreds of protesters marched in Nairobi to protest against the tax bill and call for Ruto's resignation.")
    assert any(e.event_type == "PROTEST" for e in events), _listing(events)
    assert not _requests(events), _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "The United States vetoed a draft text in the Security Council that would have called on Israel to halt its offensive in Gaza.",
        "ECOWAS would have urged Bamako to free the soldiers if the junta had agreed to meet.",
    ],
)
def test_a_demand_that_would_have_been_made_is_no_demand(text):
    """A modal perfect ("would have called") states what did not happen: the demand is
    coded negative, never as made."""
    events = _code(text)
    assert any(e.event_type == "REQUEST" for e in events), _listing(events)
    assert not _requests(events), _listing(events)


def test_a_demand_made_in_a_relative_clause_stands():
    """The past without a modal perfect is a demand made: "a draft text that called on ..."."""
    events = _code("The United States vetoed a draft text in the Security Council that called on Israel to halt its offensive in Gaza.")
    assert ("UNO", "ISR", "1056") in _requests(events), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Trump said he was terminating all trade negotiations with Canada.", "SANCTION", "USA", "CAN"),
        ("Trump ordered tariffs and visa sanctions on Colombia.", "SANCTION", "USA", "COL"),
        ("Niger announced the termination of its defence pact with France.", "SANCTION", "NER", "FRA"),
    ],
)
def test_talks_terminated_and_sanctions_ordered_are_sanctions(text, event_type, source, target):
    """CAMEO 164 and 16x: talks terminated, sanctions or tariffs ordered, a pact's
    termination; "ordered ... on X" is no investigation (PETRARCH2's ADDRESS block)."""
    events = _code(text)
    assert any(e.event_type == event_type and e.source.country == source and e.target and e.target.country == target
               for e in events), _listing(events)
    assert not any(e.event_type in ("CONSULT", "ACCUSE") and e.polarity == "positive" for e in events), _listing(events)


def test_the_ordinary_senses_of_ordering_and_terminating_stay_uncoded():
    """An order to troops, a contract terminated: no sanction."""
    events = _code("The company terminated its contract with the supplier after the minister ordered an audit.")
    assert not any(e.event_type == "SANCTION" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hun Manet invited Japanese companies to invest in Cambodia's special economic zones.", "KHM", "JPN"),
        ("Ruto encouraged Qatar to invest in Kenya's ports.", "KEN", "QAT"),
    ],
)
def test_an_invitation_to_invest_is_an_appeal_for_investment(text, source, target):
    """CAMEO 1031: "invited Japanese companies to invest" asks for investment; it is no
    invitation to meet (AGREE 036)."""
    events = _code(text)
    assert (source, target, "1031") in _requests(events), _listing(events)
    assert not any(e.event_type == "AGREE" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Egypt on Tuesday called on Libya to protect migrants crossing its territory.", "EGY", "LBY"),
        ("The African Union on Friday called on Chad to reopen its border with Sudan.", "IGO", "TCD"),
        ("Brazil called on Wednesday on Venezuela to publish the full election results.", "BRA", "VEN"),
    ],
)
def test_a_day_between_the_verb_and_its_addressee_is_no_party(text, source, target):
    """Wire copy puts the day right after the subject or the verb ("on Tuesday called
    on Libya", "called on Wednesday on Venezuela"): the first "on" phrase names a day,
    the one after it the party asked."""
    events = _code(text)
    assert any(e.event_type == "REQUEST" and e.source.country == source and e.target and e.target.country == target
               for e in events), _listing(events)
