"""Tests of the curated knowledge: country lexicon and actor knowledge base."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chronicle.errors import KnowledgeError
from chronicle import packs as chronicle_packs
from chronicle.knowledge.actors import ActorKB, Organisation, Person, Role, load_actors, load_curated_actors
from chronicle.knowledge.countries import CountryLexicon, CountryRef, load_countries
from chronicle.knowledge.cache import cached
from chronicle.knowledge.phoenix import write_jsonl


@pytest.fixture(scope="module")
def countries() -> CountryLexicon:
    return load_countries()


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


# ---------------------------------------------------------------- countries


@pytest.mark.parametrize(
    "phrase, lang, iso3",
    [
        ("Corée du Nord", "fr", "PRK"),
        ("la Corée du Nord", "fr", "PRK"),
        ("RPDC", "fr", "PRK"),
        ("Corée du Sud", "fr", "KOR"),
        ("Etats-Unis", "fr", "USA"),
        ("les États-Unis", "fr", "USA"),
        ("Japon", "fr", "JPN"),
        ("North Korea", "en", "PRK"),
        ("DPRK", "en", "PRK"),
        ("the U.S.", "en", "USA"),
        ("US", "en", "USA"),
        ("S. Korea", "en", "KOR"),
        ("ROK", "en", "KOR"),
        # pycountry base layer, ISO's inverted French names rewritten
        ("République de Corée", "fr", "KOR"),
        ("Fédération de Russie", "fr", "RUS"),
        ("Bolivie", "fr", "BOL"),
        ("Republic of Korea", "en", "KOR"),
        ("Mozambique", "fr", "MOZ"),
    ],
)
def test_country_names(countries: CountryLexicon, phrase: str, lang: str, iso3: str) -> None:
    assert countries.lookup(phrase, lang) == CountryRef(iso3, "name", None)


@pytest.mark.parametrize(
    "phrase, lang, iso3",
    [
        ("la Maison Blanche", "fr", "USA"),
        ("la Maison blanche", "fr", "USA"),
        ("Washington", "fr", "USA"),
        ("Pyongyang", "fr", "PRK"),
        ("Séoul", "fr", "KOR"),
        ("le Kremlin", "fr", "RUS"),
        ("l’Elysée", "fr", "FRA"),
        ("Pékin", "fr", "CHN"),
        ("the White House", "en", "USA"),
        ("Cheong Wa Dae", "en", "KOR"),
        ("Beijing", "en", "CHN"),
    ],
)
def test_metonyms_stand_for_the_government(countries: CountryLexicon, phrase: str, lang: str, iso3: str) -> None:
    assert countries.lookup(phrase, lang) == CountryRef(iso3, "metonym", "GOV")


def test_periphrases(countries: CountryLexicon) -> None:
    assert countries.lookup("l'empire du Milieu", "fr") == CountryRef("CHN", "periphrasis", None)
    assert countries.lookup("le pays du Matin clair", "fr") == CountryRef("KOR", "periphrasis", None)
    assert countries.lookup("the Hermit Kingdom", "en") == CountryRef("PRK", "periphrasis", None)


def test_case_rules(countries: CountryLexicon) -> None:
    # one-word metonyms only capitalised; acronyms only in capitals
    assert countries.lookup("washington", "en") is None
    assert countries.lookup("us", "en") is None
    assert countries.lookup("rpdc", "fr") is None
    # other names are case-insensitive
    assert countries.lookup("la corée du nord", "fr") == CountryRef("PRK", "name", None)


def test_ambiguous_forms_are_left_out(countries: CountryLexicon) -> None:
    assert countries.lookup("Corée", "fr") is None
    assert countries.lookup("Korean", "en") is None


@pytest.mark.parametrize(
    "word, lang, iso3",
    [
        ("nord-coréenne", "fr", "PRK"),
        ("nord-coréens", "fr", "PRK"),
        ("Nord-Coréens", "fr", "PRK"),
        ("sud-coréen", "fr", "KOR"),
        ("américaines", "fr", "USA"),
        ("Américains", "fr", "USA"),
        ("nippone", "fr", "JPN"),
        ("chinois", "fr", "CHN"),
        ("suisse", "fr", "CHE"),  # also a name: the demonym index is separate
        ("North Korean", "en", "PRK"),
        ("American", "en", "USA"),
        ("Chinese", "en", "CHN"),
    ],
)
def test_demonyms(countries: CountryLexicon, word: str, lang: str, iso3: str) -> None:
    assert countries.demonym(word, lang) == iso3


def test_demonym_is_not_a_name(countries: CountryLexicon) -> None:
    assert countries.demonym("Corée du Nord", "fr") is None
    assert countries.demonym("nord-coréenne", "en") is None


def test_english_short_names(countries: CountryLexicon) -> None:
    assert countries.name("PRK") == "North Korea"
    assert countries.name("KOR") == "South Korea"
    assert countries.name("USA") == "United States"
    assert countries.name("FRA") == "France"


def test_phrases_have_article_and_bare_forms(countries: CountryLexicon) -> None:
    fr = dict(countries.phrases("fr"))
    assert fr["la Corée du Nord"].iso3 == "PRK"
    assert fr["Corée du Nord"].iso3 == "PRK"
    assert fr["Maison Blanche"] == CountryRef("USA", "metonym", "GOV")
    assert fr["nord-coréennes"].kind == "demonym"
    en = dict(countries.phrases("en"))
    assert en["the Kremlin"].iso3 == "RUS" and en["Kremlin"].iso3 == "RUS"
    assert "Corée du Nord" not in en


# ---------------------------------------------------------------- actors


@pytest.mark.parametrize(
    "country, role, day, name",
    [
        ("USA", "head_of_state", date(2019, 2, 28), "Donald Trump"),
        ("USA", "head_of_state", date(2022, 1, 1), "Joe Biden"),
        ("USA", "head_of_state", date(2025, 6, 1), "Donald Trump"),
        ("USA", "foreign_minister", date(2019, 2, 28), "Mike Pompeo"),
        ("KOR", "head_of_state", date(2019, 6, 30), "Moon Jae-in"),
        ("KOR", "foreign_minister", date(2018, 7, 31), "Kang Kyung-wha"),
        ("KOR", "head_of_state", date(2025, 6, 4), "Lee Jae-myung"),
        # a suspended president and the acting one: the later term wins
        ("KOR", "head_of_state", date(2025, 1, 15), "Choi Sang-mok"),
        ("PRK", "head_of_state", date(2019, 2, 28), "Kim Jong-un"),
        ("JPN", "head_of_government", date(2025, 11, 1), "Sanae Takaichi"),
        ("UNO", "secretary_general", date(2015, 5, 1), "Ban Ki-moon"),
    ],
)
def test_holder(kb: ActorKB, country: str, role: str, day: date, name: str) -> None:
    holder = kb.holder(country, role, day)
    assert holder is not None and holder.name == name


def test_holder_unknown_role_or_day(kb: ActorKB) -> None:
    assert kb.holder("USA", "head_of_state", date(1800, 1, 1)) is None
    assert kb.holder("XXX", "head_of_state", date(2019, 1, 1)) is None


def test_role_applies_only_within_its_dates(kb: ActorKB) -> None:
    pompeo = kb.match("Mike Pompeo")
    assert isinstance(pompeo, Person)
    assert pompeo.role_on(date(2017, 6, 1)).role == "intelligence_chief"
    assert pompeo.role_on(date(2018, 4, 26)).role == "foreign_minister"  # start inclusive
    assert pompeo.role_on(date(2021, 1, 20)) is None  # end exclusive
    assert pompeo.role_on(date(2016, 1, 1)) is None
    assert pompeo.role_on(None).role == "foreign_minister"  # most recent


def test_role_active_on() -> None:
    role = Role("foreign_minister", "t", "KOR", "GOV", date(2020, 1, 1), date(2021, 1, 1), "s")
    assert role.active_on(date(2020, 1, 1)) and role.active_on(date(2020, 12, 31))
    assert not role.active_on(date(2021, 1, 1)) and not role.active_on(date(2019, 12, 31))
    assert Role("x", "t", "KOR", "GOV", None, None, "s").active_on(date(1900, 1, 1))


def test_most_senior_role_wins(kb: ActorKB) -> None:
    kim = kb.match("Kim Jong-un")
    assert isinstance(kim, Person)
    assert kim.role_on(date(2019, 2, 28)).role == "head_of_state"
    assert kim.role_on(date(2019, 2, 28)).title == "Supreme Leader of North Korea"


@pytest.mark.parametrize("text", ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "kim jong un"])
def test_match_name_variants(kb: ActorKB, text: str) -> None:
    person = kb.match(text)
    assert isinstance(person, Person) and person.name == "Kim Jong-un" and person.country == "PRK"


def test_match_short_forms_and_accents(kb: ActorKB) -> None:
    assert kb.match("Trump").name == "Donald Trump"
    assert kb.match("Nguyễn Phú Trọng").name == "Nguyen Phu Trong"
    assert kb.match("Kim") is None  # bare ambiguous surnames are never names
    assert kb.match("Moon") is None


def test_match_organisations(kb: ActorKB) -> None:
    kcna = kb.match("agence centrale de presse nord-coréenne")
    assert isinstance(kcna, Organisation) and kcna.country == "PRK" and kcna.sector == "GOV"
    assert kb.match("KCNA") is kcna
    asean = kb.match("Asean")
    assert isinstance(asean, Organisation) and asean.country == "IGO"
    assert kb.match("ministère de la Réunification").sector == "GOV"
    assert kb.match("état-major interarmées").sector == "MIL"
    assert kb.match("l’ONU").country == "UNO"
    assert kb.match("un") is None  # the French article is not the UN


def test_surnames(kb: ActorKB) -> None:
    names = kb.surnames()
    assert [p.name for p in names["Pompeo"]] == ["Mike Pompeo"]
    assert "Moon Jae-in" in [p.name for p in names["Moon"]]  # family name first
    assert "Xi Jinping" in [p.name for p in names["Xi"]]
    assert "Shinzo Abe" in [p.name for p in names["Abe"]]


def test_phrases_by_language(kb: ActorKB) -> None:
    fr = {text: entity.name for text, entity in kb.phrases("fr")}
    en = {text: entity.name for text, entity in kb.phrases("en")}
    assert fr["Kim Jong Un"] == "Kim Jong-un"
    assert fr["Parti des travailleurs de Corée"] == "Workers' Party of Korea"
    assert fr["KCNA"] == "Korean Central News Agency"  # language-neutral form
    assert "Parti des travailleurs de Corée" not in en
    assert en["State Department"] == "United States Department of State"


# ---------------------------------------------------------------- validation

_GOOD_ROLE = "{role: head_of_state, title: President, country: USA, sector: GOV, start: 2017-01-20, end: 2021-01-20, source: test}"
_ORGS = "- {name: Test Org, country: UNO, sector: IGO, names: {en: [TO]}, source: test}\n"


def _people(tmp_path: Path, role: str, name: str = "Jane Doe") -> Path:
    path = tmp_path / "people.yaml"
    path.write_text(f"- name: {name}\n  country: USA\n  roles:\n    - {role}\n", encoding="utf-8")
    return path


def _orgs(tmp_path: Path, text: str = _ORGS) -> Path:
    path = tmp_path / "organisations.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_tmp_files_load(tmp_path: Path) -> None:
    kb = ActorKB.load(_people(tmp_path, _GOOD_ROLE), _orgs(tmp_path))
    assert kb.holder("USA", "head_of_state", date(2018, 1, 1)).name == "Jane Doe"
    assert kb.match("TO").name == "Test Org"


@pytest.mark.parametrize(
    "role, message",
    [
        (_GOOD_ROLE.replace(", source: test", ""), "source"),
        (_GOOD_ROLE.replace("2021-01-20", "2021-02-30"), "not an ISO date"),
        (_GOOD_ROLE.replace("2021-01-20", "2016-01-01"), "not after start"),
        (_GOOD_ROLE.replace("sector: GOV", "sector: XYZ"), "unknown sector"),
        (_GOOD_ROLE.replace("country: USA", "country: ZZZ"), "unknown country"),
        (_GOOD_ROLE.replace("head_of_state", "emperor_of_mars"), "unknown role"),
    ],
)
def test_bad_people_file_names_file_and_entry(tmp_path: Path, role: str, message: str) -> None:
    path = _people(tmp_path, role, name="Bad Entry")
    with pytest.raises(KnowledgeError) as info:
        ActorKB.load(path, _orgs(tmp_path))
    text = str(info.value)
    assert str(path) in text and "Bad Entry" in text and message in text


def test_bad_organisation_file(tmp_path: Path) -> None:
    path = _orgs(tmp_path, "- {name: Nameless Source, country: UNO, sector: IGO, names: {en: [NS]}}\n")
    with pytest.raises(KnowledgeError, match="Nameless Source.*source"):
        ActorKB.load(_people(tmp_path, _GOOD_ROLE), path)
    path = _orgs(tmp_path, "- {name: Bad Sector, country: UNO, sector: FOO, names: {en: [BS]}, source: s}\n")
    with pytest.raises(KnowledgeError, match="Bad Sector.*unknown sector"):
        ActorKB.load(_people(tmp_path, _GOOD_ROLE), path)


def test_duplicate_surface_form_is_rejected(tmp_path: Path) -> None:
    path = _orgs(tmp_path, _ORGS + "- {name: Other Org, country: UNO, sector: IGO, names: {any: [TO]}, source: s}\n")
    with pytest.raises(KnowledgeError, match="Other Org"):
        ActorKB.load(_people(tmp_path, _GOOD_ROLE), path)


def test_a_form_may_name_different_bodies_in_two_languages(tmp_path: Path) -> None:
    """"RSF": Sudan's Rapid Support Forces in English, Reporters sans frontières in French."""
    path = _orgs(tmp_path, _ORGS + "- {name: Other Org, country: NGO, sector: NGO, names: {fr: [TO]}, source: s}\n")
    kb = ActorKB.load(_people(tmp_path, _GOOD_ROLE), path)
    assert dict(kb.phrases("fr"))["TO"].name == "Other Org"
    assert dict(kb.phrases("en"))["TO"].name == "Test Org"


