"""Actor readings that failed as classes (helper actors24). Sentences written for these
tests, about other countries than the probe files (tests/data/probes/actors24-*):
(c) a legislature, opposition or party named with no country that acts on a state named
for itself is not that state's; (b) an armed force whose nationality the parse hangs on
its complement; (e) a delegation or mission to the UN is the sender's alone; (a) an
unknown person whose apposition names a national party or body is of that country;
(d) a region of several states is a place of no country."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def sides(events) -> set[tuple[str | None, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_bare_senate_condemning_a_named_state_is_the_other_country() -> None:
    # the story names Paraguay's president first, then Bolivia as host and target
    events = code("Paraguay's president Santiago Peña met Bolivia's president Luis Arce in La Paz. "
                  "The Senate condemned Bolivia on Tuesday.", "en")
    assert ("ACCUSE", "PRY", "BOL") in sides(events)
    assert ("ACCUSE", "BOL", "BOL") not in sides(events)


def test_french_bare_parliament_condemning_a_named_state() -> None:
    events = code("Le président béninois Patrice Talon a signé un accord avec le Niger. "
                  "Le Parlement a condamné le Niger mardi.", "fr")
    assert ("ACCUSE", "BEN", "NER") in sides(events)
    assert ("ACCUSE", "NER", "NER") not in sides(events)


def test_a_legislature_accusing_its_own_leader_stays_his() -> None:
    # a body acting on a government or office holder is that government's (opposed_government)
    events = code("Ecuador's president Daniel Noboa met Peru's president in Quito. "
                  "Congress accused Noboa of abuse of power on Tuesday.", "en")
    assert ("ACCUSE", "ECU", "ECU") in sides(events)


def test_french_forces_with_the_demonym_on_their_complement() -> None:
    events = code("Les Forces de défense tanzaniennes ont attaqué des rebelles au Mozambique mardi.", "fr")
    assert any(e.source and (e.source.country, e.source.sector) == ("TZA", "MIL") for e in events)


def test_french_forces_of_a_peoples_demonym() -> None:
    events = code("Les Forces de défense du peuple malawite ont attaqué des rebelles au Mozambique mardi.", "fr")
    assert any(e.source and (e.source.country, e.source.sector) == ("MWI", "MIL") for e in events)


def test_a_delegation_to_the_un_is_the_senders_alone() -> None:
    events = code("Ghana's delegation to the UN accused Togo of harbouring rebels on Tuesday.", "en")
    assert ("ACCUSE", "GHA", "TGO") in sides(events)
    assert not any(e.source and e.source.country == "UNO" for e in events)


def test_french_delegation_to_the_un_is_the_senders_alone() -> None:
    events = code("La délégation ivoirienne à l'ONU a condamné le Burkina Faso mardi.", "fr")
    assert ("ACCUSE", "CIV", "BFA") in sides(events)
    assert not any(e.source and e.source.country == "UNO" for e in events)


def test_unknown_person_of_a_national_party_in_another_countrys_story() -> None:
    events = code("ADDIS ABABA, June 10 - Ethiopia's prime minister met Eritrea's president. "
                  "Jane Wanjiru, of Kenya's ODM, criticised Eritrea on Tuesday.", "en")
    wanjiru = [e for e in events if e.source and e.source.name == "Jane Wanjiru"]
    assert wanjiru and all((e.source.country, e.source.sector) == ("KEN", "PTY") for e in wanjiru)


def test_unknown_person_whose_clause_names_a_country_is_not_of_it() -> None:
    # a relative clause says what the person did, not whose they are
    events = code("ASMARA, June 10 - Eritrea's president met Sudan's army chief. "
                  "Jane Wanjiru, who visited Kenya last year, criticised Sudan on Tuesday.", "en")
    assert not any(e.source and e.source.name == "Jane Wanjiru" and e.source.country == "KEN" for e in events)


def test_region_is_no_country() -> None:
    events = code("Japan sent food aid to the Horn of Africa on Tuesday.", "en")
    assert not any(e.target and e.target.country == "DEU" for e in events)
    assert not any(e.location and e.location.country == "DEU" for e in events)


def test_delegations_from_their_senders_keep_the_senders_countries() -> None:
    # 'from' marks the sender of a representative (actorfix23), not a post it is sent to
    events = code("Qatar hosted separate delegations from the Taliban and Pakistan in Doha on Tuesday.", "en")
    assert ("CONSULT", "PAK", "QAT") in sides(events)
