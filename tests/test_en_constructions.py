"""English constructions, as mechanisms: hyphenated adjectives naming the parties,
nominal events with their parties, light verbs carrying a noun of disapproval,
demands addressed through a "that" clause, the content of threats, demands,
accusations and protests (never an event of its own), and intentions. Sentences
written for these tests, about many regions; ordinary-sense and negated sentences
must code nothing."""

from __future__ import annotations

import pytest

import chronicle
from chronicle.model import Event
from event_checks import coder


_code = coder("en", "2024-05-20")


def _pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == event_type and e.polarity == "positive"}


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Franco-German talks on defence spending opened in Berlin on Monday.", {"FRA", "DEU"}),
        ("Indo-Pakistani talks on water sharing resumed in Islamabad.", {"IND", "PAK"}),
        ("Inter-Korean talks resumed at Panmunjom on Monday.", {"KOR", "PRK"}),
        ("Sino-Russian talks on Central Asia opened in Astana on Tuesday.", {"CHN", "RUS"}),
        ("Talks between Serbian and Albanian negotiators in Brussels broke down on Thursday.", {"SRB", "ALB"}),
    ],
)
def test_a_hyphenated_adjective_or_a_list_of_nationalities_names_both_parties(text, parties):
    """The parties of "Franco-German talks" are France and Germany, not the venue."""
    events = _code(text)
    assert any({s, t} == parties for s, t in _pairs(events, "CONSULT")), _listing(events)


def test_a_hyphenated_word_that_names_no_two_countries_is_no_party():
    """"Indo-Pacific" joins a combining form to an ocean: no dyad, no event."""
    assert not _pairs(_code("Indo-Pacific security talks opened in Manila on Monday."), "CONSULT") - {("PHL", None)}


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        # an event noun takes its parties from its verb and its phrase
        ("Japan expressed regret over South Korea's court ruling on wartime labour.", "ACCUSE", "JPN", "KOR"),
        ("Nigeria voiced displeasure at Niger's decision to leave the regional bloc.", "ACCUSE", "NGA", "NER"),
        ("Deliveries of tanks to Ukraine by Poland began on Monday.", "AID", "POL", "UKR"),
        ("The severing of ties with Taiwan by Honduras surprised Washington.", "SANCTION", "HND", "TWN"),
        ("Vietnam lodged a protest with China over the seizure of a fishing boat.", "ACCUSE", "VNM", "CHN"),
        ("A formal protest was lodged by Thailand with Cambodia on Monday.", "ACCUSE", "THA", "KHM"),
        # a demand that someone act is addressed to the subject of its "that" clause
        ("The Houthis demanded on Monday that Saudi Arabia halt its air strikes on Sanaa.", "REQUEST", "YEM", "SAU"),
        ("Palestinian leaders demanded that the United States stop arming Israel.", "REQUEST", "PSE", "USA"),
        # the party of a threat, offer or refusal is found in its complement
        ("Beijing threatened on Tuesday to slap tariffs on French brandy.", "THREATEN", "CHN", "FRA"),
        ("Iran vowed to retaliate against Israel for the strike on its consulate.", "THREATEN", "IRN", "ISR"),
        ("Japan has offered to help the Philippines upgrade its navy.", "AGREE", "JPN", "PHL"),
        ("The United Arab Emirates has promised to help Somalia rebuild its ports.", "AGREE", "ARE", "SOM"),
        ("Russia refused to lift its ban on imports of Moldovan wine.", "REJECT", "RUS", "MDA"),
    ],
)
def test_the_parties_of_an_event_noun_a_demand_or_a_complement(text, event_type, source, target):
    events = _code(text)
    assert (source, target) in _pairs(events, event_type), _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Japan expressed regret for its wartime conduct in Indonesia.",  # an apology, not a disapproval
        "Brazil voiced concern about rising food prices.",  # a pessimistic comment (PETRARCH2 012)
    ],
)
def test_regret_for_oneself_and_plain_concern_accuse_no_one(text):
    events = _code(text)
    assert not _pairs(events, "ACCUSE"), _listing(events)


