"""The author of a thing judged or rejected (helper authors24, resolve/authors.py and the
assembly's author_step): "X a rejeté ce rapport" after "HRW a publié un rapport" answers
HRW; "condemned Bolivia's decision", "le rapport d'Amnesty", "a statement by the AU" name
the author in the noun's own phrase; "criticised the bill" the parliament passed answers
the parliament. Sentences written for these tests, about other countries than the probe
files (tests/data/probes/authors24-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def targets(events, event_type: str, source: str) -> set[str | None]:
    return {e.target.country if e.target else None for e in events
            if e.event_type == event_type and e.source is not None and e.source.country == source}


def test_a_report_published_the_sentence_before() -> None:
    fr = code("Amnesty International a publié lundi un rapport sur les détentions arbitraires au Cameroun. "
              "Yaoundé a rejeté ce rapport.", "fr")
    assert targets(fr, "REJECT", "CMR") == {"NGO"}
    en = code("Transparency International published a report on corruption in Zambia on Monday. "
              "Zambia's government rejected the report.", "en")
    assert targets(en, "REJECT", "ZMB") == {"NGO"}


def test_a_bill_adopted_the_sentence_before_fr() -> None:
    events = code("Le Parlement serbe a adopté jeudi un projet de loi sur les médias. "
                  "La Croatie a critiqué ce projet de loi.", "fr")
    assert targets(events, "ACCUSE", "HRV") == {"SRB"}


def test_a_bill_passed_the_sentence_before_en() -> None:
    events = code("Slovakia's parliament passed a bill on foreign-funded groups on Tuesday. "
                  "Hungary criticised the bill.", "en")
    assert targets(events, "ACCUSE", "HUN") == {"SVK"}


def test_an_author_named_in_the_nouns_own_phrase() -> None:
    """Kept by the new step (the judged-deed frame found these before it)."""
    fr = code("Le Maroc a dénoncé la décision de la Mauritanie de fermer le poste frontière de Guerguerat.", "fr")
    assert "MRT" in targets(fr, "ACCUSE", "MAR")
    en = code("Chile rejected Argentina's decision to close the Cristo Redentor pass.", "en")
    assert targets(en, "REJECT", "CHL") == {"ARG"}


def test_a_statement_by_an_organisation_en() -> None:
    events = code("Somalia rejected a statement by the Arab League on Somaliland.", "en")
    assert targets(events, "REJECT", "SOM") == {"IGO"}



def test_the_agent_of_the_nouns_participle_fr() -> None:
    """Kept with the new step (the reject frame found this one before it)."""
    events = code("Le Venezuela a rejeté jeudi la déclaration publiée la veille par le gouvernement du Guyana.", "fr")
    assert targets(events, "REJECT", "VEN") == {"GUY"}


def test_a_report_named_only_by_the_rejection_answers_the_accuser_fr() -> None:
    """'ce rapport' with no noun 'rapport' before: the accusation it reports (fr answered_nouns)."""
    events = code("L'organisation Amnesty International a accusé lundi l'armée nigériane d'avoir tué des civils "
                  "dans l'Etat de Borno. Le gouvernement nigérian a rejeté « en bloc » ce rapport.", "fr")
    assert targets(events, "REJECT", "NGA") == {"NGO"}
