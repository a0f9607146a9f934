"""French adverbials and emphatic pronouns inside the verb group (helper adverbs27fr):
'a aussi accusé Ankara', 'ont en outre appelé', 'a lui aussi condamné', 'X, lui aussi, a
condamné' throw fr_core_news_md's tags and parse off (the object read as an adjective or an
adverb, one of two coordinated subjects lost, the pronoun taken as an argument). The
normaliser parses such a sentence again without the pack's interposed adverbial and keeps
the new parse where it reads the clause better. Sentences written for these tests, about
other countries than the probe files (tests/data/probes/adverbs27fr-*)."""

from __future__ import annotations

from event_checks import lang_coder

from chronicle.annotate import load_pipeline

code = lang_coder("2025-06-11")


def pairs(events) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events]


def test_object_after_aussi_is_the_target() -> None:
    # fr_core_news_md tags 'Ankara' an adjective hung as an open complement: no target
    found = pairs(code("La Grèce a aussi accusé Ankara de violer son espace aérien.", "fr"))
    assert found == [("ACCUSE", "GRC", "TUR")]


def test_coordinated_subjects_before_en_outre_both_act() -> None:
    found = pairs(code("Le Kenya et l'Ouganda ont en outre appelé Juba à organiser des élections.", "fr"))
    assert sorted(found) == [("REQUEST", "KEN", "SSD"), ("REQUEST", "UGA", "SSD")]


def test_the_adverbial_hangs_on_the_participle_and_the_object_is_its_object() -> None:
    doc = load_pipeline("fr")("La Grèce a aussi accusé Ankara de violer son espace aérien.")
    words = {t.text: t for t in doc}
    assert words["aussi"].head.text == "accusé" and words["aussi"].dep_ == "advmod"
    assert words["Ankara"].head.text == "accusé" and words["Ankara"].dep_ == "obj"
    assert words["Grèce"].dep_.startswith("nsubj")


def test_emphatic_pronoun_is_no_argument() -> None:
    doc = load_pipeline("fr")("Les Pays-Bas ont eux aussi appelé la Serbie à respecter l'État de droit.")
    words = {t.text: t for t in doc}
    assert words["eux"].dep_ == "advmod" and words["aussi"].dep_ == "fixed"
    assert words["appelé"].dep_ == "ROOT"
    assert pairs(code("Les Pays-Bas ont eux aussi appelé la Serbie à respecter l'État de droit.", "fr")) == [("REQUEST", "NLD", "SRB")]


def test_the_models_parse_is_kept_where_it_reads_the_clause_better() -> None:
    # without 'vivement' the model reads 'Managua' as an adverb: its own parse stays
    found = pairs(code("Le Honduras a vivement critiqué Managua pour la fermeture de la frontière.", "fr"))
    assert found == [("ACCUSE", "HND", "NIC")]


def test_no_participle_after_the_adverb_no_repair() -> None:
    doc = load_pipeline("fr")("Le ministre est également responsable de la sécurité.")
    assert not any(t.dep_ == "fixed" and t.head.text == "également" for t in doc)
    assert pairs(code("Le Maroc a également rappelé son ambassadeur en Algérie.", "fr")) == [("SANCTION", "MAR", "DZA")]
