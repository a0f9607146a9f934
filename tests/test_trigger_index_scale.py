"""The trigger lookup stays by index when the lexicon grows: a pack with twice its
triggers (synthetic entries of lemmas no text uses) finds the same triggers in the
same sentences with the same number of entry checks, and never walks the index or
the pack's entries while reading a sentence (a scan would grow with every entry the
lexicon gains)."""

from __future__ import annotations

import pytest

from chronicle.annotate import load_pipeline
from chronicle.extract.triggers import TriggerFinder
from chronicle.packs import LanguagePack, Trigger, load_pack
from chronicle.pipeline import sentence_spans

SENTENCES = {
    "fr": [
        "Le Kenya a condamné mardi les frappes menées par l'Éthiopie contre des villages frontaliers.",
        "Le président chilien a rencontré son homologue argentin à Santiago pour discuter du commerce.",
        "L'Indonésie menace d'expulser les diplomates malaisiens si les arrestations continuent.",
        "Des milliers de manifestants sont descendus dans la rue à Dakar pour réclamer des élections.",
        "Le Maroc et l'Algérie ont signé un accord sur le gaz, a annoncé le ministère.",
    ],
    "en": [
        "Kenya condemned on Tuesday the strikes carried out by Ethiopia against border villages.",
        "Chile's president met his Argentine counterpart in Santiago to discuss trade.",
        "Indonesia threatened to expel Malaysian diplomats if the arrests continue.",
        "Thousands of protesters took to the streets of Dakar to demand elections.",
        "Morocco and Algeria signed a gas agreement, the ministry announced.",
    ],
}

SYNTHETIC = "zqx"  # a suffix no word of any language ends with


class _CountedTuple(tuple):
    """A pack's triggers, counting how often they are walked."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


class _CountedIndex(dict):
    """A finder's index, counting every walk over its keys, values or items."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.walks = 0

    def __iter__(self):
        self.walks += 1
        return super().__iter__()

    def keys(self):
        self.walks += 1
        return super().keys()

    def values(self):
        self.walks += 1
        return super().values()

    def items(self):
        self.walks += 1
        return super().items()


def _synthetic(entry: Trigger) -> Trigger:
    """The entry under lemmas, synonyms and forms no text has."""
    return entry.model_copy(update={
        "lemma": entry.lemma + SYNTHETIC,
        "synonyms": tuple(s + SYNTHETIC for s in entry.synonyms),
        "forms": {k + SYNTHETIC: tuple(f + SYNTHETIC for f in v) for k, v in entry.forms.items()},
    })


def _doubled(pack: LanguagePack) -> LanguagePack:
    triggers = _CountedTuple((*pack.triggers, *(_synthetic(e) for e in pack.triggers)))
    return pack.model_copy(update={"triggers": triggers})


class _CountingFinder(TriggerFinder):
    """A finder counting the entry checks it makes (each a test of one entry on one word)."""

    def __init__(self, pack: LanguagePack):
        super().__init__(pack)
        self.checks = 0
        self.by_lemma = _CountedIndex(self.by_lemma)

    def _fits(self, token, candidate, context):  # type: ignore[no-untyped-def]
        self.checks += 1
        return super()._fits(token, candidate, context)

    def _ruled_out(self, token, candidate, context):  # type: ignore[no-untyped-def]
        self.checks += 1
        return super()._ruled_out(token, candidate, context)


def _read(finder: _CountingFinder, lang: str) -> list[tuple[int, str, str, str | None]]:
    """What the finder finds in the language's sentences, each parsed anew (finding repairs the parse)."""
    nlp = load_pipeline(lang)
    found = []
    for number, text in enumerate(SENTENCES[lang]):
        for sentence in sentence_spans(nlp(text)):
            found += [(number, m.token.text, m.entry.type, m.entry.cameo) for m in finder.find(sentence)]
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_twice_the_triggers_cost_no_more_checks(lang):
    pack = load_pack(lang)
    doubled = _doubled(pack)
    assert len(doubled.triggers) == 2 * len(pack.triggers)
    plain, twice = _CountingFinder(pack), _CountingFinder(doubled)
    assert len(twice.by_lemma) >= 2 * len(plain.by_lemma) - 1  # the index really holds twice the keys
    walks_at_start = _CountedTuple.walks
    found = _read(plain, lang)
    assert found, "the sentences name events"
    assert _read(twice, lang) == found
    assert twice.checks == plain.checks > 0
    # reading sentences never walks the lexicon: lookups go by key
    assert plain.by_lemma.walks == twice.by_lemma.walks == 0
    assert _CountedTuple.walks == walks_at_start