def test_a_passive_light_verb_s_agent_makes_the_threat():
    """"Threats of retaliation against Ukraine were issued by Moscow": Moscow threatens;
    Ukraine, inside the "of" phrase's own "against" phrase, is not the one threatening."""
    events = _code("Threats of retaliation against Ukraine were issued by Moscow on Sunday.")
    assert {s for s, _ in _pairs(events, "THREATEN")} == {"RUS"}, _listing(events)


def test_one_s_own_forces_are_not_the_party_of_a_refusal():
    """"refused to withdraw its troops": the troops are Russia's own, not its target."""
    events = _code("Russia refused to withdraw its troops from Ukraine.")
    assert ("RUS", "RUS") not in _pairs(events, "REJECT"), _listing(events)


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        ("Authorities in Zambia threatened to impose a curfew in Lusaka if protests continued.", "THREATEN", "PROTEST"),
        ("South Africa accused Israel of committing genocide in Gaza.", "ACCUSE", "ASSAULT"),
        ("Kenya threatened to suspend its mediation in Sudan if the fighting continued.", "THREATEN", "ASSAULT"),
        ("Amnesty International called on Egypt to lift the travel bans on rights defenders.", "REQUEST", "CONCEDE"),
        ("Niger turned down a German offer to train its special forces.", "REJECT", "AGREE"),
    ],
)
def test_the_condition_of_a_threat_and_the_content_of_an_accusation_are_no_events(text, holder, content):
    events = _code(text)
    types = {e.event_type for e in events if e.polarity == "positive"}
    assert holder in types and content not in types, _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Opposition activists in Senegal began a hunger strike on Monday to demand President Macky Sall's resignation.", "SEN", "SEN"),
        ("Demonstrators marched in Lima on Saturday demanding the resignation of President Dina Boluarte.", "PER", "PER"),
        ("Thousands of Kenyans rallied in Nairobi calling on President William Ruto to resign.", "KEN", "KEN"),
    ],
)
def test_a_protest_s_demand_is_its_aim_not_a_second_event(text, source, target):
    events = _code(text)
    assert (source, target) in _pairs(events, "PROTEST"), _listing(events)
    assert not _pairs(events, "REQUEST"), _listing(events)


