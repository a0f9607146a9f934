"""Criticism of a thing whose author no one names, and judgements said by labelling another's
act (helper accuse29). PLOVER's ACCUSE needs no recipient: 'criticised the timing of the
tariffs', 'expressed concern over the arrests', 'a exprimé sa préoccupation face aux
arrestations' are coded with a null target (GUIDELINES), once no step found one; a thing a
demonstrative or an actor's name owns still needs its author. The verdicts of 'call X Y' and
'juger X Y' ('regrettable', 'counterproductive', 'contre-productive') are criticism of X's
author. Sentences written for these tests, about other countries than the probe files
(tests/data/probes/accuse29-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def accusations(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code(text, lang) if e.event_type == "ACCUSE"}


def test_english_criticism_of_a_thing_no_one_is_named_as_doing_has_a_null_target() -> None:
    assert accusations("Uganda's opposition criticised the timing of the new fuel levy on Monday.", "en") == {("UGA", None)}
    assert accusations("Bolivia's foreign ministry condemned the unconstitutional change of government.", "en") == {("BOL", None)}


def test_english_concern_voiced_over_a_thing_has_a_null_target() -> None:
    assert accusations("Costa Rica's foreign ministry expressed concern over the arrests.", "en") == {("CRI", None)}


def test_english_a_thing_named_by_a_demonstrative_or_judged_by_both_sides_is_no_criticism_of_no_one() -> None:
    assert accusations("Malawi's foreign ministry condemned this decision.", "en") == set()
    assert accusations("Both sides expressed concern over the spread of online scams in the region.", "en") == set()


def test_french_a_thing_whose_author_is_named_by_par_is_no_criticism_of_no_one() -> None:
    # the parse hangs 'par le parti au pouvoir' on the verb: an author is named all the same
    found = accusations("La présidente moldave Maia Sandu a fustigé la conduite du scrutin de samedi par le parti au pouvoir.", "fr")
    assert ("MDA", None) not in found


def test_french_criticism_of_a_thing_no_one_is_named_as_doing_has_a_null_target() -> None:
    assert accusations("Le gouvernement béninois a critiqué la baisse de l'aide publique au développement.", "fr") == {("BEN", None)}


def test_french_concern_expressed_face_a_an_act_is_disapproval_of_its_doer_or_of_no_one() -> None:
    assert accusations("Le gouvernement uruguayen a exprimé sa préoccupation face aux arrestations.", "fr") == {("URY", None)}
    assert accusations("Séoul a exprimé sa préoccupation face aux manœuvres chinoises.", "fr") == {("KOR", "CHN")}
    assert accusations("Le ministre a exprimé sa préoccupation face à la situation humanitaire.", "fr") == set()


def test_verdicts_of_regret_and_harm_label_another_states_act() -> None:
    assert accusations("Georgia called Moscow's reaction \"regrettable\".", "en") == {("GEO", "RUS")}
    assert accusations("Australia called Beijing's new duties \"counterproductive\".", "en") == {("AUS", "CHN")}
    assert accusations("Le Gabon a jugé « regrettable » la réaction de Malabo.", "fr") == {("GAB", "GNQ")}
    assert accusations("Le Togo a jugé « contre-productives » les restrictions ghanéennes.", "fr") == {("TGO", "GHA")}


def test_ordinary_senses_of_the_words_of_criticism_code_nothing() -> None:
    assert accusations("The minister slammed the car door and drove away.", "en") == set()
    assert accusations("The president called the meeting a great success.", "en") == set()
    assert accusations("Le président a jugé la rencontre « très positive ».", "fr") == set()
