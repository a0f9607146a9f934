"""Named bodies of states and societies without their country (helper actors19):
parliaments, cabinets, central banks, intelligence and police services and high
courts by their own names; parties by name and acronym; regional groupings;
names several states' bodies share, which take the story's state; bare bodies
whose sentence names a place only as where their target is. Sentences written
for these tests, in both languages."""

from __future__ import annotations

import pytest

from event_checks import lang_coder

code = lang_coder("2024-06-01")


def _sources(text: str, lang: str, event_type: str = "ACCUSE") -> set[tuple[str | None, str | None]]:
    """(country, sector) of the sources of the events of ``event_type`` in the last sentence."""
    start = text.rfind("\n\n") + 2 if "\n\n" in text else 0
    return {(e.source.country, e.source.sector) for e in code(text, lang)
            if e.event_type == event_type and e.char_start >= start and e.source is not None}


@pytest.mark.parametrize(("text", "lang", "country", "sector"), [
    ("The Storting accused Russia of violating Norwegian airspace.", "en", "NOR", "LEG"),
    ("Le Riksdag a accusé la Russie de cyberattaques.", "fr", "SWE", "LEG"),
    ("The Dáil accused Britain of breaking the Good Friday Agreement.", "en", "IRL", "LEG"),
    ("The Legislative Yuan accused China of intimidation.", "en", "TWN", "LEG"),
    ("The Mainland Affairs Council accused Beijing of harassing Kinmen fishermen.", "en", "TWN", "GOV"),
    ("Le Conseil fédéral a accusé la Russie de contourner les sanctions.", "fr", "CHE", "GOV"),
    ("The Bank of Japan accused China of manipulating its currency.", "en", "JPN", "GOV"),
    ("La Banque centrale du Brésil a accusé les Etats-Unis de protectionnisme.", "fr", "BRA", "GOV"),
    ("The FSB accused Ukraine of plotting an attack in Crimea.", "en", "RUS", "SPY"),
    ("La DGSI a accusé l'Algérie d'espionnage.", "fr", "FRA", "SPY"),
    ("The ISI accused India of backing militants in Balochistan.", "en", "PAK", "SPY"),
    ("Le Mossad a accusé l'Iran de préparer des attentats en Europe.", "fr", "ISR", "SPY"),
    ("The Garda accused Britain of withholding evidence.", "en", "IRL", "COP"),
    ("La Gendarmerie royale a accusé des passeurs algériens de trafic.", "fr", "MAR", "COP"),
    ("The RCMP accused India of targeting Sikh activists.", "en", "CAN", "COP"),
    ("NABU accused Russia of bribing Ukrainian officials.", "en", "UKR", "COP"),
])
def test_state_bodies_by_their_own_names(text: str, lang: str, country: str, sector: str) -> None:
    assert (country, sector) in _sources(text, lang)


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("L'UFDG a accusé la junte guinéenne de confisquer le pouvoir.", "fr", "GIN"),
    ("The RHDP accused the Ghanaian opposition of meddling.", "en", "CIV"),
    ("The CCC accused the Zimbabwean police of abducting its activists.", "en", "ZWE"),
    ("The PTI accused the Pakistani army of rigging the election.", "en", "PAK"),
    ("Fidesz accused Brussels of blackmailing Hungary.", "en", "HUN"),
    ("Le PiS a accusé l'Allemagne de vouloir dominer l'Europe.", "fr", "POL"),
    ("The LDP accused China of intimidating Japanese fishermen.", "en", "JPN"),
    ("UMNO accused Singapore of arrogance.", "en", "MYS"),
    ("L'AfD a accusé la Commission européenne de censure.", "fr", "DEU"),
    ("The PSOE accused Morocco of blackmail.", "en", "ESP"),
    ("Ennahda accused the Tunisian president of a coup.", "en", "TUN"),
    ("L'UDPS a accusé le Rwanda de soutenir le M23.", "fr", "COD"),
    ("Le PNDS a accusé la junte nigérienne de détenir Mohamed Bazoum.", "fr", "NER"),
    ("The NLD accused the Myanmar junta of massacres.", "en", "MMR"),
])
def test_parties_by_name_and_acronym(text: str, lang: str, country: str) -> None:
    assert {c for c, s in _sources(text, lang) if s in ("PTY", "OPP")} >= {country}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Melanesian Spearhead Group accused Indonesia of abuses in Papua.", "en"),
    ("L'Organisation des États turciques a accusé l'Arménie de provocations.", "fr"),
    ("La Commission de l'océan Indien a accusé la France de bloquer l'adhésion des Maldives.", "fr"),
    ("SAARC accused Pakistan of blocking the summit.", "en"),
    ("La Force multinationale mixte a accusé Boko Haram d'avoir tué des civils.", "fr"),
])
def test_regional_groupings_are_igos(text: str, lang: str) -> None:
    assert any(c == "IGO" for c, _ in _sources(text, lang))


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Canada's Parliament returned from recess on Monday.\n\nThe Conservative Party accused China of interfering in the election.", "en", "CAN"),
    ("Britain's prime minister faced a vote of confidence on Tuesday.\n\nThe Conservative Party accused France of ignoring the migrant crisis.", "en", "GBR"),
    ("Le Chili a décrété l'état d'urgence lundi.\n\nLes carabiniers ont accusé des gangs vénézuéliens d'extorsion.", "fr", "CHL"),
    ("L'Italie a renforcé ses contrôles aux frontières lundi.\n\nLes carabiniers ont accusé des passeurs albanais de trafic.", "fr", "ITA"),
])
def test_a_name_several_states_share_is_the_story_state_s(text: str, lang: str, country: str) -> None:
    assert country in {c for c, _ in _sources(text, lang)}


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Kenya closed its border with Somalia on Monday.\n\nThe army accused militants based in Somalia of planning attacks.", "en", "KEN"),
    ("Chad ended its defence cooperation with France on Thursday.\n\nThe army accused rebels based in Libya of attacking its positions.", "en", "TCD"),
    ("Le Niger a accusé l'Algérie d'abriter des rebelles dimanche.\n\nLe porte-parole du gouvernement a exigé l'extradition de trois dirigeants réfugiés en Algérie.", "fr", "NER"),
])
def test_a_place_in_the_target_s_phrase_does_not_place_a_bare_source(text: str, lang: str, country: str) -> None:
    event_types = ("ACCUSE", "REQUEST")
    found = {c for t in event_types for c, _ in _sources(text, lang, t)}
    assert country in found