def test_a_traveller_is_from_neither_country_of_his_counterparts():
    """A deputy minister who "left for Brussels for talks with her German counterpart"
    travels from Kenya, the article's other country, not from Germany, its most named."""
    text = (
        "Germany and German firms are Kenya's largest investors, according to Kenya's trade ministry. "
        "Deputy Foreign Minister Amina Odhiambo left for Brussels on Monday for talks with her German counterpart. "
        "Germany hopes to expand German trade, German officials said."
    )
    events = chronicle.code(text, published="2024-05-20", lang="en")
    visits = [e for e in events if e.event_type == "CONSULT" and e.mode == "visit"]
    assert visits and all(e.source.country == "KEN" for e in visits), _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "The company sent a letter to its shareholders on Friday.",
        "Serbia did not sign the declaration.",
        "Fans expressed regret over the club's relegation.",
        "The Sino-Indian border runs through the Himalayas.",
    ],
)
def test_ordinary_and_negated_sentences_code_no_event(text):
    events = _code(text)
    assert not [e for e in events if e.polarity == "positive"], _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "polarity", "modality"),
    [
        ("Colombia could resume talks with Venezuela next month.", "AGREE", "COL", "VEN", "positive", "hypothetical"),
        ("The Kenyan foreign minister is likely to visit Uganda next week.", "AGREE", "KEN", "UGA", "positive", "hypothetical"),
        ("Turkey denied that its forces had shelled Kurdish villages in Syria.", "ASSAULT", "TUR", "SYR", "negative", "actual"),
        ("Kenya said its troops had attacked al-Shabaab positions in Somalia.", "ASSAULT", "KEN", "SOM", "positive", "actual"),
        ("Mali failed to reach an agreement with Algeria.", "AGREE", "MLI", "DZA", "negative", "actual"),
        ("Pakistan refused to meet the Afghan envoy.", "REJECT", "PAK", "AFG", "positive", "actual"),
    ],
)
def test_modality_negation_and_reported_speech(text, event_type, source, target, polarity, modality):
    """A meeting that may happen is an AGREE (GUIDELINES); a denied act did not happen;
    "its troops" in a reported clause are the reporter's."""
    events = _code(text)
    found = {(e.event_type, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events}
    assert (event_type, source, target, polarity, modality) in found, _listing(events)


def test_a_conditional_attack_is_no_threat_by_the_attacker():
    """"If Russia attacks Moldova, Romania would respond": no Russian threat is stated."""
    events = _code("If Russia attacks Moldova, Romania would respond.")
    assert not _pairs(events, "THREATEN"), _listing(events)


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Separatists staged an attack on a police post in Anglophone Cameroon.", "staged", "stage"),
        ("Militiamen raped dozens of women in Ituri, the UN said.", "raped", "rape"),
        ("The junta has waged war on the Arakan Army since 2023.", "waged", "wage"),
        ("Ecuador hoped to sign the deal with Peru by June.", "hoped", "hope"),
        ("Bolivia and Chile relaunched talks on sea access.", "relaunched", "relaunch"),
        ("Police cordoned off the presidential palace in Antananarivo.", "cordoned", "cordon"),
    ],
)
def test_verb_forms_the_model_over_reduces_get_their_own_lemma(text, form, lemma):
    """en_core_web_sm reads "staged" as "stag", "raped" as "rap", "relaunched" as
    "relaunche": the pack's form lemmas give the verb back to every lookup."""
    from chronicle.annotate import load_pipeline

    doc = load_pipeline("en")(text)
    assert {t.lemma_ for t in doc if t.lower_ == form} == {lemma}


def test_a_hoped_meeting_is_a_plan():
    """"hoped to meet" (read as "hop" before the repair) is an intention: an AGREE, intended."""
    events = _code("Kenya hoped to meet Ethiopian officials in Addis Ababa next week.")
    assert ("AGREE", "KEN", "ETH", "positive", "intended") in _listing(events), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        # a passive with no agent: the doer is unknown, the victims are the target
        ("Three soldiers were killed in an ambush near Mopti on Sunday.", "ASSAULT", None, "MLI"),
        ("Hundreds of Palestinians were arrested in the West Bank last month.", "COERCE", None, "PSE"),
        # a weapon as the subject of the clause hides the attacker
        ("A grenade exploded at a bus station in Bujumbura, killing nine people.", "ASSAULT", None, "BDI"),
        ("Three Kenyan police officers were killed by a sniper in Mandera.", "ASSAULT", None, "KEN"),
        # those who died in an attack suffered it
        ("Eleven civilians died in an attack on a mosque in Niger.", "ASSAULT", None, "NER"),
        # a headline's participle qualifies its victims
        ("Two soldiers killed in attack in northern Mali.", "ASSAULT", None, "MLI"),
        # the country people are removed from removes them
        ("Two Russian diplomats were expelled from Latvia on Tuesday.", "SANCTION", "LVA", "RUS"),
        ("Hundreds of Afghan migrants were deported from Pakistan on Friday.", "COERCE", "PAK", "AFG"),
        # coordinated passives share their agent
        ("Detained protesters were beaten and tortured by Iranian security forces.", "ASSAULT", "IRN", "IRN"),
    ],
)
def test_an_act_stated_of_its_victims_is_coded_with_its_doer_unknown(text, event_type, source, target):
    events = _code(text)
    assert (source, target) in _pairs(events, event_type), _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "The senate killed the bill on Tuesday.",  # no actor acted on
        "Floods killed thirty people in Kerala on Monday.",  # no doer behind a weapon
        "Time was killed waiting for the delegation in Dakar.",
        "A gas explosion at a fertiliser plant in Gujarat killed nine workers.",  # an accident, no attack
        "Iranian security forces tortured arrested protesters in detention.",  # the parse's participle is an active verb
    ],
)
def test_no_unknown_doer_without_victims_or_a_weapon(text):
    events = _code(text)
    assert not [e for e in events if e.source.country is None and e.source.name is None and e.polarity == "positive"], _listing(events)


