"""Unnamed collective actors named bare in conflict, protest and detention copy (groups20):
settlers (of the state that holds the land they settle), mobs, youths, jailers and a
regime's soldiery, in both languages; their country is the place's where the act happens,
and a crowd in a foreign city is that city's country, not the story's."""

from __future__ import annotations

import pytest

from chronicle.knowledge.occupations import load_occupations, occupier_of
from event_checks import coder, dyad, sectors

code_en = coder("en", "2025-03-01")
code_fr = coder("fr", "2025-03-01")


def _one(events, event_types=("ASSAULT", "PROTEST", "COERCE")):  # type: ignore[no-untyped-def]
    """The one event of the violent or coercive types (a crowd's attack may be coded
    either ASSAULT or PROTEST riot by the trigger's alternative)."""
    found = [e for e in events if e.event_type in event_types and e.polarity == "positive"]
    assert len(found) == 1, [(e.event_type, e.source, e.target) for e in events]
    return found[0]


def test_occupations_table_maps_territories_to_their_holder() -> None:
    table = load_occupations()
    assert table["PSE"] == "ISR"
    assert occupier_of("BRA") is None and occupier_of(None) is None


@pytest.mark.parametrize("text, code, expected", [
    ("Settlers attacked Palestinian shepherds near Hebron on Friday.", code_en, ("ISR", "PSE")),
    ("Headline\n\nSettlers beat two farmers in the West Bank village of Qusra on Tuesday.", code_en, ("ISR", "PSE")),
    ("Des colons ont attaqué des bergers palestiniens près d'Hébron vendredi.", code_fr, ("ISR", "PSE")),
])
def test_bare_settlers_are_civilians_of_the_occupying_state(text, code, expected) -> None:  # type: ignore[no-untyped-def]
    event = _one(code(text))
    assert dyad(event) == expected
    assert event.source.sector == "CVL"


@pytest.mark.parametrize("text, code", [
    ("Settlers attacked a police patrol in Brazil on Friday.", code_en),
    ("Des colons ont attaqué une patrouille de police au Brésil vendredi.", code_fr),
])
def test_settlers_where_no_state_occupies_are_of_the_place(text, code) -> None:  # type: ignore[no-untyped-def]
    event = _one(code(text))
    assert event.source.country == "BRA" and event.source.sector == "CVL"


def test_settlers_with_a_nationality_keep_it() -> None:
    event = _one(code_en("Israeli settlers attacked Palestinian farmers near Nablus on Saturday."))
    assert dyad(event) == ("ISR", "PSE")


@pytest.mark.parametrize("text, code, country, sector", [
    ("A mob beat two journalists in Dhaka on Friday.", code_en, "BGD", "CVL"),
    ("A mob lynched a man accused of blasphemy in Pakistan's Punjab province on Monday.", code_en, "PAK", "CVL"),
    ("Youths threw stones at police in Port-au-Prince on Monday.", code_en, "HTI", "CVL"),
    ("Prison guards beat prisoners at a jail in Yangon, a rights group said on Monday.", code_en, "MMR", "COP"),
    ("Jailers tortured two opposition activists in a prison in Managua, their lawyers said.", code_en, "NIC", "COP"),
    ("Gunmen abducted 20 passengers in northern Ecuador on Sunday.", code_en, "ECU", "REB"),
    ("Les gardiens ont frappé des détenus à la prison de Bamako, selon une ONG.", code_fr, "MLI", "COP"),
    ("La soldatesque a tiré sur les manifestants à Mandalay dimanche.", code_fr, "MMR", "MIL"),
    ("Des jeunes ont jeté des pierres sur les gendarmes à Ouagadougou lundi.", code_fr, "BFA", "CVL"),
    ("Des hommes armés ont enlevé vingt passagers près de Khartoum dimanche.", code_fr, "SDN", "REB"),
])
def test_bare_collective_doers_take_the_place_of_the_act(text, code, country, sector) -> None:  # type: ignore[no-untyped-def]
    event = _one(code(text))
    assert (event.source.country, event.source.sector) == (country, sector)


