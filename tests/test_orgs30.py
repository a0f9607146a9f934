"""Bodies the knowledge does not hold (helper orgs30): a name capitalised on a head word of
the pack's ``named_body_heads`` ("the Democratic Progress Movement", "Peru's Office for
Indigenous Affairs", "l'Union pour le renouveau démocratique") is a body of the head's
sector, of the country its words or owner name, else of the country the sentence or the
article gives; a name apposed to a role noun of ``body_role_nouns`` ("the charity Ocean
Rescue") is that body's, and stands for it alone later; a capitalised word of such a name is
no trigger ("le Rassemblement pour la patrie a salué"). Sentences written for these tests,
about other places than the probe files (tests/data/probes/orgs30-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-05-10")


def sides(events, etype):
    return [(e.source, e.target) for e in events if e.event_type == etype]


def test_english_party_named_by_its_head_takes_the_sentence_place() -> None:
    events = code("In Lilongwe, the Democratic Progress Movement accused the police of beating its supporters.", "en")
    found = sides(events, "ACCUSE")
    assert found and found[0][0].country == "MWI" and found[0][0].sector == "PTY"
    assert found[0][0].name == "Democratic Progress Movement"


def test_english_body_of_a_genitive_owner() -> None:
    events = code("Peru's Office for Indigenous Affairs criticised the Brazilian government on Monday.", "en")
    assert any(s.country == "PER" and s.sector == "GOV" and t.country == "BRA" for s, t in sides(events, "ACCUSE"))


def test_french_union_named_by_its_head_takes_the_sentence_place() -> None:
    events = code("À Lomé, l'Union pour le renouveau démocratique a accusé mardi la police de brutalités.", "fr")
    found = sides(events, "ACCUSE")
    assert found and found[0][0].country == "TGO" and found[0][0].name == "Union pour le renouveau démocratique"


def test_french_body_name_word_is_no_trigger() -> None:
    events = code("Le Rassemblement pour la patrie a salué lundi la médiation du Sénégal.", "fr")
    assert not [e for e in events if e.event_type == "PROTEST"]
    assert any(s.name == "Rassemblement pour la patrie" and t.country == "SEN" for s, t in sides(events, "SUPPORT"))


def test_english_apposed_name_and_its_later_use() -> None:
    events = code("The charity Ocean Rescue criticised Italy on Monday. Ocean Rescue also accused Greece of pushbacks.", "en")
    accusers = [s for s, t in sides(events, "ACCUSE") if t is not None and t.country in ("ITA", "GRC")]
    assert len(accusers) == 2 and all(s.name == "Ocean Rescue" and s.country == "NGO" for s in accusers)


def test_a_head_word_modifying_another_noun_names_no_body() -> None:
    # "Movement Control Order": a law whose first word is a party head noun
    events = code("The Movement Control Order bans gatherings in Kuala Lumpur.", "en")
    assert not [e for e in events if e.source is not None and e.source.name and "Movement" in e.source.name]


def test_two_states_commission_is_no_one_states_body() -> None:
    """A commission named joint or mixed (pack ``joint_body_words``) belongs to two states: the
    sentence's place does not make it that country's government body, as it does a plain one."""
    plain = sides(code("In Lilongwe, the Border Commission accused Zambian police of fraud.", "en"), "ACCUSE")
    assert plain and plain[0][0].country == "MWI"
    assert not sides(code("In Lilongwe, the Joint Border Commission accused Zambian police of fraud.", "en"), "ACCUSE")
    plain_fr = sides(code("À Lomé, la Commission des frontières a accusé mardi la police béninoise de brutalités.", "fr"), "ACCUSE")
    assert plain_fr and plain_fr[0][0].country == "TGO"
    assert not sides(code("À Lomé, la Commission mixte des frontières a accusé mardi la police béninoise de brutalités.", "fr"), "ACCUSE")


def test_role_qualifier_gives_the_body_its_sector() -> None:
    """A firms' or employers' group is business, not the NGO a bare "group" names (pack
    ``body_role_qualifiers``); the country is then the sentence's, as for any domestic body."""
    found = sides(code("In Wellington, the employers' organisation BusinessNZ criticised the government's wage plan.", "en"), "ACCUSE")
    assert found and (found[0][0].country, found[0][0].sector) == ("NZL", "BUS")
    bare = sides(code("The charity Ocean Rescue accused the Maltese navy of ignoring a distress call.", "en"), "ACCUSE")
    assert bare and bare[0][0].sector == "NGO"
    found_fr = sides(code("À Abidjan, l'organisation patronale Fedcoci a critiqué mardi le gouvernement ivoirien.", "fr"), "ACCUSE")
    assert found_fr and (found_fr[0][0].country, found_fr[0][0].sector) == ("CIV", "BUS")
