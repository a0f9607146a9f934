"""Date expressions: finding them, resolving them against the publication date, inferring that date."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from chronicle.errors import KnowledgeError
from chronicle.model import PartialDate
from chronicle.resolve.dates import DateResolver, DateVocabulary

PUBLISHED = PartialDate(2019, 2, 28)  # a Thursday


@pytest.fixture(scope="module")
def fr() -> DateResolver:
    return DateResolver.for_language("fr")


@pytest.fixture(scope="module")
def en() -> DateResolver:
    return DateResolver.for_language("en")


def only(resolver: DateResolver, text: str, published: PartialDate | None = PUBLISHED, tense=None):
    mentions = resolver.find(text, published, tense)
    assert len(mentions) == 1, mentions
    return mentions[0]


# ------------------------------------------------------------------ French

@pytest.mark.parametrize("text, published, tense, expected, precision", [
    ("hier après-midi", PUBLISHED, None, "2019-02-27", "day"),
    ("cet après-midi", PUBLISHED, None, "2019-02-28", "day"),
    ("ce soir", PUBLISHED, None, "2019-02-28", "day"),
    ("aujourd'hui", PUBLISHED, None, "2019-02-28", "day"),
    ("aujourd’hui", PUBLISHED, None, "2019-02-28", "day"),
    ("avant-hier", PUBLISHED, None, "2019-02-26", "day"),
    ("le lendemain", PUBLISHED, None, "2019-03-01", "day"),
    ("jeudi", PUBLISHED, "past", "2019-02-28", "day"),
    ("jeudi", PartialDate(2019, 2, 25), "future", "2019-02-28", "day"),
    ("mardi dernier", PUBLISHED, None, "2019-02-26", "day"),
    ("jeudi dernier", PUBLISHED, "past", "2019-02-21", "day"),
    ("mardi prochain", PUBLISHED, None, "2019-03-05", "day"),
    ("samedi matin", PUBLISHED, "past", "2019-02-23", "day"),
    ("le 18 septembre", PartialDate(2018, 9, 19), "past", "2018-09-18", "day"),
    ("le 27 février", PartialDate(2019, 2, 20), "future", "2019-02-27", "day"),
    ("le 27 février", PartialDate(2019, 2, 20), "past", "2018-02-27", "day"),
    ("le 1er mars", PUBLISHED, None, "2019-03-01", "day"),
    ("2 mars 2019", PUBLISHED, None, "2019-03-02", "day"),
    ("les 28 et 29 juin", PartialDate(2019, 7, 3), None, "2019-06-28", "day"),
    ("la semaine prochaine", PartialDate(2020, 11, 20), None, "2020-11", "month"),
    ("la semaine dernière", PartialDate(2020, 11, 2), None, "2020-10", "month"),
    ("en juin dernier", PartialDate(2019, 12, 23), None, "2019-06", "month"),
    ("en novembre 2017", PUBLISHED, None, "2017-11", "month"),
    ("au mois d'avril", PUBLISHED, "past", "2018-04", "month"),
    ("début mars", PUBLISHED, "future", "2019-03", "month"),
    ("fin 2018", PUBLISHED, None, "2018", "year"),
    ("en 2023", PUBLISHED, None, "2023", "year"),
    ("de 1965", PUBLISHED, None, "1965", "year"),
    ("le mois dernier", PUBLISHED, None, "2019-01", "month"),
    ("l'année prochaine", PUBLISHED, None, "2020", "year"),
    ("cette année", PUBLISHED, None, "2019", "year"),
    ("ce mois-ci", PUBLISHED, None, "2019-02", "month"),
    ("il y a six mois", PartialDate(2019, 12, 23), None, "2019-06", "month"),
    ("il y a 3 jours", PUBLISHED, None, "2019-02-25", "day"),
    ("dans 3 semaines", PUBLISHED, None, "2019-03", "month"),
    ("d'ici quelques semaines", PUBLISHED, "future", "2019-02", "month"),
    ("ces dernières semaines", PUBLISHED, None, "2019-02", "month"),
    ("au début de l'année dernière", PUBLISHED, None, "2018", "year"),
    ("le 02/03/2019", PUBLISHED, None, "2019-03-02", "day"),
])
def test_french_expressions(fr, text, published, tense, expected, precision):
    mention = only(fr, text, published, tense)
    assert mention.value is not None
    assert (mention.value.iso(), mention.value.precision) == (expected, precision)


def test_until_since_between_from(fr):
    until = only(fr, "Kim Jong-un séjournera jusqu'au 2 mars à Hanoï.", tense="future")
    assert (until.text, until.value.iso(), until.relation) == ("jusqu'au 2 mars", "2019-03-02", "until")
    since = only(fr, "Il est détenu depuis le 5 mai.")
    # what has gone on "since" a date began before the article: May of the previous year
    assert (since.text, since.value.iso(), since.relation) == ("depuis le 5 mai", "2018-05-05", "since")
    between = only(fr, "Ils se verront entre mardi et jeudi.", tense="past")
    assert (between.text, between.value.iso(), between.relation) == ("entre mardi et jeudi", "2019-02-26", "between")
    span = only(fr, "Le sommet a lieu du 2 au 5 mars.")
    assert (span.text, span.value.iso(), span.relation) == ("du 2 au 5 mars", "2019-03-02", "from")


def test_relative_to_another_event_has_no_value(fr):
    mention = only(fr, "leur deuxième rencontre, huit mois après leur rencontre de Singapour")
    assert (mention.text, mention.value, mention.relation) == ("huit mois après", None, "relative")


def test_month_precision_publication_gives_month_precision(fr):
    published = PartialDate(2019, 2)
    for text in ("hier", "hier après-midi", "jeudi", "aujourd'hui", "ce soir"):
        assert only(fr, text, published).value == PartialDate(2019, 2), text


def test_offsets_and_order_on_the_reference_paragraph(fr):
    text = ("Les dirigeants ont annulé cet après-midi leur déjeuner. Ils se sont retrouvés hier après-midi "
            "à Hanoï, huit mois après leur rencontre. Aujourd’hui, ils ont poursuivi. Ce soir, Trump "
            "s'envolera. Kim séjournera jusqu'au 2 mars dans la capitale.")
    mentions = fr.find(text, PUBLISHED)
    assert [m.text for m in mentions] == ["cet après-midi", "hier après-midi", "huit mois après", "Aujourd’hui",
                                          "Ce soir", "jusqu'au 2 mars"]
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_longest_match_wins(fr):
    assert only(fr, "Il est arrivé avant-hier soir.").text == "avant-hier soir"
    assert only(fr, "Il partira le mardi 5 mars 2019.").value == PartialDate(2019, 3, 5)


@pytest.mark.parametrize("text", [
    "Des manifestants ont défilé dans la capitale.",
    "Le 2e sommet a pris fin sans aucun accord.",
    "Les dirigeants ont parlé des sanctions.",
    "",
])
def test_no_date(fr, text):
    assert fr.find(text, PUBLISHED) == []


def test_no_publication_date_leaves_relative_dates_unresolved(fr):
    assert only(fr, "hier", None).value is None
    assert only(fr, "en novembre 2017", None).value == PartialDate(2017, 11)


# ------------------------------------------------------------------ English

@pytest.mark.parametrize("text, published, tense, expected, precision", [
    ("on Wednesday", PartialDate(2022, 11, 2), None, "2022-11-02", "day"),
    ("on Friday", PartialDate(2020, 1, 6), "past", "2020-01-03", "day"),
    ("last Wednesday", PUBLISHED, None, "2019-02-27", "day"),
    ("next Wednesday", PUBLISHED, None, "2019-03-06", "day"),
    ("May 31", PartialDate(2023, 6, 15), None, "2023-05-31", "day"),
    ("on May 27", PartialDate(2023, 6, 15), None, "2023-05-27", "day"),
    ("May 27, 2022", PUBLISHED, None, "2022-05-27", "day"),
    ("27 May", PartialDate(2023, 6, 15), None, "2023-05-27", "day"),
    ("in August 2010", PUBLISHED, None, "2010-08", "month"),
    ("in November", PUBLISHED, "past", "2018-11", "month"),
    ("yesterday", PUBLISHED, None, "2019-02-27", "day"),
    ("this morning", PUBLISHED, None, "2019-02-28", "day"),
    ("last night", PUBLISHED, None, "2019-02-27", "day"),
    ("tomorrow", PUBLISHED, None, "2019-03-01", "day"),
    ("earlier this week", PUBLISHED, None, "2019-02", "month"),
    ("earlier this month", PUBLISHED, None, "2019-02", "month"),
    ("earlier this year", PUBLISHED, None, "2019", "year"),
    ("last year", PUBLISHED, None, "2018", "year"),
    ("next month", PUBLISHED, None, "2019-03", "month"),
    ("two days ago", PUBLISHED, None, "2019-02-26", "day"),
    ("in three weeks", PUBLISHED, None, "2019-03", "month"),
    ("in 2023", PUBLISHED, None, "2023", "year"),
    ("02/03/2019", PUBLISHED, None, "2019-02-03", "day"),
])
def test_english_expressions(en, text, published, tense, expected, precision):
    mention = only(en, text, published, tense)
    assert mention.value is not None
    assert (mention.value.iso(), mention.value.precision) == (expected, precision)


def test_english_relations(en):
    assert only(en, "He stays until March 2.").relation == "until"
    assert only(en, "He stays until March 2.").value == PartialDate(2019, 3, 2)
    assert (only(en, "in office since 2018").text, only(en, "in office since 2018").relation) == ("since 2018", "since")
    span = only(en, "Talks run from Monday to Friday.")
    assert (span.text, span.relation, span.value) == ("from Monday to Friday", "from", PartialDate(2019, 2, 25))


def test_english_verbs_are_not_months(en):
    assert en.find("You may 27 times ask; they march in formation.", PUBLISHED) == []


# ------------------------------------------------------------------ publication day

def test_infer_day_from_glossed_deictic(fr):
    text = "La réunion a eu lieu hier, le 18 septembre, à Pyongyang. Les deux dirigeants se sont parlé."
    assert fr.infer_publication_day(text, PartialDate(2018, 9)) == PartialDate(2018, 9, 19)
    assert fr.infer_publication_day("Aujourd'hui 5 mai, la Corée fête ses enfants.", PartialDate(2019, 5)) \
        == PartialDate(2019, 5, 5)


def test_infer_day_from_dateline(en):
    text = "WASHINGTON, May 27 (Yonhap) -- The United States said on Friday that talks would resume."
    assert en.infer_publication_day(text, PartialDate(2022, 5)) == PartialDate(2022, 5, 27)


def test_infer_day_never_invents(fr, en):
    published = PartialDate(2019, 2)
    reference = "Ils se sont retrouvés hier après-midi à Hanoï. Kim séjournera jusqu'au 2 mars."
    assert fr.infer_publication_day(reference, published) == published
    # a dateline outside the month the source gives is not trusted
    assert en.infer_publication_day("SEOUL, May 27 (Yonhap) -- Talks.", published) == published
    # a date far from the deictic word does not gloss it
    assert fr.infer_publication_day("Hier, il a dit que le 18 février serait décisif.", published) == published


# ------------------------------------------------------------------ data and speed

def test_invalid_yaml_names_file_and_entry(tmp_path: Path):
    good = (Path(__file__).parent.parent / "src/chronicle/packs/fr/dates.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "dates.yaml"
    bad.write_text(good.replace("décembre: 12", "décembre: 13"), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"dates\.yaml.*(?s:.*)décembre"):
        DateVocabulary.from_file(bad)
    bad.write_text(good.replace("{weekday}(?:\\\\s+{shift_post})", "{weekdays}(?:\\\\s+{shift_post})"),
                   encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"unknown placeholder \{weekdays\}"):
        DateVocabulary.from_file(bad)
    bad.write_text(good.replace("    source: \"French weekday names\"\n", ""), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"words\.weekday\.source"):
        DateVocabulary.from_file(bad)


def test_every_entry_group_has_a_source():
    for lang in ("fr", "en"):
        vocabulary = DateResolver.for_language(lang).vocabulary
        groups = [*vocabulary.words.values(), *vocabulary.patterns, *vocabulary.relations, *vocabulary.ranges]
        assert all(group.source.strip() for group in groups)


def test_sentences_without_dates_are_fast(fr):
    sentence = ("Le processus de dénucléarisation dans la péninsule risque ainsi de piétiner "
                "à nouveau, selon les dirigeants américain et nord-coréen.")
    runs = 2000
    started = time.perf_counter()
    for _ in range(runs):
        fr.find(sentence, PUBLISHED)
    per_call = (time.perf_counter() - started) / runs
    assert per_call < 0.001  # the goal is 0.1 ms; 1 ms leaves room for slow test machines


# Sentences written for this test: every kind of date, with the optional parts present and absent.
PREFILTER_SENTENCES = {
    "fr": [
        "Le ministre malien a quitté Bamako hier après-midi pour Niamey.",
        "Les pourparlers reprendront du 3 au 5 mars 2024 à Addis-Abeba, puis entre le 12 et le 14 avril.",
        "Depuis trois semaines, l'armée soudanaise bombarde la périphérie de Khartoum.",
        "Début 2023, Kinshasa avait rappelé son ambassadeur ; il y a six mois, Kigali a fait de même.",
        "Le scrutin du 12/06/2022 a été reporté à la fin de l'année prochaine, a annoncé Lima mardi dernier.",
        "La veille au soir, Bogota et Caracas ont signé un accord ; le lendemain, la frontière a rouvert.",
        "Cette semaine, Hanoï recevra la délégation philippine ; en mars dernier, Manille avait refusé.",
        "Le ſamedi 3 mars, KIEV A ANNONCÉ LA LIBÉRATION DE PRISONNIERS.",
    ],
    "en": [
        "Nigeria's president met his Ghanaian counterpart in Abuja on Tuesday morning.",
        "Talks are set for March 3-5, 2024 in Doha, and again between April 12 and 14.",
        "Three weeks ago, Sudanese troops shelled the outskirts of Khartoum.",
        "In early 2023, Kinshasa recalled its ambassador; six months later Kigali did the same.",
        "The vote set for 06/12/2022 was postponed until later this year, Lima said last Tuesday.",
        "The day before, Bogota and Caracas signed a deal; in recent weeks the border reopened.",
        "This week Hanoi hosts a Philippine delegation; in March 2023 Manila had refused.",
        "On ſaturday, KYIV ANNOUNCED THE RELEASE OF PRISONERS ON JUNE 2.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pattern_prefilter_never_skips_a_pattern_that_matches(lang):
    from chronicle.resolve.dates import _matches

    resolver = DateResolver.for_language(lang)
    everything = resolver._grammar.patterns
    for sentence in PREFILTER_SENTENCES[lang]:
        kept = resolver._candidates(sentence)
        assert _matches(sentence, kept) == _matches(sentence, everything), sentence
        assert len(kept) < len(everything) or "ſ" in sentence  # the filter does skip patterns
