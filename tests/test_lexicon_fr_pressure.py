"""The French lexicon of pressure and conflict of words (CAMEO 02 and 10 REQUEST, 08
CONCEDE/RETREAT, 09 and 11 ACCUSE, 12 REJECT, 13 THREATEN, 16 SANCTION, 17
COERCE) as wire copy writes it: the classes widened for issue 11 code their
sentence with its parties, their ordinary senses code nothing, and a negated or
refused act is not coded as done. Sentences written for these tests, about many
regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code

PUBLISHED = "2024-06-12"


def _events(text: str, event_type: str) -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, polarity) of the events of ``event_type`` coded."""
    return [
        (e.source.country, e.target.country if e.target else None, e.polarity)
        for e in code(text, PUBLISHED, "fr")
        if e.event_type == event_type
    ]


@pytest.mark.parametrize(
    "text, event_type, source, target",
    [
        # appeals for aid, arms or funds: made to donors, they may name no party (CAMEO 103, 1031-1033)
        ("Le Kenya a lancé un appel à l'aide internationale après les inondations dans l'ouest du pays.", "REQUEST", "KEN", None),
        ("Le Soudan du Sud a demandé une aide alimentaire d'urgence aux donateurs.", "REQUEST", "SSD", None),
        ("Kiev a réclamé davantage de munitions à ses alliés européens.", "REQUEST", "UKR", None),
        ("Le gouvernement haïtien sollicite l'aide de la communauté internationale pour rétablir la sécurité.", "REQUEST", "HTI", None),
        ("Le Ghana a sollicité un prêt de trois milliards de dollars au FMI.", "REQUEST", "GHA", None),
        ("Le pape a lancé un appel à la paix en Ukraine.", "REQUEST", None, None),
        # calls for a ceasefire or restraint may name no party; demands to the Security Council are demands
        ("L'ONU appelle à un cessez-le-feu immédiat au Soudan.", "REQUEST", "UNO", None),
        ("La Turquie a appelé Israël et le Hamas à un cessez-le-feu.", "REQUEST", "TUR", "ISR"),
        ("La France a demandé une réunion d'urgence du Conseil de sécurité.", "REQUEST", "FRA", "UNO"),
        # talks pleaded for between two parties are asked of both (CAMEO 026)
        ("Le président sud-africain a plaidé pour des négociations directes entre l'Arménie et l'Azerbaïdjan.", "REQUEST", "ZAF", "AZE"),
        # blame laid on a party (CAMEO 112) and the summons of an envoy (PLOVER ACCUSE, CAMEO 114)
        ("Le Maroc a rejeté la responsabilité de l'incident sur l'Algérie.", "ACCUSE", "MAR", "DZA"),
        ("Kinshasa rend Kigali responsable des violences dans l'est du pays.", "ACCUSE", "COD", "RWA"),
        ("La convocation de l'ambassadeur de Suède par la Turquie a suivi l'autodafé.", "ACCUSE", "TUR", "SWE"),
        ("Le président ivoirien a tiré à boulets rouges sur la junte malienne.", "ACCUSE", "CIV", "MLI"),
        ("Le Parlement sud-coréen a mis le président en accusation.", "ACCUSE", "KOR", "KOR"),
        # a condemnation of an attack whose authors no one names has no recipient
        ("L'Union européenne a condamné jeudi l'attentat qui a fait vingt morts à Peshawar, au Pakistan.", "ACCUSE", None, None),
        # investigations (CAMEO 09): need no recipient when the authors are unknown
        ("Human Rights Watch a documenté des exécutions sommaires au Burkina Faso.", "ACCUSE", None, "BFA"),
        ("La police indienne enquête sur l'attaque contre un temple au Pendjab.", "ACCUSE", "IND", None),
        ("La justice se penche sur la mort du journaliste au Burundi.", "ACCUSE", "BDI", None),
        # a refusal is addressed to those whose pressure or appeal it resists (CAMEO 12)
        ("Les enseignants camerounais refusent toujours de reprendre les cours malgré l'offre du gouvernement camerounais.", "REJECT", "CMR", "CMR"),
        ("Les talibans ont refusé de rouvrir les écoles aux filles, malgré les appels de l'ONU.", "REJECT", "AFG", "UNO"),
        ("Le président nigérian a boudé le sommet organisé par le Ghana.", "REJECT", "NGA", "GHA"),
        # threats: vows of revenge, warnings named by a noun (CAMEO 130, 138)
        ("Le Hezbollah a juré de se venger d'Israël après la mort de son commandant.", "THREATEN", "LBN", None),
        ("Téhéran a adressé une mise en garde à Washington.", "THREATEN", "IRN", "USA"),
        ("Téhéran promet des représailles à Israël.", "THREATEN", "IRN", "ISR"),
        # a state's coercion of no one named falls on its own people (CAMEO 17)
        ("Les autorités iraniennes ont coupé l'accès à internet.", "COERCE", "IRN", "IRN"),
        ("La junte malienne a suspendu la diffusion de LCI.", "COERCE", "MLI", "MLI"),
        ("L'armée birmane a proclamé l'état de siège dans l'Etat shan.", "COERCE", "MMR", "MMR"),
        ("L'état d'urgence a été proclamé par le président équatorien.", "COERCE", "ECU", "ECU"),
        # the party hangs on a participle qualifying the aid or funds cut ("destinée à"): read past it
        ("Les Pays-Bas ont suspendu l'aide budgétaire destinée au Burundi.", "SANCTION", "NLD", "BDI"),
        ("La Banque mondiale menace de geler les crédits destinés au Malawi.", "THREATEN", None, "MWI"),
        # backing down and falling back (CAMEO 080, 083, 0874, resignations)
        ("Le gouvernement argentin a lâché du lest face aux syndicats.", "CONCEDE", "ARG", None),
        ("La France se désengage militairement du Sahel.", "RETREAT", "FRA", None),
        ("Les rebelles du M23 ont battu en retraite face à l'armée congolaise.", "RETREAT", "COD", None),
        ("Le ministre tchadien de la Défense a rendu son tablier.", "RETREAT", "TCD", None),
    ],
)
def test_pressure_vocabulary_codes_its_event(text: str, event_type: str, source: str | None, target: str | None) -> None:
    found = _events(text, event_type)
    assert any((source is None or s == source) and (target is None or t == target) and p == "positive"
               for s, t, p in found), found


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("La Bolivie a rejeté toute responsabilité dans la crise.", "ACCUSE"),
        ("Le gardien de but a appelé au calme dans les tribunes.", "ACCUSE"),
        ("Le joueur blessé a appelé le médecin de l'équipe.", "REQUEST"),
        ("L'opposition kényane a exigé le retrait des armes lourdes de la capitale.", "AID"),
        ("Le musée a lancé un appel aux dons pour restaurer sa façade.", "AID"),
        ("Le Burkina Faso a rendu hommage aux soldats tombés au front.", "RETREAT"),
        ("L'âge de départ à la retraite a été relevé en Belgique.", "RETREAT"),
        ("Les Marocains ont juré fidélité au roi lors de la cérémonie d'allégeance.", "THREATEN"),
        ("La Côte d'Ivoire se penche sur son plan de développement industriel.", "ACCUSE"),
        ("Les chercheurs ont documenté la migration des éléphants au Botswana.", "ACCUSE"),
        ("Le Premier ministre a présenté une mise à jour du plan de relance.", "THREATEN"),
        ("Le sélectionneur sénégalais a rendu sa liste pour la Coupe d'Afrique.", "RETREAT"),
        ("L'État malien a décrété trois jours de deuil national.", "COERCE"),
        ("L'état de santé du président algérien inquiète ses partisans.", "COERCE"),
    ],
)
def test_ordinary_senses_code_nothing(text: str, event_type: str) -> None:
    assert _events(text, event_type) == []


