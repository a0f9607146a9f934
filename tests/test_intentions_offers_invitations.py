"""Intentions, offers, invitations and scheduled visits in both languages (helper
intent14): acts written only as promised, offered or readied ("offered to fund",
"stands ready to help", "ready to work with"), pledges by a ditransitive "offer" or
"commit", a visitor "expected" or "due" somewhere, an invited guest who visits, a
"would" reported in a conjunct of what was said, and aid promised with no recipient
named in a story about one country. Each is AGREE with modality `intended`
(GUIDELINES: a planned visit, support, cooperation or aid is AGREE intended); a
negated offer is not a positive event, and a question or a supposition codes none.
Sentences written for these tests, about many regions, coded through the real
pipeline."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

code_en = coder("en", "2025-03-10")
code_fr = coder("fr", "2025-03-10")


def _agreements(events: list[Event]) -> set[tuple[str | None, str | None]]:
    """(source, target) countries of the positive intended AGREE events."""
    return {(e.source.country, e.target.country if e.target else None)
            for e in events if e.event_type == "AGREE" and e.polarity == "positive" and e.modality == "intended"}


def _listing(events: list[Event]) -> list[tuple[str, str | None, str | None, str | None, str, str]]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


# ---------------------------------------------------------------- offers and pledges (English)

@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Japan has offered to fund a new bridge over the Mekong in Laos.", ("JPN", "LAO")),
        ("The Emirates pledged to finance a new port in Somalia.", ("ARE", "SOM")),
        ("Kazakhstan stands ready to help Kyrgyzstan, the foreign ministry said.", ("KAZ", "KGZ")),
        ("The Chinese foreign ministry said Beijing was ready to work with Brazil.", ("CHN", "BRA")),
        ("Norway offered Chile two coast guard vessels.", ("NOR", "CHL")),
        ("Sweden committed a further 40 million euros to Moldova.", ("SWE", "MDA")),
    ],
)
def test_an_act_offered_promised_or_readied_is_an_intended_agreement(text: str, dyad: tuple[str, str]) -> None:
    events = code_en(text)
    found = {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "AGREE" and e.polarity == "positive"}
    assert dyad in found, _listing(events)


def test_help_readied_over_an_infinitive_is_intended_aid() -> None:
    events = code_en("Qatar said it stood ready to help rebuild schools in Yemen.")
    assert ("QAT", "YEM") in _agreements(events), _listing(events)


def test_work_already_done_with_a_partner_is_no_intention() -> None:
    events = code_en("Mali has worked with Russia on security for years.")
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)


def test_a_negated_offer_to_fund_is_no_positive_event() -> None:
    events = code_en("Japan did not offer to fund the bridge in Laos.")
    assert not [e for e in events if e.polarity == "positive" and e.event_type in ("AGREE", "AID")], _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Would Spain offer to fund the port in Morocco?",
        "If Peru offered to fund the road, Bolivia would accept it.",
    ],
)
def test_an_offer_asked_about_or_supposed_codes_nothing(text: str) -> None:
    events = code_en(text)
    assert not [e for e in events if e.event_type in ("AGREE", "AID") and e.polarity == "positive"], _listing(events)


def test_a_would_in_a_conjunct_of_reported_speech_is_a_plan() -> None:
    events = code_en("Russia said it did not recognise the new sanctions and would continue its nuclear cooperation with Iran.")
    assert ("RUS", "IRN") in _agreements(events), _listing(events)


# ---------------------------------------------------------------- scheduled visits and invitations (English)

@pytest.mark.parametrize(
    "text, dyad",
    [
        ("The Turkish president was expected in Baghdad on Monday.", ("TUR", "IRQ")),
        ("A Sudanese army delegation is expected in Jeddah later this week.", ("SDN", "SAU")),
        ("The US envoy is due in Kinshasa on Friday.", ("USA", "COD")),
    ],
)
def test_a_visitor_expected_or_due_somewhere_intends_a_visit(text: str, dyad: tuple[str, str]) -> None:
    events = code_en(text)
    assert dyad in _agreements(events), _listing(events)
    assert not [e for e in events if e.event_type == "CONSULT"], _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain is expected in Dhaka on Monday.",
        "The verdict is expected in The Hague next week.",
        "The first instalment of the loan is due in March.",
    ],
)
def test_weather_verdicts_and_payments_expected_are_no_visit(text: str) -> None:
    events = code_en(text)
    assert not [e for e in events if e.event_type in ("AGREE", "CONSULT")], _listing(events)


def test_the_guest_invited_to_visit_is_the_visitor() -> None:
    events = code_en("Saudi Arabia invited the Kuwaiti emir to visit Riyadh.")
    found = {frozenset(d) for d in _agreements(events)}
    assert frozenset({"KWT", "SAU"}) in found, _listing(events)


# ---------------------------------------------------------------- aid promised with no recipient named

def test_aid_offered_with_no_recipient_named_goes_to_the_country_the_story_is_about() -> None:
    text = ("Vanuatu's parliament approved the new budget on Tuesday. Vanuatu's prime minister said the country "
            "needed help after the cyclone. Vanuatu will rebuild its roads. China has offered to fund new police barracks.")
    events = code_en(text)
    assert ("CHN", "VUT") in _agreements(events), _listing(events)


# ---------------------------------------------------------------- French counterparts

@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Le Ghana s'est dit prêt à accueillir des pourparlers entre le Mali et le Burkina Faso.", ("GHA", "MLI")),
        ("Le Japon a proposé de financer un nouveau pont au Laos.", ("JPN", "LAO")),
        ("Le président turc devrait se rendre à Bagdad lundi.", ("TUR", "IRQ")),
        ("Le Premier ministre indien est attendu à Katmandou la semaine prochaine.", ("IND", "NPL")),
        ("La Chine entend aider le Brésil à moderniser ses ports.", ("CHN", "BRA")),
        ("Le ministre chilien des Affaires étrangères se rendra au Pérou mardi.", ("CHL", "PER")),
    ],
)
def test_french_intentions_offers_and_scheduled_visits(text: str, dyad: tuple[str, str]) -> None:
    events = code_fr(text)
    found = {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "AGREE" and e.polarity == "positive"}
    assert dyad in found, _listing(events)


def test_french_invitation_and_its_acceptance_are_intended_meetings() -> None:
    invited = code_fr("L'Arabie saoudite a invité l'émir du Koweït à se rendre à Riyad.")
    accepted = code_fr("Le Premier ministre thaïlandais a accepté l'invitation du Cambodge.")
    assert {frozenset(("SAU", "KWT"))} <= {frozenset((e.source.country, e.target.country)) for e in invited if e.event_type == "AGREE" and e.target}, _listing(invited)
    assert {frozenset(("THA", "KHM"))} <= {frozenset((e.source.country, e.target.country)) for e in accepted if e.event_type == "AGREE" and e.target}, _listing(accepted)


def test_french_promised_weapons_with_no_recipient_go_to_the_country_the_story_is_about() -> None:
    text = ("L'Ukraine a subi dans la nuit une attaque massive de drones. Kiev a demandé davantage de défense aérienne. "
            "L'Ukraine manque de munitions. Le chancelier allemand a promis deux nouvelles batteries Patriot.")
    events = code_fr(text)
    assert ("DEU", "UKR") in {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "AGREE"}, _listing(events)


def test_french_aid_noun_with_no_recipient_goes_to_the_country_the_story_is_about() -> None:
    # the noun frame nominal_provide falls back as the verb frame provide does (helper misses24)
    events = code_fr("Des pluies torrentielles ont ravagé le nord du Malawi. La Norvège a annoncé une aide de 4 millions de dollars.")
    assert ("AGREE", "NOR", "MWI") in {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


def test_french_negated_offer_is_no_positive_event() -> None:
    events = code_fr("Le Maroc n'a pas proposé d'accueillir des pourparlers entre l'Algérie et la Tunisie.")
    assert not [e for e in events if e.event_type == "AGREE" and e.polarity == "positive" and e.source.country == "MAR"], _listing(events)


def test_french_question_about_an_offer_codes_nothing() -> None:
    events = code_fr("Le Japon va-t-il proposer de financer le pont au Laos ?")
    assert not [e for e in events if e.event_type in ("AGREE", "AID") and e.polarity == "positive" and e.modality != "hypothetical"], _listing(events)


def test_leaders_invited_to_discuss_are_each_an_intended_meeting_with_the_host() -> None:
    events = code_en("Lula said he would invite the leaders of India and China to discuss a joint response.")
    assert {("BRA", "IND"), ("BRA", "CHN")} <= _agreements(events), _listing(events)


def test_investors_invited_to_join_are_no_meeting() -> None:
    events = code_en("The ministry invited investors to join the project.")
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Le président sénégalais a proposé à son homologue malien la création d'une commission mixte.", ("SEN", "MLI")),
        ("Le Togo a proposé au Bénin la mise en place d'un mécanisme conjoint de surveillance.", ("TGO", "BEN")),
    ],
)
def test_french_joint_body_proposed_to_a_partner_is_an_offer_to_cooperate(text: str, dyad: tuple[str, str]) -> None:
    events = code_fr(text)
    assert dyad in {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "AGREE"}, _listing(events)


def test_french_body_proposed_to_be_dissolved_is_no_offer() -> None:
    events = code_fr("Le Tchad a proposé la dissolution de la commission mixte.")
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)


@pytest.mark.parametrize(
    "text, lang, dyad",
    [
        ("Iran said it was open to talks with the United States.", "en", ("IRN", "USA")),
        ("Téhéran s'est dit ouvert à des négociations avec Washington.", "fr", ("IRN", "USA")),
        ("Séoul reste ouvert au dialogue avec Pyongyang.", "fr", ("KOR", "PRK")),
    ],
)
def test_talks_one_is_open_to_are_an_intended_meeting_not_a_meeting(text: str, lang: str, dyad: tuple[str, str]) -> None:
    events = code_en(text) if lang == "en" else code_fr(text)
    assert dyad in _agreements(events), _listing(events)
    assert not [e for e in events if e.event_type == "CONSULT"], _listing(events)


def test_talks_opened_are_held() -> None:
    events = code_en("Iran and Oman opened talks in Muscat on Sunday.")
    assert [e for e in events if e.event_type == "CONSULT"], _listing(events)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("UNICEF launched an urgent appeal to donors to fund food aid for children in Haiti.", "en"),
        ("L'Unicef a lancé un appel urgent aux donateurs pour financer l'aide alimentaire aux enfants d'Haïti.", "fr"),
    ],
)
def test_funding_appealed_for_is_no_offer_to_fund(text: str, lang: str) -> None:
    events = code_en(text) if lang == "en" else code_fr(text)
    assert not [e for e in events if e.event_type in ("AGREE", "AID")], _listing(events)
