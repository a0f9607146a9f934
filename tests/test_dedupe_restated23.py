"""One event from a headline and the story that restates it, and a merge that keeps the most
specific actor (dedupe.py: ``_headline_restated``, ``_from_story``, ``_specificity``,
``_characterised_by_pronoun``), while two events of one type with different recipients stay
two. Articles written for these tests about many countries; fixed events where the merge
itself is the test."""

from __future__ import annotations

from chronicle.dedupe import TripWords, dedupe_article
from chronicle.model import ActorRecord, Event, LocationRecord
from event_checks import coder, countries, of_type

_code_en = coder("en", "2025-06-12")
_code_fr = coder("fr", "2025-06-12")


def _event(sentence_index: int, source: ActorRecord, target: ActorRecord | None, event_type: str = "PROTEST",
           trigger_start: int = 0, cameo: str = "141", modality: str = "actual") -> Event:
    return Event(event_id=f"e{sentence_index}-{trigger_start}", article_id="a", event_type=event_type, cameo=cameo,
                 source=source, target=target, trigger="marched", sentence=f"sentence {sentence_index}",
                 sentence_index=sentence_index, char_start=0, char_end=1, trigger_start=trigger_start,
                 language="en", confidence=0.5, modality=modality)


def _actor(country: str, sector: str | None, text: str, name: str | None = None) -> ActorRecord:
    return ActorRecord(text=text, name=name, country=country, sector=sector)


# --- the merge keeps the most specific actor -------------------------------------------

def test_a_merge_keeps_the_sector_typed_group_over_people_of_no_office() -> None:
    """'protesters' (CVL) told first and 'students' (EDU) after: one protest, by students."""
    government = _actor("KEN", "GOV", "government")
    kept = dedupe_article([_event(1, _actor("KEN", "CVL", "protesters"), government),
                           _event(2, _actor("KEN", "EDU", "students"), government)])
    assert len(kept) == 1 and kept[0].source.sector == "EDU" and kept[0].mentions == 2
    assert kept[0].sentence == "sentence 1"  # the first mention stays the evidence


def test_a_merge_keeps_the_first_actor_when_it_is_the_more_specific() -> None:
    government = _actor("PER", "GOV", "government")
    kept = dedupe_article([_event(1, _actor("PER", "EDU", "students"), government),
                           _event(2, _actor("PER", "CVL", "protesters"), government)])
    assert [e.source.sector for e in kept] == ["EDU"]


def test_a_named_actor_outranks_a_group_and_a_group_outranks_a_bare_country() -> None:
    """'Nigeria' (its name alone) < 'troops' (MIL) < 'Bola Tinubu' (named)."""
    events = [_event(1, _actor("NGA", "GOV", "Nigeria"), None, "MOBILIZE", cameo="154"),
              _event(2, _actor("NGA", "MIL", "troops"), None, "MOBILIZE", cameo="154")]
    assert dedupe_article(events)[0].source.text == "troops"
    events.append(_event(3, _actor("NGA", "GOV", "President", name="Bola Tinubu"), None, "MOBILIZE", cameo="154"))
    assert dedupe_article(events)[0].source.name == "Bola Tinubu"


def test_a_pronoun_stands_for_its_country_as_its_name_does() -> None:
    """'it' (read as Israel's government) then 'the Israeli army' (MIL): the army."""
    words = TripWords.from_words((), (), (), pronouns=("it", "them"))
    events = [_event(1, _actor("JOR", "GOV", "Jordan"), _actor("ISR", "GOV", "it"), "ACCUSE", cameo="111"),
              _event(2, _actor("JOR", "GOV", "Jordan"), _actor("ISR", "MIL", "army"), "ACCUSE", cameo="111")]
    assert dedupe_article(events, trip=words)[0].target.sector == "MIL"
    assert dedupe_article(events)[0].target.sector == "GOV"  # without the pack's pronouns 'it' is a group of the state


def test_another_reading_of_a_side_never_replaces_the_first() -> None:
    """'Bogota' (the state) is no church, 'protesters' (CVL) no government: the first stays."""
    venezuela = _actor("VEN", "GOV", "Caracas")
    kept = dedupe_article([_event(1, _actor("COL", "GOV", "Bogota"), venezuela, "REQUEST", cameo="10"),
                           _event(2, _actor("COL", "REL", "Catholic Church"), venezuela, "REQUEST", cameo="10")])
    assert [e.source.sector for e in kept] == ["GOV"]
    kept = dedupe_article([_event(1, _actor("BEL", "CVL", "protesters"), None),
                           _event(2, _actor("BEL", "GOV", "government"), None)])
    assert [e.source.sector for e in kept] == ["CVL"]


