"""Who held an office on the day, through ``chronicle.code``: heads of government
and foreign ministers of Peru, Haiti, Chad, Guinea-Bissau and Sierra Leone that
the knowledge lacked, and French demonyms written with a hyphen that the
tokenizer used to split ("bissau-guinéen" read as Guinean). Sentences written
for these tests."""

from __future__ import annotations

import pytest

import chronicle
from event_checks import parties


def names(text: str, lang: str, published: str) -> dict[str | None, str | None]:
    return {a.name: a.country for a in parties(chronicle.code(text, published=published, lang=lang))}


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        ("Le Premier ministre péruvien a rencontré le président chilien à Lima.", "fr", "2023-05-10", "Alberto Otárola", "PER"),
        ("Peru's prime minister met the Bolivian president in La Paz.", "en", "2024-06-10", "Gustavo Adrianzén", "PER"),
        ("Le président péruvien a reçu le ministre brésilien des Affaires étrangères à Lima.", "fr", "2025-11-20", "José Jerí", "PER"),
        ("The Haitian prime minister met the Dominican president in Santo Domingo.", "en", "2018-01-10", "Jack Guy Lafontant", "HTI"),
        ("Le Premier ministre haïtien a critiqué la police dominicaine.", "fr", "2020-10-05", "Joseph Jouthe", "HTI"),
        ("Le Premier ministre haïtien a critiqué les gangs de Port-au-Prince.", "fr", "2024-05-10", "Michel Patrick Boisvert", "HTI"),
        ("Chad's foreign minister met his Sudanese counterpart in Khartoum.", "en", "2019-01-10", "Chérif Mahamat Zene", "TCD"),
        ("Le chef de la diplomatie tchadienne a rencontré son homologue nigérien à Niamey.", "fr", "2017-09-12", "Hissein Brahim Taha", "TCD"),
        ("Le Premier ministre bissau-guinéen a rencontré le président sénégalais à Dakar.", "fr", "2019-03-10", "Aristides Gomes", "GNB"),
        ("Le chef de la diplomatie sierra-léonaise a rencontré son homologue libérien à Monrovia.", "fr", "2024-02-10", "Timothy Musa Kabba", "SLE"),
    ],
)
def test_the_office_holder_of_the_day(text: str, lang: str, published: str, name: str, country: str) -> None:
    found = names(text, lang, published)
    assert found.get(name) == country, found


def test_an_office_holder_out_of_office_is_not_named() -> None:
    """Otárola left office in March 2024: in 2025 the Peruvian prime minister is someone else."""
    found = names("Le Premier ministre péruvien a rencontré le président chilien à Lima.", "fr", "2025-01-15")
    assert "Alberto Otárola" not in found and "PER" in found.values(), found


@pytest.mark.parametrize(
    "text, country, not_country",
    [
        ("Des soldats bissau-guinéens ont arrêté un ancien ministre à Bissau.", "GNB", "GIN"),
        ("Le président équato-guinéen a critiqué le Gabon.", "GNQ", "GIN"),
        ("Le gouvernement sri-lankais a critiqué l'Inde.", "LKA", None),
        ("Le président costa-ricien a critiqué le Nicaragua.", "CRI", None),
    ],
)
def test_a_hyphenated_french_demonym_is_one_word(text: str, country: str, not_country: str | None) -> None:
    found = [a.country for a in parties(chronicle.code(text, published="2023-09-10", lang="fr"))]
    assert country in found and not_country not in found, found


@pytest.mark.parametrize(
    "text, published, country, not_name",
    [
        # a deputy holds another office than the title's role
        ("La secrétaire d'État américaine adjointe a rencontré le vice-ministre chinois des Affaires étrangères à Tianjin.", "2021-07-26", "USA", "Antony Blinken"),
        ("Le ministre adjoint des Affaires étrangères russe a critiqué l'Otan.", "2022-03-10", "RUS", "Sergei Lavrov"),
        # a title unique to the US said of another country is a junior minister there
        ("Le secrétaire d'Etat français chargé de l'Europe a rencontré son homologue allemand à Berlin.", "2021-06-10", "FRA", "Jean-Yves Le Drian"),
        ("Le secrétaire d'État belge à l'Asile a critiqué le gouvernement néerlandais.", "2023-05-10", "BEL", "Hadja Lahbib"),
    ],
)
def test_a_deputy_or_junior_title_is_not_the_minister(text: str, published: str, country: str, not_name: str) -> None:
    actors = parties(chronicle.code(text, published=published, lang="fr"))
    assert any(a.country == country and a.sector == "GOV" for a in actors), [(a.name, a.country) for a in actors]
    assert all(a.name != not_name for a in actors), [(a.name, a.country) for a in actors]


def test_the_us_secretary_of_state_is_still_the_foreign_minister() -> None:
    found = names("Le secrétaire d'Etat américain a rencontré le ministre chinois des Affaires étrangères à Pékin.", "fr", "2023-06-19")
    assert found.get("Antony Blinken") == "USA", found


def test_a_deputy_title_keeps_the_name_said_with_it() -> None:
    found = names("La secrétaire d'État américaine adjointe Wendy Sherman a rencontré le vice-ministre chinois des Affaires étrangères à Tianjin.", "fr", "2021-07-26")
    assert found.get("Wendy Sherman") == "USA" and "Antony Blinken" not in found, found
