"""Officials titled by an organisation, countries described by their region, and
actors the knowledge lacked (actors8).

"The EU's special envoy, Miroslav Lajcak" acts for the EU, not for Slovakia: an
organisation's title before a name outranks the holder's nationality. "The Gulf
state", "le pays sahélien" stand for the member of that region the article
names (knowledge/data/regions.yaml), and for no one when it names none.
Donors, USAID, Greenpeace, the TPLF, the Church. Sentences written for these
tests, about many regions.
"""

from __future__ import annotations

import pytest

from chronicle.errors import KnowledgeError
from chronicle.knowledge.regions import load_regions
from event_checks import lang_coder, only


code = lang_coder("2024-05-14")


@pytest.mark.parametrize(
    ("text", "lang", "country", "name"),
    [
        ("The EU's special envoy, Miroslav Lajcak, met Serbian President Aleksandar Vucic in Belgrade.", "en", "EUR", "Miroslav Lajčák"),
        ("UN envoy Ramtane Lamamra met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan.", "en", "UNO", "Ramtane Lamamra"),
        ("The AU Commission chairperson, Moussa Faki Mahamat, met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan.", "en", "IGO", "Moussa Faki Mahamat"),
        ("L'envoyé spécial de l'ONU pour la Syrie, Geir Pedersen, a rencontré le président syrien à Damas.", "fr", "UNO", "Geir Pedersen"),
        ("L'envoyé spécial de l'Union européenne, Miroslav Lajcak, a rencontré le président serbe à Belgrade.", "fr", "EUR", None),
    ],
)
def test_an_organisation_s_title_outranks_the_holder_s_nationality(text: str, lang: str, country: str, name: str | None) -> None:
    meeting = only(code(text, lang), "CONSULT")
    assert meeting.source.country == country
    if name:
        assert meeting.source.name == name


def test_a_person_titled_by_a_state_keeps_his_own_country() -> None:
    meeting = only(code("Slovak diplomat Miroslav Lajcak met Serbian President Aleksandar Vucic in Belgrade.", "en"), "CONSULT")
    assert meeting.source.country == "SVK"


def test_the_un_secretary_general_named_after_his_title_is_the_un_s() -> None:
    call = only(code("Le Premier ministre libanais s'est entretenu au téléphone avec le secrétaire général de l'ONU, António Guterres.", "fr"), "CONSULT")
    assert (call.target.name, call.target.country) == ("António Guterres", "UNO")


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "role", "country"),
    [
        ("Sri Lanka asked India for fuel. The island nation also requested help from the IMF.", "en", "REQUEST", "source", "LKA"),
        ("Serbia recalled its ambassador from Montenegro. The Balkan country accused Podgorica of discrimination.", "en", "ACCUSE", "source", "SRB"),
        ("Ethiopia signed a port deal with Somaliland. Eritrea condemned the Horn of Africa nation on Tuesday.", "en", "ACCUSE", "target", "ETH"),
        ("Le Mali a expulsé l'ambassadeur de France. Le pays sahélien accuse Paris d'ingérence.", "fr", "ACCUSE", "source", "MLI"),
        ("Le Qatar a accueilli des pourparlers à Doha. Le petit émirat a condamné les frappes israéliennes sur Gaza.", "fr", "ACCUSE", "source", "QAT"),
    ],
)
def test_a_country_described_by_its_region_is_the_member_the_article_named(text: str, lang: str, event_type: str, role: str, country: str) -> None:
    events = [e for e in code(text, lang) if e.event_type == event_type]
    assert any(getattr(e, role) is not None and getattr(e, role).country == country for e in events), events


def test_a_regional_description_names_no_country_the_article_did_not_name() -> None:
    # Peru is no Gulf state: "the Gulf state" finds no member and stands for no one
    events = code("Peru's Congress removed the president. The Gulf state condemned the vote.", "en")
    assert all(e.source.country not in load_regions()["gulf"] for e in events)


def test_an_indefinite_regional_description_is_another_country() -> None:
    # "a Gulf state" is not Qatar, named before: it is some other state
    events = code("Qatar hosted talks in Doha. A Gulf state condemned the attack on Sudan.", "en")
    assert not any(e.event_type == "ACCUSE" and e.source.country == "QAT" for e in events)


def test_a_region_file_with_an_unknown_member_is_refused(tmp_path) -> None:
    bad = tmp_path / "regions.yaml"
    bad.write_text("regions:\n  sahel:\n    members: [MLI, XYZ]\n    source: test\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="sahel"):
        load_regions.__wrapped__(bad)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source"),
    [
        ("Donors pledged $2 billion to Sudan at a conference in Paris.", "en", "AGREE", ("IGO", "IGO", None)),
        ("Les pays donateurs ont promis 2 milliards de dollars au Soudan.", "fr", "AGREE", ("IGO", "IGO", None)),
        ("USAID suspended aid to Ethiopia.", "en", "SANCTION", ("USA", "GOV", "USAID")),
        ("Greenpeace a accusé le gouvernement norvégien de trahir ses promesses.", "fr", "ACCUSE", ("NGO", "ENV", "Greenpeace")),
        ("The TPLF accused the Eritrean army of killing civilians in Tigray.", "en", "ACCUSE", ("ETH", "PTY", "Tigray People's Liberation Front")),
        ("L'Eglise a condamné les violences contre les manifestants au Nicaragua.", "fr", "ACCUSE", ("NIC", "REL", None)),
    ],
)
def test_actors_the_knowledge_lacked(text: str, lang: str, event_type: str, source: tuple[str, str, str | None]) -> None:
    event = only(code(text, lang), event_type)
    assert (event.source.country, event.source.sector, event.source.name) == source


def test_the_tplf_was_an_armed_group_during_the_tigray_war() -> None:
    event = only(code("The TPLF accused the Eritrean army of killing civilians in Tigray.", "en", published="2021-06-01"), "ACCUSE")
    assert (event.source.country, event.source.sector) == ("ETH", "REB")


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        ("Les dirigeants européens ont condamné le coup d'Etat au Niger.", "fr", "ACCUSE"),
        ("European officials met Iranian diplomats in Geneva.", "en", "CONSULT"),
    ],
)
def test_the_european_adjective_is_the_union_s(text: str, lang: str, event_type: str) -> None:
    assert only(code(text, lang), event_type).source.country == "EUR"


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "country"),
    [
        # a rescue of migrants by a country's own services is no AID in English (senses-en.yaml rescue)
        ("Italian police detained 300 migrants on Lampedusa.", "en", "COERCE", None),
        ("Greek police detained 80 Syrian migrants on Lesbos.", "en", "COERCE", "SYR"),
        ("Les garde-côtes italiens ont secouru 300 migrants au large de Lampedusa.", "fr", "AID", None),
        ("La police a arrêté 40 migrants soudanais à Calais.", "fr", "COERCE", "SDN"),
        ("Mauritania expelled 600 migrants to Mali last month.", "en", "COERCE", "MLI"),
    ],
)
def test_migrants_are_not_the_people_of_the_place_they_are_found(text: str, lang: str, event_type: str, country: str | None) -> None:
    event = only(code(text, lang), event_type)
    assert (event.target.country, event.target.sector) == (country, "CVL")