def test_an_actor_of_another_country_never_replaces_one() -> None:
    """The more specific actor is taken only on the same side and of the same country."""
    kept = dedupe_article([_event(1, _actor("SRB", "CVL", "protesters"), None),
                           _event(2, _actor("SRB", "CVL", "protesters"), _actor("SRB", "GOV", "government"))])
    assert len(kept) == 1 and kept[0].source.sector == "CVL"


def test_a_symmetric_act_told_the_other_way_round_aligns_its_sides() -> None:
    """'Morocco and Mauritania' then 'the Mauritanian minister ... with Rabat': the named
    Mauritanian minister stands for Mauritania's side, not Morocco's."""
    first = _event(1, _actor("MAR", "GOV", "Morocco"), _actor("MRT", "GOV", "Mauritania"), "AGREE", cameo="057")
    later = _event(2, _actor("MRT", "GOV", "minister", name="Mohamed Salem Ould Merzoug"), _actor("MAR", "GOV", "Rabat"), "AGREE", cameo="057")
    (kept,) = dedupe_article([first, later], headlines=frozenset())
    assert (kept.source.country, kept.target.country, kept.target.name) == ("MAR", "MRT", "Mohamed Salem Ould Merzoug")


# --- a headline restated by its story --------------------------------------------------

def test_a_headline_protest_the_story_tells_without_its_addressee_is_one_protest() -> None:
    events = _code_en("Chilean students rally against the government\n\n"
                      "SANTIAGO, June 10 (Reuters) - Thousands of students marched through central Santiago on Tuesday.")
    (protest,) = of_type(events, "PROTEST")
    assert protest.sentence_index == 1 and protest.target is not None and protest.target.country == "CHL"


def test_a_french_headline_protest_is_one_protest_with_the_story_as_evidence() -> None:
    events = _code_fr("Togo : les étudiants manifestent contre le gouvernement\n\n"
                      "LOMÉ, 10 juin (AFP) - Des milliers d'étudiants ont défilé mardi dans le centre de Lomé.")
    (protest,) = of_type(events, "PROTEST")
    assert protest.sentence_index >= 1 and protest.source.sector == "EDU"


def test_a_pledge_in_the_headline_and_the_story_is_one_promise() -> None:
    """'la Belgique promet', then 'fournira': one AGREE, intended as the story tells it."""
    events = _code_fr("La Norvège promet 30 millions d'euros d'aide au Soudan\n\n"
                      "OSLO, 11 juin (AFP) - La Norvège fournira 30 millions d'euros d'aide humanitaire au Soudan, "
                      "a annoncé mercredi le ministère des Affaires étrangères.")
    (pledge,) = of_type(events, "AGREE")
    assert pledge.sentence_index == 1 and pledge.modality == "intended"


def test_a_headline_pledge_and_an_invitation_in_the_story_stay_two() -> None:
    """A promise of aid (CAMEO 0331) and an invitation (036): two plans, one of them the headline's."""
    events = _code_en("Qatar pledges $20 million in aid to Lebanon\n\n"
                      "DOHA, June 10 (Reuters) - Qatar will provide $20 million in humanitarian aid to Lebanon, the foreign ministry said. "
                      "The emir also invited the Jordanian king to visit Doha.")
    plans = of_type(events, "AGREE")
    assert len(plans) == 2 and any("LBN" in countries(e) for e in plans) and any("JOR" in countries(e) for e in plans)


