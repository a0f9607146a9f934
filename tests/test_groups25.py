"""Groups named by a count (helper groups25): "the two armies", "both sides ... each other",
"les trois Etats", "les deux camps se sont accusés" stand for the parties named before
(GUIDELINES, lists and groups). Sentences written for these tests, about other countries
than the probe files (tests/data/probes/groups25-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_english_two_armies_are_the_two_militaries_that_acted_together() -> None:
    # the last pair that dealt with each other is a rebel group and a state; the armies are
    # the two militaries that fought side by side
    text = ("The Nigerian army and the Cameroonian army attacked Boko Haram camps near Lake Chad on Monday. "
            "The jihadists later killed ten villagers in Borno. "
            "The two armies agreed on Friday to extend the joint operation into Chad.")
    found = pairs(code(text, "en"))
    assert ("AGREE", "NGA", "CMR") in found or ("AGREE", "CMR", "NGA") in found


def test_english_reciprocal_object_gives_one_event_each_way() -> None:
    text = ("Kyrgyz and Tajik border guards exchanged fire near Batken on Sunday. "
            "Both sides accused each other of starting the shooting.")
    found = pairs(code(text, "en"))
    assert {("ACCUSE", "KGZ", "TJK"), ("ACCUSE", "TJK", "KGZ")} <= found


def test_english_reciprocal_needs_the_pronoun() -> None:
    # no reciprocal pronoun: one accuser, one accused
    found = pairs(code("Kenya accused Somalia of arming militias on the border.", "en"))
    assert ("ACCUSE", "KEN", "SOM") in found and ("ACCUSE", "SOM", "KEN") not in found


def test_french_three_states_are_the_three_named_before() -> None:
    text = ("Le Togo, le Bénin et le Ghana ont signé jeudi un pacte de sécurité à Cotonou. "
            "Les trois Etats ont ensuite accusé la Russie de soutenir les jihadistes.")
    found = pairs(code(text, "fr"))
    assert {("ACCUSE", "TGO", "RUS"), ("ACCUSE", "BEN", "RUS"), ("ACCUSE", "GHA", "RUS")} <= found


def test_french_counted_pair_subject_makes_se_reciprocal() -> None:
    text = ("Des soldats ougandais et sud-soudanais se sont affrontés près de Nimule. "
            "Les deux camps se sont accusés mutuellement d'avoir ouvert le feu.")
    found = pairs(code(text, "fr"))
    assert {("ACCUSE", "UGA", "SSD"), ("ACCUSE", "SSD", "UGA")} <= found


def test_french_two_armies() -> None:
    text = ("L'armée malienne et l'armée nigérienne ont attaqué lundi des positions jihadistes près de Ménaka. "
            "Les jihadistes ont ensuite tué dix civils à Gao. "
            "Les deux armées ont décidé vendredi de prolonger l'opération conjointe.")
    found = pairs(code(text, "fr"))
    assert ("AGREE", "MLI", "NER") in found or ("AGREE", "NER", "MLI") in found
