"""Idioms and register verbs of the press by CAMEO root (wave 23, idiom23): the locutions
the packs lacked (en/triggers/wordings-idioms23.yaml, fr/triggers/idioms-23.yaml), each read
by its fixed words so that the literal sense stays uncoded ("set foot on the pitch", "hit
the streets" of a patrol, "épingler une médaille", "les mains dans les poches", a tap
closed), and the French frames they needed (host_for: the guest of "dérouler le tapis rouge"
hung on the carpet noun; endorse_behind: the one backed after "derrière"; besiege: the
town of "mettre le siège devant"). Sentences written for these tests, about other
countries than the probe sets' (tests/data/probes/idiom23-*)."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import lang_coder

_code = lang_coder("2025-05-01")



def _seen(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target and e.target.country) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "cameo", "source", "target"),
    [
        # 04 CONSULT: an arrival and a shared meal; a host's red carpet
        ("Pakistan's prime minister set foot in Bangladesh for the first time in a decade.", "en", "CONSULT", "042", "PAK", "BGD"),
        ("The Ghanaian president broke bread with his Ivorian counterpart in Abidjan.", "en", "CONSULT", "040", "GHA", "CIV"),
        ("Le Sénégal a déroulé le tapis rouge au président mauritanien.", "fr", "CONSULT", "043", "MRT", "SEN"),
        # 05 SUPPORT: ranks closed behind a state, a reconciliation, backing from behind
        ("Sweden closed ranks behind Finland after the Russian threats.", "en", "SUPPORT", "051", "SWE", "FIN"),
        # a reconciliation done is CAMEO 050 in both languages ('bury the hatchet', helper leads24)
        ("L'Éthiopie et l'Érythrée ont enterré la hache de guerre à Djeddah.", "fr", "SUPPORT", "050", "ETH", "ERI"),
        ("Le Niger s'est rangé derrière le Burkina Faso dans sa querelle avec la Côte d'Ivoire.", "fr", "SUPPORT", "051", "NER", "BFA"),
        # 07 AID: a lifeline thrown, a programme bankrolled, money put on the table
        ("The UAE threw a lifeline to Egypt with a 35-billion-dollar investment.", "en", "AID", "070", "ARE", "EGY"),
        ("L'Arabie saoudite a mis la main à la poche pour la reconstruction du Yémen.", "fr", "AID", "071", "SAU", None),
        # 08 RETREAT
        ("Ukrainian troops beat a retreat from Avdiivka.", "en", "RETREAT", "0874", "UKR", None),
        ("The Yemeni garrison raised the white flag in Marib.", "en", "RETREAT", "0874", "YEM", None),
        ("Les soldats maliens ont hissé le drapeau blanc à Tinzaouatène.", "fr", "RETREAT", "0874", "MLI", None),
        # 05 again: pieces picked up with a partner
        ("La Guinée a recollé les morceaux avec le Sénégal.", "fr", "SUPPORT", "050", "GIN", "SEN"),
        # 11 ACCUSE: foul cried, the riot act read, a rebuke in French locutions
        ("Guyana cried foul over Venezuela's referendum on the Essequibo.", "en", "ACCUSE", "111", "GUY", None),
        ("Australia read the riot act to China over the dangerous flares.", "en", "ACCUSE", "111", "AUS", "CHN"),
        ("Rabat a crié au complot contre Alger.", "fr", "ACCUSE", "111", "MAR", "DZA"),
        ("Berlin a rappelé la Pologne à l'ordre sur l'indépendance de la justice.", "fr", "ACCUSE", "111", "DEU", "POL"),
        ("Le Tchad a tapé du poing sur la table contre Bangui.", "fr", "ACCUSE", "111", "TCD", "CAF"),
        ("Washington a tapé sur les doigts de Séoul.", "fr", "ACCUSE", "111", "USA", "KOR"),
        # 12 REJECT
        ("Seoul gave short shrift to Tokyo's proposal on the disputed islands.", "en", "REJECT", "120", "KOR", "JPN"),
        # 14 PROTEST
        ("Thousands of Serbs hit the streets of Belgrade to protest against corruption.", "en", "PROTEST", "141", "SRB", None),
        # 16 SANCTION: an envoy given the boot, aid cut off in French locutions
        ("Burkina Faso gave the French ambassador the boot.", "en", "SANCTION", "166", "BFA", "FRA"),
        ("La Suède a coupé les vivres au Mali.", "fr", "SANCTION", "162", "SWE", "MLI"),
        ("Niger walked away from its defence pact with the United States.", "en", "SANCTION", "16", "NER", "USA"),
        ("L'Allemagne a fermé le robinet de l'aide au Niger.", "fr", "SANCTION", "162", "DEU", "NER"),
        # 17 COERCE: jailing idioms, and 19 a siege laid
        ("Bangladesh put three opposition leaders behind bars.", "en", "COERCE", "173", "BGD", None),
        ("Zimbabwean police threw twenty activists into prison.", "en", "COERCE", "173", "ZWE", None),
        ("La police camerounaise a passé les menottes à un opposant.", "fr", "COERCE", "173", "CMR", None),
        ("La gendarmerie ivoirienne a coffré deux militants.", "fr", "COERCE", "173", "CIV", None),
        ("Jihadists laid siege to Djibo in northern Burkina Faso.", "en", "COERCE", "191", None, "BFA"),
        ("L'armée malienne a mis le siège devant Kidal.", "fr", "COERCE", "191", "MLI", "MLI"),
    ],
)
def test_an_idiom_of_the_press_is_coded(text: str, lang: str, event_type: str, cameo: str, source: str | None, target: str | None):
    events = _code(text, lang)
    found = [e for e in events if e.event_type == event_type and (e.cameo or "").startswith(cameo) and e.polarity == "positive"
             and (source is None or e.source.country == source)
             and (target is None or (e.target is not None and e.target.country == target))]
    assert found, _seen(events)


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        # the literal senses of the same words
        ("The new Nigerian striker set foot on the pitch in Lagos for the first time.", "en", "CONSULT"),
        ("Kenyan police hit the streets of Nairobi to enforce the curfew.", "en", "PROTEST"),
        ("The Chinese phone maker's new model hit the streets of Shanghai on Monday.", "en", "PROTEST"),
        ("The Egyptian champions beat a retreat in the second half against Zamalek.", "en", "RETREAT"),
        ("The war threw Sudan into chaos.", "en", "COERCE"),
        ("Le ministre malien a épinglé une médaille sur la poitrine du soldat.", "fr", "ACCUSE"),
        ("Un trafiquant nigérian a été épinglé par la douane béninoise à Cotonou.", "fr", "ACCUSE"),
        ("Argentine fans hit the streets of Buenos Aires to celebrate the title.", "en", "PROTEST"),
        ("Le président ivoirien a mis les mains dans les poches pendant la cérémonie.", "fr", "AID"),
        ("L'ONU a installé son siège à Nairobi devant le parc national.", "fr", "COERCE"),
        ("Les enfants ont fermé le robinet d'eau de l'école à Bamako.", "fr", "SANCTION"),
        ("The Indian president raised the flag at the Red Fort in Delhi.", "en", "RETREAT"),
        ("Le président ivoirien a hissé le drapeau national à Abidjan.", "fr", "RETREAT"),
    ],
)
def test_the_literal_sense_codes_nothing(text: str, lang: str, event_type: str):
    events = _code(text, lang)
    assert not [e for e in events if e.event_type == event_type], _seen(events)


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        # a fronted host city before coordinated subjects is where, never a party (GUIDELINES)
        ("À Doha, le Rwanda et la RDC ont signé un accord de paix.", "AGREE", {"RWA", "COD"}),
        ("À Ankara, l'Ethiopie et la Somalie enterrent la hache de guerre", "SUPPORT", {"ETH", "SOM"}),
    ],
)
def test_a_fronted_host_city_is_no_listed_party(text: str, event_type: str, pair: set[str]):
    events = [e for e in _code(text, "fr") if e.event_type == event_type]
    assert events and all({e.source.country, e.target.country} == pair for e in events if e.target is not None), _seen(events)