def test_a_headline_doer_read_as_its_recipients_own_country_yields_to_the_story() -> None:
    """'Navy arrests 20 Indian fishermen': the bare 'Navy' is no Indian navy when the story
    names the Sri Lankan one."""
    events = _code_en("Navy arrests 20 Indian fishermen\n\n"
                      "COLOMBO, June 10 (AFP) - The Sri Lankan navy arrested 20 Indian fishermen off Jaffna on Tuesday.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "COERCE")] == [("LKA", "IND")]


def test_two_expulsions_of_different_envoys_stay_two() -> None:
    events = _code_en("Morocco expels Algerian diplomat\n\n"
                      "RABAT, June 10 (Reuters) - Morocco expelled an Algerian diplomat on Tuesday. "
                      "On Thursday it expelled a Tunisian envoy.")
    assert sorted(e.target.country for e in of_type(events, "SANCTION")) == ["DZA", "TUN"]


def test_two_protests_against_different_addressees_stay_two() -> None:
    events = _code_en("Students protest against Serbian government\n\n"
                      "BELGRADE, June 10 (Reuters) - Thousands of students marched in Belgrade on Saturday. "
                      "In Novi Sad, farmers rallied against the European Union on Sunday.")
    assert len(of_type(events, "PROTEST")) == 2


# --- a condemnation characterised by a pronoun -----------------------------------------

def test_a_condemnation_and_the_pronoun_that_characterises_it_are_one_accusation() -> None:
    events = _code_en("Egypt has strongly condemned the Israeli strike on a school in Gaza, calling it a flagrant violation of international law.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "ACCUSE")] == [("EGY", "ISR")]


def test_two_accusations_of_their_own_recipients_stay_two() -> None:
    """Separate verbs with recipients of their own: two accusations (GUIDELINES)."""
    events = _code_en("Lithuania accused Belarus of weaponising migrants and condemned Russia for backing Minsk.")
    assert sorted(e.target.country for e in of_type(events, "ACCUSE")) == ["BLR", "RUS"]


def test_a_headline_signing_and_a_meeting_planned_in_the_story_stay_two() -> None:
    """A signing (CAMEO 03, actual) and a meeting to come (036): 'commitments stated in
    separate sentences' (GUIDELINES), which a headline's summary does not join."""
    events = _code_en("Estonia and Latvia sign energy pact\n\n"
                      "TALLINN, June 10 (Reuters) - Estonian Prime Minister Kristen Michal and his Latvian counterpart "
                      "Evika Silina signed an energy pact on Tuesday. Michal will meet Latvian President Edgars Rinkevics in Riga on Friday.")
    plans = [e for e in of_type(events, "AGREE") if e.modality == "intended"]
    signed = [e for e in of_type(events, "AGREE") if e.modality == "actual"]
    assert len(plans) == 1 and len(signed) == 1


def test_a_named_person_of_no_office_does_not_replace_a_states_side() -> None:
    iran = _actor("IRN", "GOV", "Iran")
    kept = dedupe_article([_event(1, iran, _actor("USA", "GOV", "Washington"), "CONSULT", cameo="042"),
                           _event(2, _actor("USA", "GOV", "the United States"), _actor("IRN", "CVL", "Badr", name="Sayyid Badr"), "CONSULT", cameo="042")])
    assert len(kept) == 1 and kept[0].source.name is None and kept[0].source.sector == "GOV"


def _placed(event: Event, place: str, country: str) -> Event:
    return event.model_copy(update={"location": LocationRecord(name=place, country=country)})


def test_one_meeting_of_two_named_leaders_is_one_wherever_each_sentence_places_it() -> None:
    """'received the Emir in Abu Dhabi', then 'the two leaders discussed ... in Gaza'."""
    emir = _actor("QAT", "GOV", "Emir", name="Tamim bin Hamad Al Thani")
    host = _actor("ARE", "GOV", "President", name="Mohamed bin Zayed Al Nahyan")
    kept = dedupe_article([_placed(_event(1, emir, host, "CONSULT", cameo="042"), "Abu Dhabi", "ARE"),
                           _placed(_event(2, emir, host, "CONSULT", cameo="044"), "Gaza", "PSE")])
    assert len(kept) == 1 and kept[0].location.name == "Abu Dhabi"


def test_two_strikes_of_named_parties_in_two_towns_stay_two() -> None:
    m23 = _actor("COD", "REB", "M23", name="M23")
    army = _actor("COD", "MIL", "FARDC", name="Armed Forces of the Democratic Republic of the Congo")
    kept = dedupe_article([_placed(_event(1, m23, army, "ASSAULT", cameo="190"), "Goma", "COD"),
                           _placed(_event(2, m23, army, "ASSAULT", cameo="190"), "Bukavu", "COD")])
    assert len(kept) == 2
