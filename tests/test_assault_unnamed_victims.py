"""Violence done by a named doer whose victims no actor names (assault30).

On the tuning news of wave 30, the largest cause of pure ASSAULT misses was an attack the
coder read with its doer and then dropped, "no target, and this event type needs one":
"its troops returned fire", "RSF fighters abducted at least 12 men", "des hommes armés ont
incendié une dizaine de cases", "avaient ouvert le feu sur un concert". CAMEO 18-20 code
the doer's act whoever its victims; GUIDELINES give the victims of a place struck as its
people. Such an act now strikes the people of the place it is done in (of its sentence's
place, else of the country the article is about); a noun that only qualifies another
("an attack plot"), an act planned, denied or judged stay as they were."""

from __future__ import annotations

import pytest

from event_checks import coder

code_en = coder("en", "2026-03-04")
code_fr = coder("fr", "2026-03-04")


def _assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Colombian army said its troops returned fire and killed no one.", "COL", "COL"),
        ("The Peruvian police said its officers returned fire and arrested no one.", "PER", "PER"),
        ("Sudanese paramilitaries abducted at least 12 men in North Darfur on Friday.", "SDN", "SDN"),
    ],
)
def test_violence_with_no_victim_named_strikes_the_place_en(text: str, source: str, target: str) -> None:
    events = _assaults(code_en(text))
    assert any(e.source.country == source and e.target is not None and e.target.country == target for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("L'armée colombienne a indiqué que ses soldats avaient ouvert le feu sur le camion.", "COL", "COL"),
        ("La police péruvienne a indiqué que ses agents avaient ouvert le feu sur la voiture.", "PER", "PER"),
        ("L'armée camerounaise a riposté et affirme avoir neutralisé quatre assaillants.", "CMR", "CMR"),
    ],
)
def test_violence_with_no_victim_named_strikes_the_place_fr(text: str, source: str, target: str) -> None:
    events = _assaults(code_fr(text))
    assert any(e.source.country == source and e.target is not None and e.target.country == target for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Information from Jordanian intelligence helped German police foil an attack plot, officials in Berlin said.",
        "The Kenyan minister struck a deal with the teachers' union on Monday.",
        "Colombian soldiers did not open fire on the truck, the army said.",
        "Kenyan police destroyed 200 kilograms of drugs in Mombasa on Monday.",
        "The storm destroyed hundreds of homes in Mozambique.",
        "Travis Head fought back with a counter-attacking 89 but was caught behind attempting to pull Bumrah.",
        "Cement and banking stocks came under pressure in Karachi, while Pakistani oil marketing companies attacked fresh highs.",
    ],
)
def test_no_violence_stays_uncoded_en(text: str) -> None:
    assert not _assaults(code_en(text))


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre kényan a conclu un accord avec le syndicat des enseignants lundi.",
        "Les soldats colombiens n'ont pas ouvert le feu sur le camion, selon l'armée.",
        "Le ministre camerounais a riposté aux critiques de l'opposition lundi.",
        "Un agriculteur a brûlé des broussailles dans son champ près de Nakuru lundi.",
        "La mairie de Dakar a détruit des maisons illégales lundi.",
    ],
)
def test_no_violence_stays_uncoded_fr(text: str) -> None:
    assert not _assaults(code_fr(text))


def test_mobilization_of_militia_units() -> None:
    """The mobilization noun takes the militia and units its verb entry takes (CAMEO 154)."""
    events = code_en("Venezuelan President Nicolas Maduro ordered the mobilization of militia units across the country.")
    assert any(e.event_type == "MOBILIZE" and e.source.country == "VEN" for e in events), events
    events = code_fr("Le président vénézuélien Nicolas Maduro a ordonné la mobilisation des unités de la milice dans tout le pays.")
    assert any(e.event_type == "MOBILIZE" and e.source.country == "VEN" for e in events), events
    events = code_en("The union called for the mobilization of its members across Argentina.")
    assert not any(e.event_type == "MOBILIZE" for e in events), events


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Pakistani troops destroyed two Afghan posts, officials said.", "en", "PAK", "AFG"),
        ("Les troupes pakistanaises ont détruit deux postes afghans, selon des responsables.", "fr", "PAK", "AFG"),
        ("Des soldats camerounais ont brûlé des dizaines de maisons dans le Nord-Ouest le mois dernier.", "fr", "CMR", "CMR"),
        ("Des forces israéliennes ont arrêté trois bergers syriens et détruit un puits dans le village de Maariyah.", "fr", "ISR", "SYR"),
    ],
)
def test_destruction_verbs(text: str, lang: str, source: str, target: str) -> None:
    """'destroy', 'détruire', 'brûler' a post, a village, homes: CAMEO 1712 (the pack had 'torch', 'incendier')."""
    events = _assaults((code_en if lang == "en" else code_fr)(text))
    assert any(e.source.country == source and e.target is not None and e.target.country == target for e in events), events


def test_country_named_in_the_acts_phrase() -> None:
    """A place the gazetteer lacks is the country the act's own phrase names ('in Russia's
    Samara Oblast'), not the doer's own people of the article's last place."""
    events = _assaults(code_en("Odesa was hit overnight. Ukraine's General Staff said separately that Ukrainian long-range drones "
                               "had struck the Novokuibyshevsk oil refinery in Russia's Samara Oblast, causing a fire."))
    assert any(e.source.country == "UKR" and e.target is not None and e.target.country == "RUS" for e in events), events
    assert not any(e.source.country == "UKR" and e.target is not None and e.target.country == "UKR" for e in events), events
