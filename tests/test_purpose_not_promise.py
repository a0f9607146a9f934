"""A purpose clause says what an act or a presence is for, it promises nothing: "the
army was deployed to support the police", "its troops are there to defend Burundi"
are no AGREE 032 (intent to cooperate), where "pledged to support" and "vowed to
defend" are. Sentences written for this test, real pipeline."""

from __future__ import annotations

from event_checks import lang_coder


code = lang_coder("2025-11-05")


def cameos(text: str, lang: str = "en") -> list[str]:
    return sorted(e.cameo for e in code(text, lang))


def test_support_as_the_purpose_of_a_deployment_is_no_promise():
    assert "032" not in cameos("Nigeria's army was deployed on Monday to support the police in Kano.")
    assert "032" not in cameos("Uganda says its soldiers are there to defend South Sudan against rebels.")
    assert "032" not in cameos("Ecuador sent marines to Guayaquil on Friday to support the national police.")


def test_a_pledge_to_support_is_still_a_promise():
    assert any(c.startswith("03") for c in cameos("Egypt pledged on Tuesday to support Sudan's army."))
    assert any(c.startswith("03") for c in cameos("Turkey vowed on Sunday to defend Azerbaijan."))


def test_a_french_purpose_clause_is_no_promise_either():
    assert "032" not in cameos("Le Tchad a envoyé lundi des soldats à Bangui pour soutenir l'armée centrafricaine.", "fr")
