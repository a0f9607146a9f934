"""Whose actor a phrase names, through ``chronicle.code``: a country that owns a
body by its possessive or genitive ("Peru's Congress"), demonyms listed on one
noun ("Thai and Cambodian troops"), hyphenated place names that hold a
country's name ("la Colombie-Britannique"), place names that are also words
("les paris sportifs"), and groups of states the press names as one actor
("les Occidentaux", "the Gulf states", "the Quad", "les juntes sahéliennes").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronicle.knowledge.gazetteer import load_gazetteer
from event_checks import lang_coder, only, parties, triples


code = lang_coder("2024-05-14")


# ------------------------------------------------------- a country owns the body


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("Peru's Congress condemned the attack on the Chilean embassy.", "en", "PER"),
        ("Guatemala's Congress criticized the Honduran government.", "en", "GTM"),
        ("Le Congrès du Pérou a condamné l'attaque contre l'ambassade du Chili.", "fr", "PER"),
        ("Le Congrès colombien a critiqué le gouvernement vénézuélien.", "fr", "COL"),
    ],
)
def test_a_body_named_like_the_us_one_belongs_to_its_owner(text: str, lang: str, country: str) -> None:
    """"Congress" alone is the US Congress; with another country's possessive or
    genitive it is that country's legislature."""
    event = only(code(text, lang), "ACCUSE")
    assert (event.source.country, event.source.sector) == (country, "LEG")
    assert event.source.name is None


@pytest.mark.parametrize(
    "text, country, sector",
    [
        ("Taiwan's Ministry of National Defense condemned the Chinese drills near Kinmen.", "TWN", "MIL"),
        ("The Ministry of National Defense condemned North Korea's missile launch.", "KOR", "MIL"),
    ],
)
def test_a_state_office_named_like_another_states_belongs_to_its_owner(text: str, country: str, sector: str) -> None:
    """Several states have a "Ministry of National Defense"; the knowledge base's entry
    is South Korea's, which the name alone still means, while a possessive names the
    owner and the entry keeps telling what kind of body it is."""
    event = only(code(text, "en"), "ACCUSE")
    assert (event.source.country, event.source.sector) == (country, sector)


def test_the_us_congress_stays_the_us_congress() -> None:
    event = only(code("The US Congress condemned the attack on the Israeli embassy.", "en"), "ACCUSE")
    assert (event.source.country, event.source.name) == ("USA", "United States Congress")


# ------------------------------------------------- two nationalities on one noun


@pytest.mark.parametrize(
    "text, lang, event_type, pair",
    [
        ("Thai and Cambodian troops clashed along the border on Monday.", "en", "ASSAULT", {"THA", "KHM"}),
        ("Ethiopian and Eritrean soldiers clashed near the border town of Badme.", "en", "ASSAULT", {"ETH", "ERI"}),
        ("Les soldats thaïlandais et cambodgiens se sont affrontés à la frontière.", "fr", "ASSAULT", {"THA", "KHM"}),
    ],
)
def test_two_demonyms_on_one_noun_are_two_actors(text: str, lang: str, event_type: str, pair: set[str]) -> None:
    events = [e for e in code(text, lang) if e.event_type == event_type]
    assert events, triples(code(text, lang))
    assert all({e.source.country, e.target.country} == pair for e in events)
    assert all(e.source.sector == "MIL" for e in events)


def test_one_demonym_before_a_noun_is_one_actor() -> None:
    """No list: "Cambodian troops" are Cambodia's only."""
    event = only(code("Cambodian troops attacked a Thai border post.", "en"), "ASSAULT")
    assert event.source.country == "KHM"


# ------------------------------------------------- places whose names hold others


def test_a_hyphenated_province_is_of_its_own_country() -> None:
    """"Colombie-Britannique" is British Columbia: neither Colombia nor a
    Colombia-Britain dyad."""
    countries = {a.country for a in parties(code("Le premier ministre de la Colombie-Britannique a critiqué Ottawa.", "fr"))}
    assert "COL" not in countries and "GBR" not in countries


