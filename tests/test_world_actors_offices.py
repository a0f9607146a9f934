"""Offices of the world's states on a date, agent nouns of more kinds of actor,
and a bare title that refers back to the person named with it (issue 12, second
pass). Sentences written for these tests, about many regions."""

from __future__ import annotations

import pytest

from event_checks import code_dated as code, named, parties


# ---------------------------------------------------------------- a title without a name is the holder that day


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        # EU: prime ministers before their European offices
        ("Le Premier ministre portugais a rencontré mardi le président angolais à Luanda.", "fr", "2018-09-18", "António Costa", "PRT"),
        ("The Belgian prime minister met the Congolese president in Brussels on Tuesday.", "en", "2016-03-08", "Charles Michel", "BEL"),
        ("Le chef de la diplomatie espagnole a rencontré mardi son homologue marocain à Rabat.", "fr", "2019-01-22", "Josep Borrell", "ESP"),
        # Horn of Africa and the Maghreb
        ("The Ethiopian foreign minister met Kenyan officials in Nairobi on Tuesday.", "en", "2014-05-06", "Tedros Adhanom Ghebreyesus", "ETH"),
        ("Le Premier ministre algérien a reçu mardi l'ambassadeur de France à Alger.", "fr", "2017-07-04", "Abdelmadjid Tebboune", "DZA"),
        # Middle East: portfolios a head of government held himself
        ("The Saudi defence minister met the U.S. defense secretary in Riyadh on Tuesday.", "en", "2017-04-18", "Mohammed bin Salman", "SAU"),
        ("Le ministre israélien des Affaires étrangères a rencontré mardi le président égyptien au Caire.", "fr", "2017-03-07", "Benjamin Netanyahu", "ISR"),
        # Balkans, Great Lakes, East Asia, Latin America, Mongolia: offices the coverage check found empty
        ("The Bosnian foreign minister met Serbian officials in Belgrade on Tuesday.", "en", "2021-03-02", "Bisera Turković", "BIH"),
        ("Le ministre tanzanien des Affaires étrangères a rencontré mardi le président rwandais à Kigali.", "fr", "2020-02-11", "Palamagamba Kabudi", "TZA"),
        ("The Taiwanese foreign minister met Japanese lawmakers in Taipei on Tuesday.", "en", "2020-10-06", "Joseph Wu", "TWN"),
        ("Le ministre nicaraguayen des Affaires étrangères a rencontré mardi le président vénézuélien à Caracas.", "fr", "2019-04-09", "Denis Moncada", "NIC"),
        ("The Mongolian president met the Chinese president in Beijing on Tuesday.", "en", "2019-04-23", "Khaltmaagiin Battulga", "MNG"),
    ],
)
def test_a_title_resolves_to_its_holder_on_the_day(text: str, lang: str, published: str, name: str, country: str) -> None:
    person = named(code(text, published, lang), name)
    assert (person.country, person.sector) == (country, "GOV")


def test_the_same_title_a_year_later_is_the_successor() -> None:
    before = code("The Belgian prime minister met the Dutch prime minister in The Hague on Tuesday.", "2019-06-04", "en")
    after = code("The Belgian prime minister met the Dutch prime minister in The Hague on Tuesday.", "2020-06-02", "en")
    assert named(before, "Charles Michel").country == "BEL"
    assert named(after, "Sophie Wilmès").country == "BEL"


def test_a_curated_alias_of_the_french_press() -> None:
    events = code("Abdel Fattah al-Burhane a rencontré mardi le président égyptien au Caire.", "2023-08-29", "fr")
    burhan = named(events, "Abdel Fattah al-Burhan")
    assert burhan.country == "SDN"


def test_an_acting_president_of_iran_heads_the_government_not_the_state() -> None:
    """The Supreme Leader is Iran's head of state; the (acting) president its head of government."""
    events = code("Mohammad Mokhber met the Iraqi prime minister in Tehran on Tuesday.", "2024-06-04", "en")
    assert named(events, "Mohammad Mokhber").role == "Acting President of Iran"