@pytest.mark.parametrize(
    "entry, message",
    [
        ("countries:\n  KOR:\n    names: [Corée du Sud]\n", "source"),
        ("countries:\n  XXX:\n    source: s\n    names: [Nulle part]\n", "ISO 3166-1"),
        ("countries:\n  KOR:\n    source: s\n    nicknames: [X]\n", "unknown keys"),
        ("countries:\n  KOR:\n    source: s\n    names: [Corée]\n  PRK:\n    source: s\n    names: [la Corée]\n", "already names KOR"),
        ("iso_names: {locale: fr, fields: [name], rewrites: [{match: '(', forms: [x], reason: r}]}\ncountries: {}\n", "bad pattern"),
        ("iso_names: {locale: zz, fields: [name]}\ncountries: {}\n", "no locale"),
        ("KOR:\n  source: s\n  fr:\n    names: [Corée du Sud]\n", "'countries'"),
    ],
)
def test_bad_countries_file(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "countries.yaml"
    path.write_text(entry, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        CountryLexicon.load({"fr": path})
    assert str(path) in str(info.value) and message in str(info.value)
    if "XXX" not in entry and "iso_names" not in entry and entry.startswith("countries"):
        assert "'KOR'" in str(info.value) or "'PRK'" in str(info.value)


def test_country_vocabulary_moved_to_the_packs_unchanged() -> None:
    """The packs' countries.yaml hold exactly what the single file held: every
    curated form of every country, in both languages, with its source (the
    file as it was before the move is kept in tests/data for this check)."""
    import yaml

    before = yaml.safe_load((Path(__file__).parent / "data" / "countries-before-packs.yaml").read_text(encoding="utf-8"))
    countries = load_countries()
    for lang in ("en", "fr"):
        after = yaml.safe_load((Path(chronicle_packs.__file__).parent / lang / "countries.yaml").read_text(encoding="utf-8"))
        assert set(before) <= set(after["countries"])  # countries added later are not losses
        for iso3, entry in before.items():
            moved = after["countries"][iso3]
            assert moved["source"].startswith(entry["source"])  # sources of later additions follow
            for field, forms in entry[lang].items():  # later additions may follow, nothing is lost
                assert moved[field][: len(forms)] == forms
            for forms in entry[lang].values():
                assert all(countries.lookup(form, lang).iso3 == iso3 for form in forms)
    for iso3, entry in before.items():
        if "name" in entry:
            assert countries.name(iso3) == entry["name"]


def test_organisation_names_moved_to_the_packs_unchanged() -> None:
    """Each organisation keeps every form it had per language, now read from the packs."""
    import yaml

    before = yaml.safe_load((Path(__file__).parent / "data" / "organisations-before-packs.yaml").read_text(encoding="utf-8"))
    # renamed since to the name the press uses, the full name kept as a form
    renamed = {"Economic Community of West African States": "ECOWAS", "Southern African Development Community": "SADC", "National Liberation Army (Colombia)": "ELN"}
    kb = load_curated_actors()
    by_name = {org.name: org for org in kb.organisations}
    for entry in before:
        org = by_name[renamed.get(entry["name"], entry["name"])]
        for lang, forms in (entry.get("names") or {}).items():
            assert set(forms) <= {org.name, *org.aliases.get(lang, ()), *org.aliases.get("any", ())}
    for lang in ("en", "fr"):
        phrases = dict(kb.phrases(lang))
        assert all(phrases[form].name == renamed.get(entry["name"], entry["name"]) for entry in before for form in (entry.get("names") or {}).get(lang, ()))


# ---------------------------------------------------------------- imported (Phoenix) actors


def _imported(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "actors.jsonl.gz"
    write_jsonl(path, rows)
    return path


_PHOENIX_ROWS = [
    # a former head of government: dated offices, then the default code
    {"kind": "person", "name": "Alpha Example", "names": ["President Alpha Example"], "codes": [
        ["SENGOV", "SEN", "GOV", "2000-04-01", "2012-04-02", 10], ["SENELI", "SEN", "ELI", None, None, 11]],
     "source": "Phoenix.Countries.actors.txt:9"},
    # an office open at the end of the dictionaries, no default
    {"kind": "person", "name": "Beta Example", "codes": [["MLIGOV", "MLI", "GOV", "2013-09-04", None, 21]], "source": "Phoenix.Countries.actors.txt:20"},
    # named like a curated person: the curated entry wins
    {"kind": "person", "name": "Jane Doe", "codes": [["FRAGOV", "FRA", "GOV", None, None, 31]], "source": "Phoenix.Countries.actors.txt:30"},
    # one form shared by entries of two countries: ambiguous, dropped; the others stay
    {"kind": "organisation", "name": "Gamma Front", "names": ["The Front"], "codes": [["COLREB", "COL", "REB", None, None, 40]], "source": "Phoenix.MilNonState.actors.txt:40"},
    {"kind": "organisation", "name": "Delta Front", "names": ["The Front"], "codes": [["PERREB", "PER", "REB", None, None, 41]], "source": "Phoenix.MilNonState.actors.txt:41"},
    # a form the country lexicon has is the country's
    {"kind": "organisation", "name": "Epsilon Agency", "names": ["Washington"], "acronyms": ["EPA"], "codes": [["USANGO", "USA", "NGO", None, None, 50]], "source": "Phoenix.Countries.actors.txt:50"},
    # a state body's acronym: every state has an NSC
    {"kind": "organisation", "name": "Zeta Security Council", "acronyms": ["ZSC"], "codes": [["USAGOV", "USA", "GOV", None, None, 60]], "source": "Phoenix.Countries.actors.txt:60"},
]


def test_imported_people_and_groups_merge_under_the_curated_ones(tmp_path: Path) -> None:
    kb = ActorKB.load(_people(tmp_path, _GOOD_ROLE), _orgs(tmp_path), _imported(tmp_path, _PHOENIX_ROWS))
    alpha = kb.match("President Alpha Example")
    assert isinstance(alpha, Person) and alpha.imported
    assert alpha.role_on(date(2005, 1, 1)).sector == "GOV"
    assert alpha.role_on(date(2015, 1, 1)).sector == "ELI"  # out of office: the default code applies
    assert alpha.role_on(date(2005, 1, 1)).source == "Phoenix.Countries.actors.txt:10"
    assert alpha.surname is None  # imported people are not matched by a lone family name
    beta = kb.match("Beta Example")
    assert beta.role_on(date(2013, 9, 3)) is None  # not yet in office
    assert beta.role_on(date(2018, 6, 1)).sector == "GOV"  # open at the snapshot: held for a term more
    assert beta.role_on(date(2019, 6, 1)) is None  # ... until open_roles.end (data/phoenix_corrections.yaml)
    assert kb.match("Jane Doe").country == "USA"  # curated, not the imported French namesake
    assert kb.match("Gamma Front").country == "COL" and kb.match("Delta Front").country == "PER"
    assert kb.match("The Front") is None
    assert kb.match("Washington") is None and kb.match("EPA").name == "Epsilon Agency"
    assert kb.match("Zeta Security Council").sector == "GOV" and kb.match("ZSC") is None
    assert len([p for p in kb.people if p.imported]) == 2


def test_a_malformed_imported_row_names_its_line(tmp_path: Path) -> None:
    path = _imported(tmp_path, [_PHOENIX_ROWS[0], {"kind": "person", "name": "No Codes", "source": "x:1"}])
    with pytest.raises(KnowledgeError, match=r"actors.jsonl.gz:2"):
        ActorKB.load(_people(tmp_path, _GOOD_ROLE), _orgs(tmp_path), path)


def test_the_packaged_base_holds_the_imported_dictionaries(kb: ActorKB) -> None:
    imported = [e for e in kb.entities() if e.imported]
    assert len(imported) > 20000
    assert all(r.source.startswith("Phoenix.") for p in kb.people if p.imported for r in p.roles)
    assert all(o.source.startswith("Phoenix.") for o in kb.organisations if o.imported)
    # curated first: a phrase both know is the curated entry's
    assert not kb.entities()[0].imported and kb.match("Vladimir Putin").imported is False


def test_compiled_knowledge_is_cached_by_the_hash_of_its_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONICLE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CHRONICLE_NO_CACHE", raising=False)
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    builds: list[str] = []

    def build() -> dict:
        builds.append(data.read_text(encoding="utf-8"))
        return {"value": builds[-1]}

    assert cached("test", [data], build, dict) == {"value": "one"}
    assert cached("test", [data], build, dict) == {"value": "one"}  # read back, not rebuilt
    assert builds == ["one"] and len(list((tmp_path / "cache").glob("test-*.pickle"))) == 1
    data.write_text("two", encoding="utf-8")
    assert cached("test", [data], build, dict) == {"value": "two"}  # a changed file rebuilds
    assert builds == ["one", "two"]