def test_a_place_name_in_lower_case_is_a_word() -> None:
    """"les paris sportifs" are bets, not Paris."""
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("paris") is None
    assert gazetteer.lookup("Paris").country == "FRA"
    events = code("Le gouvernement sénégalais a interdit les paris sportifs en ligne à Dakar.", "fr")
    assert all(e.location is None or e.location.country != "FRA" for e in events)
    assert all(a.country != "FRA" for a in parties(events))


def test_the_kasai_is_congolese() -> None:
    """A Congolese region against a Japanese town of the same name."""
    assert load_gazetteer().lookup("Kasaï").country == "COD"
    event = only(code("L'armée congolaise a attaqué des miliciens dans le Kasaï.", "fr"), "ASSAULT")
    assert event.location is not None and event.location.country == "COD"


# --------------------------------------------------------------- groups of states


@pytest.mark.parametrize(
    "text, lang, event_type, name",
    [
        ("Western countries imposed sanctions on Russia after the invasion.", "en", "SANCTION", "Western countries"),
        ("Les Occidentaux ont imposé des sanctions à la Biélorussie.", "fr", "SANCTION", "Western countries"),
        ("Les chancelleries occidentales ont condamné le régime iranien.", "fr", "ACCUSE", "Western countries"),
        ("Les pays du Golfe ont appelé l'Iran à la retenue.", "fr", "REQUEST", "Gulf Arab states"),
        ("The Gulf Arab states urged Iran to release the tanker.", "en", "REQUEST", "Gulf Arab states"),
        ("The Quad condemned North Korea's missile launch.", "en", "ACCUSE", "Quad"),
        ("Les juntes sahéliennes ont accusé la France de soutenir les jihadistes.", "fr", "ACCUSE", "Alliance of Sahel States"),
        ("The Sahel juntas accused ECOWAS of serving foreign powers.", "en", "ACCUSE", "Alliance of Sahel States"),
    ],
)
def test_a_group_of_states_is_one_intergovernmental_actor(text: str, lang: str, event_type: str, name: str) -> None:
    event = only(code(text, lang), event_type)
    assert (event.source.name, event.source.country) == (name, "IGO")


def test_the_west_in_lower_case_is_a_direction() -> None:
    events = code("Malian soldiers attacked jihadists in the west of the country.", "en")
    assert all(a.name != "Western countries" for a in parties(events))


# ------------------------------------------------------- a country owns the title


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        # a title with the country's possessive is that country's holder, whoever the home country
        ("Spain's King Felipe met Moroccan King Mohammed VI in Rabat.", "en", "2023-02-01", "Felipe VI", "ESP"),
        # a country named right before the title, parsed anywhere
        ("Chad's foreign minister met US Deputy Secretary of State Wendy Sherman in Washington.", "en", "2022-03-10", "Wendy Sherman", "USA"),
    ],
)
def test_a_country_before_a_title_owns_it(text: str, lang: str, published: str, name: str, country: str) -> None:
    person = [a for a in parties(code(text, lang, published)) if a.name == name]
    assert person and person[0].country == country, [(a.name, a.country) for a in parties(code(text, lang, published))]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Belgium's King Philippe criticized Rwanda over the violence in eastern Congo.", "en"),
        ("King Philippe met Congolese President Felix Tshisekedi in Brussels.", "en"),
        ("Le roi Philippe a reçu le président congolais Félix Tshisekedi à Bruxelles.", "fr"),
    ],
)
def test_a_title_beats_a_surname_of_someone_else(text: str, lang: str) -> None:
    """In 2019 "Philippe" alone is Édouard Philippe, French prime minister; a king
    called Philippe is the Belgian king, the one head of state of that name."""
    names = {a.name: a.country for a in parties(code(text, lang, "2019-06-12"))}
    assert names.get("Philippe of Belgium") == "BEL" and "Édouard Philippe" not in names, names