def test_a_party_official_who_speaks_for_the_state_is_coded_government() -> None:
    events = code("Kim Yo-jong a accusé mardi Séoul de provocations militaires.", "2022-08-23", "fr")
    assert named(events, "Kim Yo-jong").sector == "GOV"


# ---------------------------------------------------------------- a bare title refers back


def test_a_bare_title_refers_to_the_person_last_named_with_it() -> None:
    """"the vice minister" is the South Korean named with that title, not an
    official of the country the article names most (the United States)."""
    text = (
        "South Korea's First Vice Foreign Minister Choi Jong-kun arrived in Washington on Monday. "
        "U.S. Deputy Secretary of State Wendy Sherman welcomed the visit. "
        "The vice minister will meet Sherman on Wednesday."
    )
    events = code(text, "2021-07-19", "en")
    meeting = [e for e in events if e.event_type == "AGREE" and "Wednesday" in e.sentence]
    assert meeting, [(e.event_type, e.source, e.target) for e in events]
    assert {meeting[0].source.name, meeting[0].target.name} == {"Choi Jong-kun", "Wendy Sherman"}


# ---------------------------------------------------------------- more kinds of actor


@pytest.mark.parametrize(
    "text, lang, sector",
    [
        ("Les paramilitaires ont dénoncé mardi le gouvernement soudanais.", "fr", "REB"),  # Sudan: the RSF
        ("Les séparatistes ont attaqué un poste de l'armée camerounaise à Bamenda.", "fr", "REB"),  # Cameroon
        ("Des miliciens d'autodéfense ont attaqué un village peul au centre du Mali.", "fr", "REB"),
        ("Les chefs coutumiers ont dénoncé mardi le gouvernement du Burkina Faso.", "fr", "CVL"),
        ("Les leaders religieux ont dénoncé mardi le gouvernement nigérien.", "fr", "REL"),
        ("Des braconniers ont tué deux gardes forestiers ougandais mardi.", "fr", "CRM"),  # Great Lakes
        ("Les pharmaciens ont protesté mardi à Dakar contre la nouvelle loi.", "fr", "MED"),
        ("Separatists attacked a military post in Cameroon's Northwest region.", "en", "REB"),  # Cameroon
        ("Vigilantes attacked bandits in Zamfara state, Nigeria.", "en", "REB"),
        ("Tribal elders denounced the Pakistani government on Tuesday.", "en", "CVL"),
        ("Poachers attacked Kenyan soldiers near Tsavo park.", "en", "CRM"),
        ("Pharmacists protested in Nairobi on Tuesday against the new law.", "en", "MED"),
        ("The Senegalese coastguard arrested Gambian fishermen on Tuesday.", "en", "MIL"),
    ],
)
def test_an_agent_noun_gives_its_sector(text: str, lang: str, sector: str) -> None:
    events = code(text, "2024-03-05", lang)
    sources = [e.source for e in events]
    assert sources and sources[0].sector == sector, [(a.text, a.country, a.sector) for a in parties(events)]


def test_a_junta_leader_is_the_head_of_state_that_day() -> None:
    events = code("Mali's junta leader met the Russian president in Moscow on Tuesday.", "2023-07-25", "en")
    assert named(events, "Assimi Goïta").country == "MLI"


def test_a_bare_title_is_the_office_of_the_state_the_article_names_not_of_its_companies() -> None:
    """Kenyan officials twice, Chinese companies three times: "le ministre des
    Affaires étrangères" is Kenya's (companies and workers do not say whose offices)."""
    text = (
        "Le ministre des Affaires étrangères a dénoncé mardi les conditions de travail sur les chantiers chinois. "
        "Les entreprises chinoises China Road and Bridge Corporation et China Communications Construction "
        "emploient des milliers d'ouvriers kényans sur la ligne de chemin de fer. "
        "Le tribunal kényan a ordonné une enquête, et le gouvernement kényan a convoqué les dirigeants des groupes chinois."
    )
    events = code(text, "2016-03-08", "fr")
    minister = [a for a in parties(events) if a.text == "ministre des Affaires étrangères"]
    assert minister and minister[0].country == "KEN", [(a.text, a.country, a.name) for a in parties(events)]