def test_an_aid_appeal_for_arms_withdrawal_is_no_aid_request() -> None:
    """Arms whose withdrawal is demanded make a de-escalation demand, not a request for military aid."""
    events = [e for e in code("L'opposition kényane a exigé le retrait des armes lourdes de la capitale.", PUBLISHED, "fr")
              if e.event_type == "REQUEST"]
    assert all(e.cameo != "1032" for e in events), [(e.cameo, e.mode) for e in events]


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Le Tchad n'a pas rappelé son ambassadeur au Soudan.", "SANCTION"),
        ("La Guinée n'a pas interdit la manifestation de l'opposition à Conakry.", "COERCE"),
        ("Le Hezbollah n'a pas juré de se venger d'Israël.", "THREATEN"),
    ],
)
def test_negated_pressure_is_not_coded_as_done(text: str, event_type: str) -> None:
    assert all(p != "positive" for _, _, p in _events(text, event_type))


def test_a_refused_release_is_a_rejection() -> None:
    """'ne libérera pas' refuses a release (grammar refused_when_negated): a REJECT, no RETREAT."""
    text = "La junte guinéenne ne libérera pas les opposants détenus, malgré la pression de la Cédéao."
    assert [p for _, _, p in _events(text, "RETREAT")] == []
    assert any(p == "positive" for _, _, p in _events(text, "REJECT"))
