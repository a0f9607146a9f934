"""Acts whose arguments a clause hides (helper clauses29): a participle set off by a comma
after its clause ("a suspendu la diffusion de deux radios, accusant la France") is the
clause subject's act, also where the French parse hangs it on the nearest noun; a past
participle coordinated under an earlier participle's auxiliary ("a saisi un camion
transportant de la drogue et arrêté son chauffeur") is that subject's act too, where the
parse coordinates it with the participle that qualifies a noun. Sentences written for
these tests, about other countries than the probe files (tests/data/probes/clauses29-*)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from chronicle.annotate import _participle_conjunct_of_modifier, annotate
from chronicle.extract.syntax import trailing_participle_governor

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def found(text: str, lang: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.polarity)
            for e in code(text, lang)}


def test_french_participle_after_a_comma_is_the_subject_act_not_the_noun_before() -> None:
    events = found("Le Tchad a suspendu lundi la diffusion de deux chaînes de télévision étrangères, "
                   "accusant le Soudan de mener une campagne de désinformation.", "fr")
    # the suspension does not negate the accusation: the participle is no content of it
    assert ("ACCUSE", "TCD", "SDN", "positive") in events


def test_french_participle_after_a_comma_hung_on_a_nested_noun() -> None:
    events = found("L'Iran a fermé l'accès des navires de commerce au port de Bandar Abbas, "
                   "accusant Israël de préparer une attaque.", "fr")
    assert ("ACCUSE", "IRN", "ISR", "positive") in events


def test_participle_without_a_comma_qualifies_its_noun() -> None:
    doc = next(annotate("fr", ["La police a dispersé des manifestants accusant le gouvernement de corruption."]))
    participle = next(t for t in doc if t.text == "accusant")
    assert trailing_participle_governor(participle) is None
    doc = next(annotate("fr", ["Le Tchad a suspendu la diffusion de deux chaînes, accusant le Soudan de désinformation."]))
    participle = next(t for t in doc if t.text == "accusant")
    assert trailing_participle_governor(participle) is not None
    assert trailing_participle_governor(participle).lemma_ == "suspendre"


def test_french_participle_coordinated_under_the_first_auxiliary_past_a_modifier() -> None:
    # the parse coordinates "arrêté" with "transportant" (fails at 887ffa6: no arrest)
    text = ("Sur le terrain, la police algérienne a saisi mardi près de Maghnia un camion transportant "
            "trois tonnes de cannabis et arrêté son chauffeur, un ressortissant marocain.")
    doc = next(annotate("fr", [text]))
    arrested = next(t for t in doc if t.text == "arrêté")
    assert arrested.head.text == "saisi"
    arrests = {(e.source.country if e.source else None, e.target.country if e.target else None)
               for e in code(text, "fr") if e.trigger == "arrêté"}
    assert ("DZA", "MAR") in arrests


def test_french_active_participle_after_a_passive_modifier_shares_the_first_auxiliary() -> None:
    # the parse coordinates "menacé" with "orchestrée" (fails at 887ffa6: no threat)
    text = ("Le ministère serbe des Affaires étrangères a dénoncé sur Telegram une « provocation » orchestrée "
            "par Pristina et menacé le Kosovo de « mesures de réponse ».")
    doc = next(annotate("fr", [text]))
    threatened = next(t for t in doc if t.text == "menacé")
    assert threatened.head.text == "dénoncé"
    assert ("THREATEN", "SRB", "XKX", "positive") in found(text, "fr")


def _fixed(words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)


def test_participle_conjunct_of_a_modifier_on_fixed_parses() -> None:
    part_past, part_pres = "Tense=Past|VerbForm=Part", "Tense=Pres|VerbForm=Part"
    # "a dénoncé une campagne orchestrée par Berne et promis des mesures": active, an object of its own
    words = ["a", "dénoncé", "une", "campagne", "orchestrée", "par", "Berne", "et", "promis", "des", "mesures"]
    heads = [1, 1, 3, 1, 3, 6, 4, 8, 4, 10, 8]
    deps = ["aux:tense", "ROOT", "det", "obj", "acl", "case", "obl:agent", "cc", "conj", "det", "obj"]
    pos = ["AUX", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "DET", "NOUN"]
    morphs = ["", part_past, "", "", part_past, "", "", "", part_past, "", ""]
    assert _participle_conjunct_of_modifier(_fixed(words, heads, deps, pos, morphs)[8])
    # "... une campagne orchestrée par Berne et financée par Moscou": a second passive modifier
    words = ["a", "dénoncé", "une", "campagne", "orchestrée", "par", "Berne", "et", "financée", "par", "Moscou"]
    deps = ["aux:tense", "ROOT", "det", "obj", "acl", "case", "obl:agent", "cc", "conj", "case", "obl:agent"]
    pos = ["AUX", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "ADP", "PROPN"]
    assert not _participle_conjunct_of_modifier(_fixed(words, heads, deps, pos, morphs)[8])
    # "a saisi un camion transportant du cannabis et arrêté ...": a present participle is no conjunct of a past one
    words = ["a", "saisi", "un", "camion", "transportant", "du", "cannabis", "et", "arrêté", "le", "chauffeur"]
    heads = [1, 1, 3, 1, 3, 6, 4, 8, 4, 10, 8]
    deps = ["aux:tense", "ROOT", "det", "obj", "acl", "det", "obj", "cc", "conj", "det", "obj"]
    pos = ["AUX", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN"]
    morphs = ["", part_past, "", "", part_pres, "", "", "", part_past, "", ""]
    assert _participle_conjunct_of_modifier(_fixed(words, heads, deps, pos, morphs)[8])
    # with an auxiliary of its own ("et a arrêté") it heads its own clause
    words = ["a", "saisi", "un", "camion", "transportant", "du", "cannabis", "et", "a", "arrêté", "le", "chauffeur"]
    heads = [1, 1, 3, 1, 3, 6, 4, 9, 9, 4, 11, 9]
    deps = ["aux:tense", "ROOT", "det", "obj", "acl", "det", "obj", "cc", "aux:tense", "conj", "det", "obj"]
    pos = ["AUX", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "AUX", "VERB", "DET", "NOUN"]
    morphs = ["", part_past, "", "", part_pres, "", "", "", "", part_past, "", ""]
    assert not _participle_conjunct_of_modifier(_fixed(words, heads, deps, pos, morphs)[9])