def test_the_doer_left_unsaid_is_the_one_the_article_said_did_it_before():
    """"Police arrested two journalists ... Three more were arrested": the same police."""
    events = _code("Zimbabwean police arrested two journalists in Harare on Monday. Three more opposition activists were arrested on Tuesday.")
    arrests = [e for e in events if e.event_type == "COERCE"]
    assert len(arrests) == 2 and {e.source.country for e in arrests} == {"ZWE"}, _listing(events)


def test_an_act_denied_to_have_happened_is_negative_even_without_a_doer():
    events = _code("Five Iraqi soldiers were not killed in the attack, the army said.")
    assert [(e.polarity) for e in events if e.event_type == "ASSAULT"] == ["negative"], _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The African Union urged that Sudan release the detained ministers.", "IGO", "SDN"),
        ("The EU urged that Georgia release the jailed opposition leader.", "EUR", "GEO"),
        ("Brazil demanded that Paraguay should free the arrested farmers.", "BRA", "PRY"),
    ],
)
def test_the_subject_of_a_mandative_clause_is_the_one_asked(text, source, target):
    """"urged that Sudan release the ministers": Sudan is asked, not the ministers."""
    events = _code(text)
    assert (source, target) in _pairs(events, "REQUEST"), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Venezuela ruled out talks with Guyana over the Essequibo.", "CONSULT"),
        ("Israel ruled out a ceasefire with Hamas.", "AID"),  # PETRARCH2's RULE (oversee) is no "rule out"
    ],
)
def test_what_is_ruled_out_is_not_coded_as_done(text, event_type):
    events = _code(text)
    assert not [e for e in events if e.event_type == event_type and e.polarity == "positive"], _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "parties"),
    [
        ("Heavy fighting was reported between Ethiopian troops and Eritrean forces near Badme.", "ASSAULT", {"ETH", "ERI"}),
        ("A deal on lithium was struck between Argentina and Chile on Wednesday.", "AGREE", {"ARG", "CHL"}),
        ("Talks resumed between Armenia and Azerbaijan in Almaty.", "CONSULT", {"ARM", "AZE"}),
    ],
)
def test_the_parties_of_an_event_noun_may_hang_on_its_verb(text, event_type, parties):
    """"fighting was reported between X and Y": the "between" phrase names the parties
    of the noun, though the parse hangs it on the verb."""
    events = _code(text)
    assert any({s, t} == parties for s, t in _pairs(events, event_type)), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Accusations of vote rigging were levelled against Zimbabwe by the United States.", "ACCUSE", "USA", "ZWE"),
        ("An inquiry into the killing of Mexican migrants was opened by the United States on Wednesday.", "ACCUSE", "USA", "MEX"),
    ],
)
def test_the_agent_of_a_passive_light_verb_does_the_noun_s_event(text, event_type, source, target):
    events = _code(text)
    assert (source, target) in _pairs(events, event_type), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Indonesia said it was prepared to work closely with Australia on maritime security.", "IDN", "AUS"),
        ("Ghana is willing to cooperate with Togo on border security, its foreign minister said.", "GHA", "TGO"),
    ],
)
def test_readiness_to_cooperate_is_an_intention(text, source, target):
    """"prepared to work with", "willing to cooperate": cooperation stated as an intention
    is an AGREE, intended (GUIDELINES), not cooperation done."""
    events = _code(text)
    assert ("AGREE", source, target, "positive", "intended") in _listing(events), _listing(events)
    assert not _pairs(events, "COOPERATE"), _listing(events)
