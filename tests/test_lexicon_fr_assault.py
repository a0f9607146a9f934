"""The French violence lexicon (CAMEO 18-20, PLOVER ASSAULT) as wire copy writes it:
each entry of packs/fr/triggers/18-20-assault.yaml added for issue 11 codes its
sentence, and its ordinary sense codes nothing. Sentences written for these tests,
about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code

PUBLISHED = "2024-05-14"


def _assaults(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(CAMEO code, source country, target country, polarity) of the ASSAULT events coded."""
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None, e.polarity)
        for e in code(text, PUBLISHED, "fr")
        if e.event_type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text, source, target, cameo",
    [
        ("Des soldats guinéens ont fait feu sur des manifestants à Conakry.", "GIN", "GIN", "193"),
        ("Des jihadistes ont tendu une embuscade à un convoi de l'armée malienne près de Gao.", "MLI", "MLI", "190"),
        ("Des miliciens ont fusillé des prisonniers ukrainiens près de Bakhmout.", None, "UKR", "186"),
        ("Des hommes armés ont criblé de balles un journaliste mexicain à Culiacán.", "MEX", "MEX", "193"),
        ("Des rebelles centrafricains ont mutilé des civils à Bangui.", "CAF", "CAF", "182"),
        ("L'armée birmane a rasé plusieurs villages rohingya.", "MMR", "MMR", "1712"),
        ("Les rebelles houthis ont dynamité un pont près de la frontière saoudienne.", "YEM", None, "183"),
        ("L'Ukraine a lancé des drones sur la région russe de Belgorod.", "UKR", "RUS", "195"),
        ("Des jihadistes ont exécuté des centaines de civils burkinabè à Ouagadougou.", "BFA", "BFA", "186"),
        ("Des hommes armés ont tendu un guet-apens à une patrouille de l'armée nigérienne près de Niamey.", "NER", "NER", "190"),
    ],
)
def test_violence_vocabulary_codes_an_assault(text: str, source: str | None, target: str | None, cameo: str) -> None:
    found = _assaults(text)
    assert any(c == cameo and (source is None or s == source) and (target is None or t == target) and p == "positive"
               for c, s, t, p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Les négociateurs ont fait feu de tout bois pour obtenir un accord à Doha.",
        "Le gouvernement sénégalais veut raser les murs de la vieille prison de Dakar pour y bâtir un musée.",
        "La nouvelle ministre française entend dynamiter les codes de la diplomatie.",
        "Le Kenya a lancé un programme de drones agricoles à Nairobi.",
        "L'Islande mise sur la séquestration du carbone pour réduire ses émissions.",
        "Le procès pour le meurtre d'un journaliste slovaque s'est ouvert à Bratislava.",
    ],
)
def test_ordinary_senses_code_no_assault(text: str) -> None:
    assert _assaults(text) == []


def test_a_negated_killing_is_negative() -> None:
    found = _assaults("Les soldats tchadiens n'ont pas ouvert le feu sur les manifestants à N'Djamena, selon l'armée.")
    assert found and all(p == "negative" for *_, p in found)


@pytest.mark.parametrize(
    "text, target",
    [
        ("Un attentat-suicide a visé lundi des policiers pakistanais à Quetta.", "PAK"),
        ("Une voiture-suicide a explosé devant une base de l'armée somalienne à Mogadiscio.", "SOM"),
        ("Un engin explosif improvisé a tué trois soldats burkinabè près de Djibo.", "BFA"),
    ],
)
def test_bombings_with_no_doer_named_are_an_armed_groups(text: str, target: str) -> None:
    """Suicide, car and roadside bombings: the doer left unsaid is an armed group (REB)."""
    events = [e for e in code(text, PUBLISHED, "fr") if e.event_type == "ASSAULT"]
    assert any(e.source.sector == "REB" and e.target is not None and e.target.country == target for e in events), events
