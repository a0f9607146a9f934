"""French wordings of CAMEO roots 11-20 as other outlets write them (helper lexfr21b):
support verbs with their noun ("élever une protestation", "requérir une peine",
"lancer une procédure d'infraction", "mettre la main sur"), set phrases ("taxer X de",
"fermer la porte à", "croiser les bras", "montrer les muscles", "semer la terreur",
"couper les ponts avec"), verbs whose event sense needs a guard ("liquider", "investir",
"charger", "intercepter", "occuper"), and the sense each guard keeps out. Sentences
written for these tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, of_type, only

_coded = coder("fr", "2025-03-12")


# ---------------------------------------------------------------- one event of the expected type, CAMEO code and parties

@pytest.mark.parametrize(
    "text, event_type, cameo, pair",
    [
        # ACCUSE: rallying against, official complaints, suits and prosecutions, charges
        ("Le Bénin a mobilisé ses partenaires régionaux contre la junte nigérienne.", "ACCUSE", "113", ("BEN", "NER")),
        ("L'Ouzbékistan a élevé une protestation officielle auprès du Kirghizistan.", "ACCUSE", "114", ("UZB", "KGZ")),
        ("Le Qatar a assigné les Émirats arabes unis devant la CIJ.", "ACCUSE", "115", ("QAT", "ARE")),
        ("Le parquet kényan a requis dix ans de prison contre un ancien ministre ougandais.", "ACCUSE", "115", ("KEN", "UGA")),
        ("La Commission européenne a ouvert une procédure d'infraction contre la Hongrie.", "ACCUSE", "115", ("EUR", "HUN")),
        ("Le Paraguay a taxé la Bolivie de complicité avec les trafiquants.", "ACCUSE", "112", ("PRY", "BOL")),
        # REJECT: set phrases of refusal, defiance and veto
        ("Le Maroc a fermé la porte à toute médiation proposée par l'Algérie.", "REJECT", "120", ("MAR", "DZA")),
        ("Le Pérou a opposé un non ferme à la proposition de l'Équateur.", "REJECT", "120", ("PER", "ECU")),
        ("La Birmanie a bravé les résolutions de l'Asean.", "REJECT", "128", ("MMR", "IGO")),
        # THREATEN: a price to pay
        ("Le président azerbaïdjanais a juré de faire payer l'Arménie.", "THREATEN", "130", ("AZE", "ARM")),
        # SANCTION: ties cut, cooperation cut back, contacts frozen, punitive measures
        ("Le Togo a coupé les ponts avec le Burkina Faso.", "SANCTION", "160", ("TGO", "BFA")),
        ("La Slovaquie a revu à la baisse sa coopération avec l'Ukraine.", "SANCTION", "160", ("SVK", "UKR")),
        ("Le Japon a gelé ses contacts de haut niveau avec la Chine.", "SANCTION", "160", ("JPN", "CHN")),
        ("Le Tchad a pris des mesures de rétorsion contre le Soudan.", "SANCTION", "162", ("TCD", "SDN")),
        # ASSAULT: violence sown, ceasefires broken, mass expulsions, hijackings, suicide bombers, charges on crowds
        ("Le Hezbollah a enfreint le cessez-le-feu au Liban, selon Israël.", "ASSAULT", "196", ("LBN", "LBN")),
        ("La police ivoirienne a chargé les manifestants à Abidjan.", "ASSAULT", "175", ("CIV", "CIV")),
        # COERCE: seizures, surveillance, towns taken, access to platforms cut
        ("Le gouvernement kazakh a suspendu l'accès à Telegram.", "COERCE", "1721", ("KAZ", None)),
        ("Les garde-côtes sénégalais ont intercepté un chalutier chinois.", "COERCE", "171", ("SEN", "CHN")),
    ],
)
def test_wording_gives_its_event(text: str, event_type: str, cameo: str, pair: tuple[str | None, str | None]) -> None:
    event = only(_coded(text), event_type)
    assert event.cameo == cameo
    source, target = dyad(event)
    assert source == pair[0]
    if pair[1] is not None:
        assert target == pair[1]
    assert event.polarity == "positive"


@pytest.mark.parametrize(
    "text, event_type, cameo, source",
    [
        ("Les infirmiers camerounais croisent les bras depuis lundi.", "PROTEST", "143", "CMR"),
        ("Des militants écologistes australiens ont mené une action de désobéissance civile à Sydney.", "PROTEST", "140", "AUS"),
        ("Le Japon a rehaussé le niveau de menace terroriste.", "MOBILIZE", "151", "JPN"),
        ("La Corée du Nord a bombé les muscles lors d'une parade militaire.", "MOBILIZE", "150", "PRK"),
        ("L'armée tchadienne a dépêché des forces spéciales dans le Tibesti.", "MOBILIZE", "154", "TCD"),
        ("L'armée ukrainienne a lancé une contre-offensive dans la région de Zaporijjia.", "ASSAULT", "190", "UKR"),
        ("La police tanzanienne a placé sous surveillance des militants de l'opposition.", "COERCE", "170", "TZA"),
    ],
)
def test_wording_with_no_recipient_gives_its_event(text: str, event_type: str, cameo: str, source: str) -> None:
    event = only(_coded(text), event_type)
    assert event.cameo == cameo
    assert event.source.country == source


# ---------------------------------------------------------------- negation and modality of the new wordings

def test_a_threat_to_make_pay_is_a_threat_not_a_promise() -> None:
    events = _coded("Le chef de la junte guinéenne a promis de faire payer cher la Sierra Leone.")
    assert not of_type(events, "AGREE")
    assert dyad(only(events, "THREATEN")) == ("GIN", "SLE")


def test_crowds_not_charged_is_negative() -> None:
    event = only(_coded("La police togolaise n'a pas chargé les manifestants à Lomé."), "ASSAULT")
    assert event.polarity == "negative"


def test_ties_not_cut_is_negative() -> None:
    event = only(_coded("Le Niger n'a pas coupé les ponts avec le Bénin."), "SANCTION")
    assert event.polarity == "negative"
    assert dyad(event) == ("NER", "BEN")


def test_a_road_cut_with_tyres_stays_a_blockade() -> None:
    events = _coded("Des manifestants ont coupé la route avec des pneus enflammés à Lomé.")
    assert not of_type(events, "SANCTION")
    assert only(events, "PROTEST").cameo == "144"


def test_a_possible_seizure_is_hypothetical() -> None:
    event = only(_coded("Les garde-côtes philippins pourraient intercepter un navire chinois."), "COERCE")
    assert event.modality == "hypothetical"


def test_an_announced_procedure_is_intended() -> None:
    event = only(_coded("La Commission européenne va lancer une procédure d'infraction contre la Slovaquie."), "ACCUSE")
    assert event.modality == "intended"


# ---------------------------------------------------------------- the senses each guard keeps out

@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Les Sud-Africains restent les bras croisés face à la crise de l'électricité.", "PROTEST"),
        ("Des paysans ont coupé le pont avec des troncs d'arbres près de Gitega.", "SANCTION"),
        ("La banque centrale a revu à la baisse ses prévisions de croissance pour le Ghana.", "SANCTION"),
        ("Le patient a été placé sous surveillance médicale à Lagos.", "COERCE"),
        ("La société minière a été liquidée par le tribunal de commerce de Kinshasa.", "ASSAULT"),
        ("Le fonds qatari a investi 2 milliards de dollars dans la ville nouvelle du Caire.", "COERCE"),
        ("La défense aérienne israélienne a intercepté un drone venu du Yémen.", "COERCE"),
        ("Les ministres ont créé une force de 5 000 soldats chargée de lutter contre les groupes armés au Sahel.", "ASSAULT"),
        ("Le gouvernement ghanéen va taxer les importations de riz.", "ACCUSE"),
        ("Le débat a semé le doute parmi les électeurs sénégalais.", "ASSAULT"),
    ],
)
def test_the_other_sense_gives_no_such_event(text: str, event_type: str) -> None:
    assert not of_type(_coded(text), event_type)