def test_a_surname_with_its_own_title_stays_that_person() -> None:
    events = code("Prime Minister Philippe met German Chancellor Angela Merkel in Berlin.", "en", "2019-06-12")
    assert {a.name for a in parties(events)} == {"Édouard Philippe", "Angela Merkel"}


# ------------------------------------------------------- unions among listed countries


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le ministre kényan des Affaires étrangères a rencontré ses homologues de l'Ouganda, de l'Union africaine et du Rwanda à Nairobi.", "fr", {"UGA", "IGO", "RWA"}),
        ("Le chef de la diplomatie marocaine s'est entretenu avec ses homologues de l'Union européenne et de l'Espagne à Rabat.", "fr", {"EUR", "ESP"}),
    ],
)
def test_a_union_listed_among_countries_is_a_counterpart(text: str, lang: str, expected: set[str]) -> None:
    """A union of states in a list of counterparts does not end the list."""
    countries = {a.country for a in parties(code(text, lang))}
    assert expected <= countries, countries


def test_a_union_owns_its_ambassador() -> None:
    event = only(code("L'ambassadeur de l'Union européenne a critiqué le gouvernement malien.", "fr"), "ACCUSE")
    assert event.source.country == "EUR"


# --------------------------------------------------------------- broadcasters


@pytest.mark.parametrize(
    "text, lang, event_type, name, country",
    [
        ("Les autorités burkinabè ont suspendu RFI jusqu'à nouvel ordre.", "fr", "COERCE", "Radio France Internationale", "FRA"),
        ("La junte malienne a suspendu la diffusion de TV5Monde.", "fr", "COERCE", "TV5Monde", "FRA"),
        ("Le gouvernement nigérien a accusé la BBC de propagande.", "fr", "ACCUSE", "BBC", "GBR"),
        ("Israel banned Al Jazeera from broadcasting in the country.", "en", "COERCE", "Al Jazeera", "QAT"),
    ],
)
def test_a_broadcaster_is_a_media_actor_of_its_country(text: str, lang: str, event_type: str, name: str, country: str) -> None:
    event = only(code(text, lang), event_type)
    assert (event.target.name, event.target.country, event.target.sector) == (name, country, "JRN")


# ---------------------------------------------------------------- a name two states share


@pytest.mark.parametrize("text, pair", [
    ("Congo accused Rwanda of backing the M23 rebels.", ("COD", "RWA")),
    ("Angola and Congo signed a security pact in Luanda.", ("AGO", "COD")),
    ("Brazzaville said on Monday that Congo had expelled two French diplomats.", ("COG", "FRA")),
    ("The Republic of Congo recalled its ambassador from Kinshasa.", ("COG", "COD")),
])
def test_bare_congo_is_the_congo_the_article_names(text: str, pair: tuple[str, str]) -> None:
    # "Congo" alone is the DRC (Reuters style) unless the article points to Brazzaville;
    # "Republic of Congo" is always Brazzaville's state
    events = code(text, "en", published="2025-02-10")
    assert [(e.source.country, e.target.country) for e in events if e.target][:1] == [pair]


@pytest.mark.parametrize(
    "text, lang, sector",
    [
        ("UNAMA called on the Taliban to reopen secondary schools for girls.", "en", "IGO"),
        ("UNISFA condemned the attack on its base near Agok.", "en", "MIL"),
        ("La MINURSO a condamné les tirs de roquettes près de Smara.", "fr", "MIL"),
        ("Le BINUH a exhorté les autorités haïtiennes à organiser des élections.", "fr", "IGO"),
    ],
)
def test_a_un_mission_acts_for_the_un_not_for_its_host(text: str, lang: str, sector: str) -> None:
    """UN peace operations and political missions (UNAMA, UNISFA, MINURSO, BINUH...)
    act for the United Nations: a force is military, an assistance mission an IGO."""
    events = [e for e in code(text, lang) if e.event_type in ("REQUEST", "ACCUSE")]
    assert events and all((e.source.country, e.source.sector) == ("UNO", sector) for e in events)