@pytest.mark.parametrize("text, code", [
    ("A mob attacked Nigerian traders in Accra on Tuesday.", code_en),
    ("Une foule a attaqué des commerçants nigérians à Accra mardi.", code_fr),
])
def test_a_crowd_in_a_foreign_city_is_of_that_city(text, code) -> None:  # type: ignore[no-untyped-def]
    event = _one(code(text))
    assert dyad(event) == ("GHA", "NGA")
    assert sectors(event)[0] == "CVL"


@pytest.mark.parametrize("text, code", [
    ("Protesters rallied outside Iran's embassy in Paris on Saturday.", code_en),
    ("Des manifestants se sont rassemblés devant l'ambassade d'Iran à Paris samedi.", code_fr),
])
def test_protesters_at_a_foreign_embassy_stay_of_the_city(text, code) -> None:  # type: ignore[no-untyped-def]
    event = _one(code(text), ("PROTEST",))
    assert dyad(event) == ("FRA", "IRN")


@pytest.mark.parametrize("text, code, pair", [
    ("Qatar hosted talks between Rwanda and the Democratic Republic of Congo in Doha on Monday.", code_en, {"RWA", "COD"}),
    ("Turkey hosted peace talks between Russia and Ukraine in Istanbul on Friday.", code_en, {"RUS", "UKR"}),
    ("Le Qatar a accueilli des pourparlers entre le Rwanda et la RDC à Doha lundi.", code_fr, {"RWA", "COD"}),
    ("La Turquie a accueilli des négociations entre la Russie et l'Ukraine à Istanbul vendredi.", code_fr, {"RUS", "UKR"}),
])
def test_the_host_of_talks_is_no_party_of_them(text, code, pair) -> None:  # type: ignore[no-untyped-def]
    talks = [e for e in code(text) if e.event_type == "CONSULT"]
    assert [set(dyad(e)) for e in talks] == [pair]


def test_a_country_named_twice_in_one_phrase_counts_once() -> None:
    # Russia is named in one phrase ("Russia's GRU"), Ukraine twice apart: the unnamed
    # authorities of the last sentence are Ukraine's, the country the article names most
    events = code_en("Russia's GRU hacked the servers of a power company, officials in Ukraine said on Monday.\n\n"
                     "The operation hit Ukraine's grid for hours.\n\n"
                     "Opposition lawmakers called on the authorities to punish those responsible.")
    appeal = [e for e in events if e.event_type == "REQUEST"]
    assert appeal and appeal[0].target is not None and appeal[0].target.country == "UKR", [(e.event_type, dyad(e)) for e in events]


@pytest.mark.parametrize("text, country", [
    ("Des centaines de jeunes sont descendus dans les rues de Dakar lundi.", "SEN"),
    ("Des milliers de manifestants sont descendus dans la rue à Niamey samedi.", "NER"),
])
def test_marchers_who_took_to_the_streets_are_the_source(text, country) -> None:  # type: ignore[no-untyped-def]
    # "sont descendus" is no passive: the young marchers protest, nobody protests them
    event = _one(code_fr(text), ("PROTEST",))
    assert (event.source.country, event.source.sector) == (country, "CVL")


@pytest.mark.parametrize("text, code", [
    ("Militants killed eight farmers who were digging a well near the town of Djibo on Sunday.", code_en),
    ("Des hommes armés ont abattu douze éleveurs qui faisaient paître leur bétail autour de la ville de Djibo dimanche.", code_fr),
])
def test_a_place_in_a_clause_below_gives_its_country_when_the_article_names_none(text, code) -> None:  # type: ignore[no-untyped-def]
    # a one-sentence report naming no country: the town the sentence names is where
    # its unnamed attackers and victims are
    event = _one(code(text))
    assert dyad(event) == ("BFA", "BFA")
    assert sectors(event) == ("REB", "CVL")
