"""The right event with the wrong sides (helper sides23): a refuser's own forces named by a
possessive inside what it refuses are its own means, not the party ("a écarté tout retrait
de ses troupes des territoires ukrainiens" is refused to Ukraine, not to the refuser's
army); a warning whose complement clause names the other side's act as its subject threatens
that act's doer ("a averti que toute riposte israélienne se heurterait à ...", "warned that
any Moroccan provocation would meet ..."), never the warner's own country. Sentences
written for these tests, with other countries than the probe sets sides23-{1,2}."""

from __future__ import annotations

from event_checks import lang_coder, of_type

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_own_troops_in_a_refused_withdrawal_are_no_party_fr() -> None:
    events = of_type(code("Le Cameroun a écarté tout retrait de ses troupes des territoires nigérians.", "fr"), "REJECT")
    assert pairs(events) == {("CMR", "NGA")}


def test_own_army_in_a_refused_participation_is_no_party_en() -> None:
    events = of_type(code("Bolivia refused any participation of its army in a Peruvian operation.", "en"), "REJECT")
    assert pairs(events) == {("BOL", "PER")}


def test_own_troops_named_as_the_object_itself_stay_the_refusers() -> None:
    # the possessive's forces as the refused act's own object were already no party
    # (_clause_object); the party is the country named after them
    events = of_type(code("Ecuador refused to withdraw its soldiers from Peru.", "en"), "REJECT")
    assert pairs(events) == {("ECU", "PER")}


def test_warning_against_the_act_of_a_nationality_fr() -> None:
    events = of_type(code("Le Ghana a averti jeudi que toute riposte togolaise se heurterait à une réponse écrasante.", "fr"), "THREATEN")
    assert pairs(events) == {("GHA", "TGO")}


def test_warning_against_the_act_of_a_nationality_en() -> None:
    events = of_type(code("Bolivia warned that any Chilean provocation would meet a firm response.", "en"), "THREATEN")
    assert pairs(events) == {("BOL", "CHL")}

