"""Threats as news writes them (helper threat20): conditional consequences, warnings and
ultimatums in both languages, CAMEO root 13.

- a warning of what the other side will suffer names it by the clause's subject ("Pakistan
  warned that India would pay a heavy price", "a averti que la Pologne deviendrait une cible");
- a threat to recall one's envoy threatens the post he would leave, never the envoy;
- things declared a (legitimate) target belong to the side threatened ("F-16 jets supplied
  to Ukraine");
- a deadline set by a date ("gave X until Sunday to", "jusqu'à dimanche pour") is an
  ultimatum, as one set by hours is;
- French warnings with "prévenir" whose clause is a conditional act of aid or force, the
  threatened code from the act (137 arrest, 133 dissent, 1311 funds, 1313 resigning).

Counter-cases: forecasts of prices or consequences, weather warnings, the terrorist threat,
threatened species, a cricket target, a court's deadline.

Sentences written for these tests, about many regions, coded through the real pipeline.
A CAMEO of "13" (root) counts as 130, the residual code."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder, listing

code_en = coder("en", "2025-05-14")
code_fr = coder("fr", "2025-05-14")


def _cameo(event: Event) -> str:
    return "130" if event.cameo == "13" else (event.cameo or "")


def _threat(events: list[Event], cameos: tuple[str, ...], source: str | None, target: str | None) -> bool:
    """Whether one positive THREATEN event has an accepted code and the expected sides
    (None: any); a code "13" in ``cameos`` accepts any code of the root."""
    for event in events:
        if event.event_type != "THREATEN" or event.polarity != "positive":
            continue
        coded = _cameo(event)
        if not any(coded.startswith(c) if c == "13" else coded == c for c in cameos):
            continue
        src = event.source.country if event.source else None
        tgt = event.target.country if event.target else None
        if (source is None or src == source) and (target is None or tgt == target):
            return True
    return False


EN_THREATS = [
    ("Washington warned that it would cut aid to Egypt unless Cairo released the detained activists.", ('1311',), 'USA', 'EGY'),
    ("Germany threatened to suspend development aid to Niger after the coup.", ('1311',), 'DEU', 'NER'),
    ("The European Union said it would freeze budget support to Mali unless the junta set an election date.", ('1311',), 'EUR', 'MLI'),
    ("The United States threatened to impose tariffs on Mexico unless it curbed migration.", ('1312',), 'USA', 'MEX'),
    ("Turkey threatened to recall its ambassador from the Netherlands.", ('1313',), 'TUR', 'NLD'),
    ("Algeria warned that it would sever diplomatic ties with Morocco if the provocations continued.", ('1313',), 'DZA', 'MAR'),
    ("Sri Lanka's president warned that he would declare a state of emergency if the strikes continued.", ('1324',), 'LKA', 'LKA'),
    ("Kenyan teachers threatened to strike if the government did not raise their pay.", ('133',), 'KEN', 'KEN'),
    ("Argentine unions threatened a general strike over the president's labour reforms.", ('133',), 'ARG', 'ARG'),
    ("The Palestinian delegation threatened to walk out of the talks in Cairo.", ('134',), 'PSE', None),
    ("Ukraine threatened to pull out of the negotiations with Russia if Moscow kept shelling Kharkiv.", ('134',), 'UKR', 'RUS'),
    ("Qatar warned that it would suspend its mediation between Israel and Hamas.", ('135',), 'QAT', None),
    ("Mali's junta threatened to expel the UN peacekeeping mission.", ('136',), 'MLI', 'UNO'),
    ("Peruvian police warned that protesters who blocked the highway would be arrested.", ('137',), 'PER', 'PER'),
    ("The Nicaraguan government threatened to jail opposition leaders who called for a boycott.", ('137',), 'NIC', 'NIC'),
    ("North Korea threatened to strike the United States with nuclear weapons.", ('1385', '138'), 'PRK', 'USA'),
    ("Israel warned that any attack from Lebanon would be met with force.", ('138',), 'ISR', 'LBN'),
    ("Iran vowed to retaliate against Israel for the strike on its consulate.", ('138',), 'IRN', 'ISR'),
    ("Russia said it would consider the F-16 jets supplied to Ukraine a legitimate target.", ('138',), 'RUS', 'UKR'),
    ("Beijing warned Taipei of serious consequences if it declared independence.", ('130', '138'), 'CHN', 'TWN'),
    ("The Ethiopian government gave the Tigrayan forces 72 hours to surrender.", ('139',), 'ETH', 'ETH'),
    ("The ECOWAS bloc gave Niger's junta until Sunday to reinstate the president.", ('139',), None, 'NER'),
    ("Sudan's army issued an ultimatum to the Rapid Support Forces to leave Khartoum.", ('139',), 'SDN', 'SDN'),
    ("Pakistan warned that India would pay a heavy price for any aggression.", ('138', '130'), 'PAK', 'IND'),
    ("Azerbaijan threatened military action against Armenia.", ('138',), 'AZE', 'ARM'),
    ("China threatened to blockade Taiwan.", ('1381', '138'), 'CHN', 'TWN'),
    ("Russian officials threatened to occupy the whole of eastern Ukraine.", ('1382', '138'), 'RUS', 'UKR'),
    ("Al-Shabaab threatened to attack Kenyan schools.", ('1383', '138'), 'SOM', 'KEN'),
    ("Turkey warned Sweden that it would block its NATO membership unless it cracked down on Kurdish militants.", ('13',), 'TUR', 'SWE'),
    ("Venezuela warned Guyana that it would annex the Essequibo region.", ('1382', '138'), 'VEN', 'GUY'),
    ("Japan warned China of countermeasures if its coast guard entered the waters again.", ('130', '131'), 'JPN', 'CHN'),
    ("The Philippine president warned that Manila would respond firmly to any Chinese incursion.", ('138', '130'), 'PHL', 'CHN'),
    ("Nigeria's army warned bandits in Zamfara that they would be crushed.", ('138', '137'), 'NGA', 'NGA'),
    ("Moscow warned Finland that joining NATO would have serious military consequences.", ('138', '130'), 'RUS', 'FIN'),
    ("Colombia's president threatened to suspend the ceasefire with the ELN rebels.", ('13',), 'COL', 'COL'),
    ("South Korea warned North Korea that it would pay a price for any provocation.", ('138', '130'), 'KOR', 'PRK'),
    ("Canada threatened retaliatory tariffs on US steel.", ('1312',), 'CAN', 'USA'),
    ("Belarus threatened to close its border with Poland.", ('13',), 'BLR', 'POL'),
    ("Egypt warned Ethiopia that filling the dam would cross a red line.", ('130', '138'), 'EGY', 'ETH'),
    ("Lebanese farmers threatened to block roads if the subsidies were cut.", ('133',), 'LBN', 'LBN'),
    ("Seoul warned Pyongyang that it would face an overwhelming response if it used nuclear weapons.", ('138',), 'KOR', 'PRK'),
    ("Armenia's prime minister warned that Yerevan would quit the Russian-led alliance.", ('13',), 'ARM', None),
    ("Tehran threatened to close the Strait of Hormuz to Western shipping.", ('1381', '138', '13'), 'IRN', None),
]

FR_THREATS = [
    ("Washington menace de suspendre son aide militaire à l'Égypte.", ('1311',), 'USA', 'EGY'),
    ("Paris a prévenu qu'elle couperait l'aide au développement au Burkina Faso si la junte ne fixait pas de date pour les élections.", ('1311',), 'FRA', 'BFA'),
    ("Pékin menace Canberra d'un boycott de ses vins.", ('1312',), 'CHN', 'AUS'),
    ("Le Canada a menacé d'imposer des droits de douane sur l'acier américain.", ('1312',), 'CAN', 'USA'),
    ("La Turquie menace de rappeler son ambassadeur aux Pays-Bas.", ('1313',), 'TUR', 'NLD'),
    ("Les syndicats ivoiriens menacent de déclencher une grève générale.", ('133',), 'CIV', 'CIV'),
    ("Les enseignants camerounais menacent de faire grève si leurs salaires ne sont pas payés.", ('133',), 'CMR', 'CMR'),
    ("La délégation palestinienne menace de claquer la porte des négociations.", ('134',), 'PSE', None),
    ("L'Ukraine menace de se retirer des négociations avec la Russie.", ('134',), 'UKR', 'RUS'),
    ("La junte malienne menace d'expulser la mission de l'ONU.", ('136',), 'MLI', 'UNO'),
    ("Le gouvernement nicaraguayen menace d'emprisonner les opposants.", ('137',), 'NIC', 'NIC'),
    ("Israël a prévenu que toute incursion du Hezbollah serait repoussée par la force.", ('138',), 'ISR', 'LBN'),
    ("L'Iran promet des représailles contre Israël.", ('138',), 'IRN', 'ISR'),
    ("Moscou considérera les avions F-16 livrés à l'Ukraine comme des cibles légitimes.", ('138',), 'RUS', 'UKR'),
    ("Pékin met en garde Taipei contre toute déclaration d'indépendance.", ('130', '138'), 'CHN', 'TWN'),
    ("L'armée éthiopienne a lancé un ultimatum aux forces tigréennes.", ('139',), 'ETH', 'ETH'),
    ("La CEDEAO a donné à la junte nigérienne jusqu'à dimanche pour rétablir le président.", ('139',), None, 'NER'),
    ("Le Pakistan a averti que l'Inde paierait un prix élevé pour toute agression.", ('138', '130'), 'PAK', 'IND'),
    ("L'Azerbaïdjan menace l'Arménie d'une action militaire.", ('138',), 'AZE', 'ARM'),
    ("La Chine menace d'imposer un blocus à Taïwan.", ('1381', '138'), 'CHN', 'TWN'),
    ("Le Venezuela menace d'annexer la région de l'Essequibo au Guyana.", ('1382', '138'), 'VEN', 'GUY'),
    ("Le Hezbollah a prévenu Israël qu'il tirerait des roquettes sur Haïfa si les bombardements continuaient.", ('138',), 'LBN', 'ISR'),
    ("La Turquie menace de bloquer l'adhésion de la Suède à l'OTAN.", ('13',), 'TUR', 'SWE'),
    ("Le Japon a mis en garde la Chine contre toute nouvelle incursion dans ses eaux.", ('130', '138'), 'JPN', 'CHN'),
    ("Le président philippin a averti que Manille riposterait fermement à toute incursion chinoise.", ('138', '130'), 'PHL', 'CHN'),
    ("Moscou a averti la Finlande que son adhésion à l'OTAN aurait de graves conséquences.", ('130', '138'), 'RUS', 'FIN'),
    ("Pékin a averti que Washington assumerait toutes les conséquences s'il vendait des armes à Taïwan.", ('130',), 'CHN', 'USA'),
    ("La Biélorussie menace de fermer sa frontière avec la Pologne.", ('13',), 'BLR', 'POL'),
    ("Le Caire a averti Addis-Abeba que le remplissage du barrage franchirait une ligne rouge.", ('130', '138'), 'EGY', 'ETH'),
    ("Les agriculteurs libanais menacent de bloquer les routes.", ('133',), 'LBN', 'LBN'),
    ("Les États-Unis ont donné 48 heures au Hamas pour accepter l'accord.", ('139',), 'USA', 'PSE'),
    ("L'Éthiopie a averti l'Égypte qu'elle défendrait le barrage par tous les moyens.", ('138', '130'), 'ETH', 'EGY'),
    ("Téhéran menace de fermer le détroit d'Ormuz.", ('1381', '138', '13'), 'IRN', None),
    ("L'Union européenne menace la Hongrie de geler ses fonds.", ('1311', '131'), 'EUR', 'HUN'),
    ("La Corée du Sud a averti qu'elle suspendrait l'accord militaire si le Nord lançait un satellite.", ('13',), 'KOR', 'PRK'),
    ("Le Maroc a prévenu que toute atteinte à son intégrité territoriale serait sévèrement punie.", ('130', '138'), 'MAR', None),
]


@pytest.mark.parametrize(("text", "cameos", "source", "target"), EN_THREATS)
def test_en_threat_frames(text: str, cameos: tuple[str, ...], source: str | None, target: str | None) -> None:
    events = code_en(text)
    assert _threat(events, cameos, source, target), listing(events)


@pytest.mark.parametrize(("text", "cameos", "source", "target"), FR_THREATS)
def test_fr_threat_frames(text: str, cameos: tuple[str, ...], source: str | None, target: str | None) -> None:
    events = code_fr(text)
    assert _threat(events, cameos, source, target), listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Meteorologists warned of heavy rain in Bangladesh this week.",
        "The drought poses a threat to peace in the Sahel, the UN said.",
        "Threatened species in Madagascar are losing their habitat.",
        "The central bank governor warned that inflation could rise in Brazil.",
        "The terrorist threat in Belgium remains high, the interior ministry said.",
        "Doctors warned that the heatwave could kill thousands in India.",
        "Economists warned that consumers would pay a higher price for fuel.",
        "The IMF warned of the consequences of climate change for Africa.",
        "Virat Kohli's unbeaten century allowed India to declare and set Australia a target of 534.",
        "The court gave the defence until Friday to file its appeal.",
    ],
)
def test_en_no_threat_by_an_actor(text: str) -> None:
    events = code_en(text)
    assert not [e for e in events if e.event_type == "THREATEN"], listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Météo-France met en garde contre de violents orages dans le sud.",
        "La menace terroriste reste élevée en Belgique, selon le ministère de l'Intérieur.",
        "Les espèces menacées de Madagascar perdent leur habitat.",
        "La sécheresse menace la paix au Sahel, selon l'ONU.",
        "Le gouverneur de la banque centrale a averti que l'inflation pourrait augmenter au Brésil.",
        "Les médecins ont averti que la canicule pourrait tuer des milliers de personnes en Inde.",
        "Les économistes ont averti que les ménages paieraient un prix plus élevé pour l'énergie.",
        "La Banque mondiale considère la réduction de la pauvreté comme une cible prioritaire.",
    ],
)
def test_fr_no_threat_by_an_actor(text: str) -> None:
    events = code_fr(text)
    assert not [e for e in events if e.event_type == "THREATEN"], listing(events)


def test_en_recall_done_stays_the_sanction() -> None:
    # the act done is the act (CAMEO 161), not a threat of it
    events = code_en("Turkey recalled its ambassador from the Netherlands on Monday.")
    assert not [e for e in events if e.event_type == "THREATEN"], listing(events)
    assert any(e.event_type == "SANCTION" and e.target is not None and e.target.country == "NLD" for e in events), listing(events)


def test_fr_warned_response_names_the_other_side() -> None:
    events = code_fr("L'Éthiopie a prévenu que toute incursion érythréenne serait repoussée par la force.")
    assert _threat(events, ("138",), "ETH", "ERI"), listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia could face new sanctions if it continues its offensive, the British foreign secretary said.", "GBR", "RUS"),
        ("Belarus would face further sanctions if it helped Moscow, EU officials said.", "EUR", "BLR"),
    ],
)
def test_en_consequence_told_from_the_target_is_the_speakers_threat(text: str, source: str, target: str) -> None:
    # the sanction hangs on a condition the speaker sets: the speaker threatens (assembly's threatener step)
    events = code_en(text)
    assert _threat(events, ("1312",), source, target), listing(events)


def test_en_sanctions_faced_stay_no_threat() -> None:
    events = code_en("Russia faced new sanctions after the attack, the British foreign secretary said.")
    assert not [e for e in events if e.event_type == "THREATEN"], listing(events)


def test_fr_condition_one_complement_deeper_names_the_target() -> None:
    # "n'hésiterait pas à riposter si X ...": the condition hangs under the act threatened
    events = code_fr("Le Maroc a averti qu'il n'hésiterait pas à riposter si l'Algérie continuait ses provocations.")
    assert _threat(events, ("130", "138"), "MAR", "DZA"), listing(events)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (code_en, "Beijing said Washington would bear all the consequences if it sold more F-16 jets to Taiwan."),
        (code_en, "Moscow said it would consider any Western trainers sent to Ukraine a legitimate target."),
        (code_fr, "Tokyo a affirmé que Pékin paierait un prix élevé pour toute provocation."),
        # the tagger reads "paierait" as an imperfect here; -yer verbs change y to i before
        # the conditional's ending (pack grammar infinitive_alternations)
        (code_fr, "Ankara a affirmé que la Syrie paierait un prix élevé pour toute provocation."),
    ],
)
def test_a_threat_told_in_the_future_is_made_when_said(code, text: str) -> None:
    """'would bear all the consequences', 'would consider ... a legitimate target': the future
    is what is threatened; the threat itself is made as it is said (modality actual), as a
    threat that hangs on a condition is."""
    threats = [e for e in code(text) if e.event_type == "THREATEN"]
    assert threats and {e.modality for e in threats} == {"actual"}


def test_a_supposed_threat_stays_hypothetical() -> None:
    """'could consider ... a legitimate target, analysts said': a threat supposed, not made."""
    threats = [e for e in code_en("Russia could consider the jets a legitimate target, analysts said.") if e.event_type == "THREATEN"]
    assert all(e.modality == "hypothetical" for e in threats)
