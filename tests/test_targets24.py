"""Targets of events whose sentence leaves them unsaid or names the wrong party (helper
targets24): (a) force used with no party named, at a place of its sentence that is not in
the article's other country, is not aimed at that country (resolve/assemble.py
_force_used_elsewhere); (b) the unnamed side of a fight is of the place where it is
fought, not of the country the article is most about (a fight is no talks at a venue:
localise_step); (c) a demand for the release of a person the article says was arrested or
sentenced is made to whoever holds the person, not to the person (holder_step). Sentences
written for these tests, about other countries than the probe files
(tests/data/probes/targets24-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def pairs(events, event_type: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.event_type == event_type}


def test_raids_at_home_are_not_aimed_at_the_other_country_fr() -> None:
    events = code("Le Sénégal et la Gambie ont convenu lundi de rouvrir leur frontière. "
                  "La gendarmerie sénégalaise a mené jeudi des perquisitions à Ziguinchor.", "fr")
    coerced = pairs(events, "COERCE") | pairs(events, "ASSAULT")
    assert ("SEN", "GMB") not in coerced
    assert ("SEN", "SEN") in coerced


def test_attack_on_a_post_at_home_is_not_aimed_at_the_other_country_en() -> None:
    events = code("Burkina Faso's foreign minister met his Ivorian counterpart in Abidjan on Monday. "
                  "Jihadists attacked an army post near Djibo on Wednesday.", "en")
    assert ("BFA", "CIV") not in pairs(events, "ASSAULT")
    assert all(target == "BFA" for _, target in pairs(events, "ASSAULT"))


def test_force_at_a_place_of_the_other_country_still_reaches_it() -> None:
    """Guard: the rule leaves the pair's other side where the force was used in its country."""
    events = code("Le Soudan du Sud a accusé lundi le Soudan d'armer des milices. "
                  "Des combattants ont attaqué mardi une caserne près de Kadugli.", "fr")
    assert any(target == "SDN" for _, target in pairs(events, "ASSAULT"))


def test_gunmen_of_a_fight_are_of_the_place_fought_in() -> None:
    events = code("Ecuador closed its border with Peru on Monday, the Ecuadorian interior minister said. "
                  "Lima accused Quito of failing to stop smugglers. "
                  "Peruvian soldiers clashed with gunmen in the region of Tumbes on Wednesday, the army said.", "en")
    fought = pairs(events, "ASSAULT")
    assert ("PER", "PER") in fought
    assert ("PER", "ECU") not in fought


def test_release_demanded_of_the_arresting_state_en() -> None:
    events = code("Chinese police detained a Canadian businessman in Dalian in April. "
                  "Canada demanded the immediate release of the businessman on Friday.", "en")
    assert ("CAN", "CHN") in pairs(events, "REQUEST")
    assert ("CAN", "CAN") not in pairs(events, "REQUEST")


def test_release_demanded_of_the_sentencing_state_fr() -> None:
    events = code("Un tribunal d'Alger a condamné mardi un journaliste franco-algérien à cinq ans de prison. "
                  "Le président français a plaidé pour la libération du journaliste.", "fr")
    assert ("FRA", "DZA") in pairs(events, "REQUEST")


def test_release_demanded_by_a_possessive_fr() -> None:
    events = code("La police kényane a arrêté lundi un journaliste à Nairobi. "
                  "L'Union des journalistes kényans a réclamé sa libération.", "fr")
    assert any(target == "KEN" for _, target in pairs(events, "REQUEST"))


def test_release_with_its_holder_named_keeps_the_named_holder() -> None:
    """Guard: a holder the release's own phrase names ("held by X") stays the target."""
    events = code("Police in Accra arrested two protesters on Monday. "
                  "Togo demanded the release of its nationals held by Ghana.", "en")
    assert ("TGO", "GHA") in pairs(events, "REQUEST")
