"""A known person's family name inside someone else's full name is not that person."""

from __future__ import annotations

import chronicle


def test_a_family_name_followed_by_a_given_name_the_tagger_missed_is_another_person():
    # "Geum-deuk" is tagged ADJ by fr_core_news_md: "Yang" alone must not become Yang Jiechi
    events = chronicle.code(
        "Le ministre chinois des Affaires étrangères a rencontré mardi à Pékin Yang Geum-deuk, une militante sud-coréenne.",
        published="2013-03-20",
        lang="fr",
    )
    names = {e.target.name for e in events if e.target} | {e.source.name for e in events}
    assert "Yang Jiechi" not in names
