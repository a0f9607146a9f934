"""Reversals (wave 20, reversal20): a verb of undoing acting on a coercive or restrictive
noun, in English and French ("scrapped the travel ban", "rolled back restrictions",
"a suspendu l'interdiction de voyager", "a mis fin au blocus de"). The nouns are word
classes shared by every verb of reversal (trigger files' `classes`, named `@name`); the
CAMEO code follows the noun: economic sanctions and tariffs RETREAT 085, curfews, bans
and restrictions CONCEDE 081, blockades RETREAT 0872. Sentences written for these tests,
about many countries; the counter-sentences keep the ordinary senses ("lifted the
trophy", "a levé des fonds", "reopened the debate") and the opposite acts uncoded."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.errors import KnowledgeError
from chronicle.model import Event
from chronicle.packs import load_pack_from
from event_checks import coded_as, lang_coder

_code = lang_coder("2025-05-01")
_REVERSALS = ("CONCEDE", "RETREAT")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity) for e in events]



@pytest.mark.parametrize(
    ("text", "lang", "event_type", "cameo", "source", "target"),
    [
        # English: verbs of reversal on restrictions, CONCEDE 081
        ("Kenya scrapped the travel ban on visitors from Somalia.", "en", "CONCEDE", "081", "KEN", "SOM"),
        ("The Thai government rolled back restrictions on public gatherings.", "en", "CONCEDE", "081", "THA", None),
        ("China loosened curbs on imports of Australian wine.", "en", "CONCEDE", "081", "CHN", "AUS"),
        ("South Korea removed the curbs on Japanese seafood imports.", "en", "CONCEDE", "081", "KOR", "JPN"),
        ("Uganda lifted the suspension of the Danish charity.", "en", "CONCEDE", "081", "UGA", "DNK"),
        ("Mali's junta lifted the suspension of political parties.", "en", "CONCEDE", "081", "MLI", None),
        ("Ecuador's president let the state of emergency lapse in three provinces.", "en", "CONCEDE", "081", "ECU", None),
        ("Ethiopia restored internet access in the Tigray region.", "en", "CONCEDE", "0811", "ETH", None),
        ("Bangladesh restored mobile internet services after the protests.", "en", "CONCEDE", "0811", "BGD", None),
        ("Laos rescinded the curfew in Vientiane on Sunday.", "en", "CONCEDE", "081", "LAO", None),
        # English: economic curbs, RETREAT 085; the side they weighed on is the target
        ("Japan eased export controls on South Korea.", "en", "RETREAT", "085", "JPN", "KOR"),
        ("Brazil scrapped tariffs on Argentine steel.", "en", "RETREAT", "085", "BRA", "ARG"),
        ("The European Union eased sanctions on Venezuela.", "en", "RETREAT", "085", "EUR", "VEN"),
        # English: blockades, RETREAT 0872
        ("Saudi Arabia ended its blockade of Qatar.", "en", "RETREAT", "087", "SAU", "QAT"),
        # French: restrictions, CONCEDE 081
        ("Le Kenya a suspendu l'interdiction de voyager visant les Somaliens.", "fr", "CONCEDE", "081", "KEN", None),
        ("Le président équatorien a laissé expirer l'état d'urgence dans trois provinces.", "fr", "CONCEDE", "081", "ECU", None),
        ("Le Venezuela a rouvert la frontière avec la Colombie lundi.", "fr", "CONCEDE", "081", "VEN", "COL"),
        ("Le Nigeria a rouvert ses frontières terrestres avec le Bénin.", "fr", "CONCEDE", "081", "NGA", "BEN"),
        ("Le Laos a supprimé le couvre-feu à Vientiane dimanche.", "fr", "CONCEDE", "081", "LAO", None),
        ("La Géorgie a abrogé la loi sur les agents étrangers après des manifestations massives.", "fr", "CONCEDE", "083", "GEO", None),
        # French: economic curbs, RETREAT 085
        ("Les États-Unis ont dégelé les avoirs de la banque centrale afghane.", "fr", "RETREAT", "085", "USA", "AFG"),
        ("Le Canada a supprimé les droits de douane sur les véhicules électriques chinois.", "fr", "RETREAT", "085", "CAN", "CHN"),
        ("Le Japon a allégé les contrôles à l'exportation visant la Corée du Sud.", "fr", "RETREAT", "085", "JPN", None),
        ("Le Brésil a abrogé les sanctions contre le Paraguay.", "fr", "RETREAT", "085", "BRA", "PRY"),
        # French: blockades and one's own strikes, RETREAT 087
        ("L'Arabie saoudite a mis fin au blocus du Qatar.", "fr", "RETREAT", "0872", "SAU", "QAT"),
        ("Le gouvernement colombien a suspendu les bombardements contre l'ELN.", "fr", "RETREAT", "087", "COL", None),
        # French: tariffs lowered, an announced lowering is a concession (CONCEDE, intended)
        ("Le Mexique abaissera ses surtaxes sur l'acier brésilien.", "fr", "CONCEDE", "08", "MEX", "BRA"),
        # French: a border reopened, said by the noun; charges dropped are 081 as in English
        ("Le Burundi a annoncé la réouverture de la frontière avec le Rwanda.", "fr", "CONCEDE", "081", "BDI", "RWA"),
        ("La justice égyptienne a abandonné les poursuites contre trois journalistes d'Al Jazeera.", "fr", "CONCEDE", "081", "EGY", None),
        # sentences commuted, visa requirements scrapped, airspace reopened
        ("Zambia's president commuted the death sentences of 30 inmates.", "en", "CONCEDE", "081", "ZMB", None),
        ("Le président zambien a commué la peine de mort de trente détenus.", "fr", "CONCEDE", "081", "ZMB", None),
        ("Le Rwanda a supprimé l'obligation de visa pour les voyageurs africains.", "fr", "CONCEDE", "081", "RWA", None),
        ("Le Qatar a rouvert son espace aérien aux vols commerciaux dimanche.", "fr", "CONCEDE", "081", "QAT", None),
    ],
)
def test_a_reversal_verb_on_a_coercive_noun_is_coded_by_the_noun(text, lang, event_type, cameo, source, target):
    events = _code(text, lang)
    assert coded_as(events, event_type, cameo, source, target), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Argentine captain lifted the trophy in Buenos Aires.", "en"),
        ("Nigeria freed up funds for road building.", "en"),
        ("Brazil lifted its growth forecast for next year.", "en"),
        ("Egypt restored the ancient temple near Luxor.", "en"),
        ("The central bank eased monetary policy in Thailand.", "en"),
        ("Hungary called for the lifting of sanctions on Russia.", "en"),
        ("Mexico extended the ban on GM corn imports.", "en"),
        ("Argentina's president lifted price controls on fuel.", "en"),
        ("The United States ended the government shutdown on Friday.", "en"),
        ("Iceland let the deadline lapse without a deal.", "en"),
        ("Le capitaine argentin a levé le trophée à Buenos Aires.", "fr"),
        ("La start-up française a levé des fonds auprès d'investisseurs.", "fr"),
        ("Le président de l'Assemblée a levé la séance à minuit.", "fr"),
        ("Le ministre a rouvert le débat sur les retraites.", "fr"),
        ("La Hongrie a demandé la levée des sanctions contre la Russie.", "fr"),
        ("La banque centrale thaïlandaise a assoupli sa politique monétaire.", "fr"),
        ("Le Mexique a prolongé l'interdiction des importations de maïs transgénique.", "fr"),
        ("Le Chili a rouvert son ambassade à Caracas.", "fr"),
        ("India cancelled the visas of Canadian citizens.", "en"),
        ("Thailand extended the curfew in Bangkok.", "en"),
        ("L'Inde a annulé les visas des ressortissants canadiens.", "fr"),
        ("Le Vietnam a rétabli l'ordre dans la capitale après des émeutes.", "fr"),
        ("Le gouvernement a levé un impôt exceptionnel sur les banques.", "fr"),
    ],
)
def test_ordinary_senses_and_opposite_acts_code_no_reversal(text, lang):
    events = _code(text, lang)
    assert not [e for e in events if e.event_type in _REVERSALS and e.polarity == "positive"], _listing(events)


def test_a_reversal_entry_leaves_the_verbs_other_senses_alone():
    # the reversal entries of 'drop' need their nouns: a blocker word nearby ('call') must not
    # rule the verb's other sense out (a yielding, CAMEO 080)
    events = _code("Austria's chancellor dropped his objection after a phone call with the Italian prime minister.", "en")
    assert any(e.event_type == "CONCEDE" and e.source.country == "AUT" for e in events), _listing(events)


def test_a_word_class_is_spelled_out_in_a_pattern(tmp_path: Path):
    folder = _mini_pack(tmp_path, "pattern: [\"@curbs\"]")
    assert load_pack_from(folder).triggers[0].pattern == ("curfew|ban",)


def test_a_word_class_is_spelled_out_in_every_entry_that_names_it(tmp_path: Path):
    folder = _mini_pack(tmp_path, "requires: [\"@curbs\"]")
    trigger = load_pack_from(folder).triggers[0]
    assert trigger.requires == ("curfew", "ban")


def test_an_unknown_word_class_is_an_error_naming_it(tmp_path: Path):
    folder = _mini_pack(tmp_path, "requires: [\"@nowhere\"]")
    with pytest.raises(KnowledgeError, match="nowhere"):
        load_pack_from(folder)


def test_a_word_class_named_where_no_file_defines_any_is_an_error(tmp_path: Path):
    folder = _mini_pack(tmp_path, "requires: [\"@nowhere\"]", classes=False)
    with pytest.raises(KnowledgeError, match="nowhere"):
        load_pack_from(folder)


def _mini_pack(tmp_path: Path, requires: str, classes: bool = True) -> Path:
    """A copy of the English pack whose lexicon is one entry naming a word class (and,
    unless ``classes`` is False, defines the class ``curbs``)."""
    import shutil

    from chronicle.packs import pack_folders

    folder = tmp_path / "en"
    shutil.copytree(pack_folders()["en"], folder)
    shutil.rmtree(folder / "triggers")
    (folder / "triggers.yaml").write_text(
        ("classes:\n  curbs: {words: [curfew, ban], source: test}\n" if classes else "")
        + "triggers:\n  - {lemma: lift, type: CONCEDE, cameo: \"081\", frame: ease, " + requires + ", source: test}\n",
        encoding="utf-8")
    return folder
