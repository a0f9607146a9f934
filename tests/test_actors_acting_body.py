"""A state acting through a body of its own, and headlines that end at their line.

"Pyongyang warned that its forces will respond": the threat is the armed
forces', so the state's country with the body's sector (possessive + agent
noun). A headline without a subject takes none from the line above it.
Sentences written for these tests, about several regions.
"""

from __future__ import annotations

from event_checks import lang_coder, only


code = lang_coder("2024-05-14")


def test_a_state_warning_that_its_forces_will_respond_threatens_as_its_military():
    threat = only(code("Tehran warned that its forces would respond firmly to any Israeli aggression.", "en"), "THREATEN")
    assert (threat.source.country, threat.source.sector) == ("IRN", "MIL")
    assert threat.target.country == "ISR"


def test_the_same_in_french_with_a_possessive_determiner():
    threat = only(code("Moscou a averti que ses forces riposteraient à toute attaque ukrainienne.", "fr"), "THREATEN")
    assert (threat.source.country, threat.source.sector) == ("RUS", "MIL")


def test_a_statement_in_the_name_of_its_defence_ministry_is_the_ministry_s():
    accuse = only(code("Venezuela condemned Guyana's new oil deal in a statement issued in the name of its defense ministry.", "en"), "ACCUSE")
    assert (accuse.source.country, accuse.source.sector) == ("VEN", "MIL")
    assert accuse.target.country == "GUY"


def test_a_french_statement_in_the_name_of_its_defence_ministry():
    accuse = only(code("Le Mali a condamné l'Algérie dans un communiqué publié au nom de son ministère de la Défense.", "fr"), "ACCUSE")
    assert (accuse.source.country, accuse.source.sector) == ("MLI", "MIL")
    assert accuse.target.country == "DZA"


def test_forces_acted_on_are_no_voice_of_the_state():
    # the troops are what is demanded, not who demands: the state stays the government
    request = only(code("Somalia asked Ethiopia to withdraw its troops from the border region.", "en"), "REQUEST")
    assert (request.source.country, request.source.sector) == ("SOM", "GOV")


def test_a_headline_takes_no_subject_from_the_headline_above():
    text = (
        "Police in Peru detain the former president\n\n"
        "Thousands march in Lima\n\n"
        "LIMA (AP) -- Police detained the former president on Tuesday."
    )
    march = only(code(text, "en"), "PROTEST")
    assert (march.source.country, march.source.sector) == ("PER", "CVL")
