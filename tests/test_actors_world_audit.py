"""The world's actors the actor audit (bench/actor_audit.py) found unknown, through
``chronicle.code``: the small Caribbean and Pacific UN members' demonyms, names and
capitals in both languages, multi-word demonyms the parse splits ("Papua New
Guinean"), intergovernmental bodies named in full or by acronym (CSTO/OTSC, the
Commonwealth, the Pacific Islands Forum...), the European Parliament's members in
French, state security services and immigration services named as bodies, and a
state title said of a party (its leader is the party's, not the head of state).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_checks import lang_coder, only

code = lang_coder("2024-05-14")


def source_of(text: str, lang: str, event_type: str = "ACCUSE") -> tuple[str | None, str | None]:
    """(country, sector) of the one event's source."""
    event = only(code(text, lang), event_type)
    return event.source.country, event.source.sector


# ------------------------------------------------- small states, both languages


@pytest.mark.parametrize(
    "text, lang, country, sector",
    [
        ("Tuvaluan officials accused Australia of breaking the treaty on Monday.", "en", "TUV", "GOV"),
        ("The Marshallese government accused the United States of neglect on Monday.", "en", "MHL", "GOV"),
        ("Kittitian police accused a Canadian tourist of smuggling on Friday.", "en", "KNA", "COP"),
        ("Saint Lucian officials accused Venezuela of interference on Friday.", "en", "LCA", "GOV"),
        ("Nauruan officials accused Taiwan of breaking its promises.", "en", "NRU", "GOV"),
        ("I-Kiribati officials accused China of interference on Tuesday.", "en", "KIR", "GOV"),
        ("Le gouvernement tuvaluan a accusé l'Australie de manquer à ses promesses lundi.", "fr", "TUV", "GOV"),
        ("Les autorités saint-luciennes ont accusé le Venezuela d'ingérence vendredi.", "fr", "LCA", "GOV"),
        ("La police grenadienne a accusé deux Américains de trafic jeudi.", "fr", "GRD", "COP"),
        ("Le gouvernement dominiquais a accusé la France d'ingérence jeudi.", "fr", "DMA", "GOV"),
        ("Les autorités marshallaises ont accusé les États-Unis de négligence lundi.", "fr", "MHL", "GOV"),
        ("Praia a accusé le Sénégal d'ingérence mardi.", "fr", "CPV", "GOV"),
        ("Honiara a accusé l'Australie d'ingérence mardi.", "fr", "SLB", "GOV"),
        ("Basseterre accused Antigua of poaching its fishermen.", "en", "KNA", "GOV"),
    ],
)
def test_small_states_are_named(text: str, lang: str, country: str, sector: str) -> None:
    assert source_of(text, lang) == (country, sector)


@pytest.mark.parametrize(
    "text, country, sector",
    [
        ("The Papua New Guinean army accused Indonesia of violating the border.", "PNG", "MIL"),
        ("Papua New Guinean officials accused Australia of neglect on Friday.", "PNG", "GOV"),
        ("The Central African government accused Chad of harbouring rebels.", "CAF", "GOV"),
        ("The Equatorial Guinean navy accused Gabon of violating its waters.", "GNQ", "MIL"),
        ("The government of Guinea-Bissau accused Senegal of harbouring rebels.", "GNB", "GOV"),
    ],
)
def test_a_demonym_of_several_words_is_read_whole(text: str, country: str, sector: str) -> None:
    """"Papua New Guinean" is not "Guinean" (Guinea), "Central African" not "African";
    a hyphenated name the tagger reads as an adjective ("of Guinea-Bissau") is the name."""
    assert source_of(text, "en") == (country, sector)


# ------------------------------------------------- intergovernmental bodies


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The CSTO accused Armenia of undermining the alliance on Monday.", "en"),
        ("The Collective Security Treaty Organization accused Armenia of betrayal.", "en"),
        ("L'OTSC a accusé l'Arménie de trahison lundi.", "fr"),
        ("The Commonwealth accused Fiji's military rulers of abusing power.", "en"),
        ("Le Commonwealth a accusé le gouvernement fidjien d'abus de pouvoir.", "fr"),
        ("The Pacific Islands Forum accused Japan of endangering the ocean.", "en"),
        ("Le Forum des îles du Pacifique a accusé le Japon de polluer l'océan.", "fr"),
        ("La Communauté des États indépendants a accusé la Géorgie de provocation.", "fr"),
        ("L'Union du Maghreb arabe a accusé la Libye de bloquer ses travaux.", "fr"),
        ("WAEMU accused Mali of breaking its rules on Tuesday.", "en"),
    ],
)
def test_intergovernmental_bodies_are_named(text: str, lang: str) -> None:
    assert source_of(text, lang) == ("IGO", "IGO")


@pytest.mark.parametrize("mention", ["Les eurodéputés ont", "Les députés européens ont"])
def test_the_european_parliaments_members_in_french(mention: str) -> None:
    """"les eurodéputés" act as the European Parliament, as "MEPs" do in English."""
    assert source_of(f"{mention} accusé la Hongrie de violer l'État de droit mercredi.", "fr") == ("EUR", "LEG")


# ------------------------------------------------- state bodies named by agency


@pytest.mark.parametrize(
    "text, lang, country, sector",
    [
        ("Kazakhstan's National Security Committee accused Kyrgyzstan of sending saboteurs.", "en", "KAZ", "SPY"),
        ("Russia's Federal Security Service accused Estonia of sheltering spies.", "en", "RUS", "SPY"),
        ("Egypt's General Intelligence Service accused Hamas of stalling.", "en", "EGY", "SPY"),
        ("The Nigerian Immigration Service accused Ghana of harbouring smugglers.", "en", "NGA", "GOV"),
        ("Belarus' State Border Committee accused Lithuania of provocations.", "en", "BLR", "GOV"),
        ("Le Comité de sécurité nationale du Kazakhstan a accusé le Kirghizistan de provocation.", "fr", "KAZ", "SPY"),
        ("Le Service fédéral de sécurité russe a accusé l'Estonie d'espionnage.", "fr", "RUS", "SPY"),
        ("La Sûreté nationale marocaine a accusé un réseau espagnol de trafic.", "fr", "MAR", "COP"),
    ],
)
def test_state_bodies_named_by_their_function(text: str, lang: str, country: str, sector: str) -> None:
    assert source_of(text, lang) == (country, sector)


# ------------------------------------------------- a party's leader is not the state


@pytest.mark.parametrize(
    "text, lang, country, sector",
    [
        ("The leader of the opposition Democratic Party, Lee Jae-myung, accused President Yoon Suk Yeol of abusing power.", "en", "KOR", "OPP"),
        ("The leader of the opposition Labour Party accused Prime Minister Rishi Sunak of lying.", "en", "GBR", "OPP"),
        ("Le président du parti d'opposition UFC a accusé le gouvernement togolais de fraude.", "fr", "TGO", "OPP"),
    ],
)
def test_a_party_leader_is_of_the_party(text: str, lang: str, country: str, sector: str) -> None:
    """"the leader of the opposition X Party" is no head of state: PTY/OPP, not GOV."""
    assert source_of(text, lang) == (country, sector)
