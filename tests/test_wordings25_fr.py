"""French wording families of the sixth codebook set (helper codebook25fr): the less common
verbs, light-verb forms and press locutions that codebook-6.fr missed on its first, unseen
run (tests/data/codebook/README.md, "The sixth set (French)"), added by family in
src/chronicle/packs/fr/triggers/wordings-25.yaml with their synonyms and guards. Sentences
written for these tests, about other countries than the set's items and the untuned probes
(tests/data/probes/codebook25fr-2.fr.jsonl), with the ordinary senses, counter-senses and
negations beside."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coded_as, lang_coder

_code = lang_coder("2025-05-01")


def _seen(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target and e.target.country, e.polarity, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "cameo", "source", "target"),
    [
        # 04 a private talk; talks taken up again
        ("Le Premier ministre éthiopien a eu un aparté avec le président kényan à Nairobi.", "CONSULT", "040", "ETH", "KEN"),
        ("Les négociateurs éthiopiens et égyptiens ont remis l'ouvrage sur le métier à Washington.", "CONSULT", "046", "ETH", "EGY"),
        # 05 praise heaped, an offence forgiven
        ("Le Sénégal a tressé des lauriers à la Mauritanie pour sa gestion de la crise.", "SUPPORT", "051", "SEN", "MRT"),
        ("Le Maroc a passé l'éponge sur les propos du ministre algérien.", "SUPPORT", "056", "MAR", "DZA"),
        # 06 standing together
        ("Le Bénin et le Togo se sont serré les coudes face aux jihadistes.", "COOPERATE", "060", "BEN", "TGO"),
        # 07 an army equipped, an economy on a drip, an envelope released
        ("L'Allemagne a doté l'armée lituanienne de chars Leopard.", "AID", "072", "DEU", "LTU"),
        ("Le Qatar perfuse l'économie libanaise.", "AID", "071", "QAT", "LBN"),
        ("L'Arabie saoudite a dégagé une enveloppe de cent millions de dollars pour le Soudan.", "AID", "071", "SAU", "SDN"),
        # 08 a reform shelved, treasures handed back, fighters who give themselves up
        ("Le gouvernement péruvien a rangé au placard sa réforme des retraites.", "CONCEDE", "0832", "PER", None),
        ("La France a rétrocédé au Bénin des trésors royaux.", "RETREAT", "0842", "FRA", "BEN"),
        ("Des dizaines de combattants jihadistes se sont livrés à l'armée nigériane.", "RETREAT", "0874", "NGA", "NGA"),
        # 09 abuses listed by investigators
        ("Amnesty International a répertorié des exactions commises par l'armée malienne.", "ACCUSE", "092", "NGO", "MLI"),
        # 10 begging bowl held out
        ("Le Sri Lanka a tendu la sébile à la Chine.", "REQUEST", "1031", "LKA", "CHN"),
        # 11 savaged, blamed
        ("Le président ghanéen a éreinté le gouvernement togolais.", "ACCUSE", "111", "GHA", "TGO"),
        ("La Pologne attribue à la Biélorussie une cyberattaque contre ses hôpitaux.", "ACCUSE", "112", "POL", "BLR"),
        # 12 a proposal found unacceptable; resolutions trodden on
        ("L'Iran a jugé irrecevable la proposition américaine.", "REJECT", "120", "IRN", "USA"),
        ("La junte nigérienne a piétiné les résolutions de la CEDEAO.", "REJECT", "128", "NER", "IGO"),
        # 14 streets flooded by a crowd, a 'mouvement social'
        ("Des milliers de Kényans ont inondé les rues de Nairobi.", "PROTEST", "141", "KEN", None),
        ("Les enseignants marocains observent un mouvement social de trois jours.", "PROTEST", "143", "MAR", None),
        # 15 ranks swollen
        ("L'Ukraine gonfle les rangs de son armée avec trente mille recrues.", "MOBILIZE", "154", "UKR", None),
        # 16 aid paused, banks banned, a mediation given up, soldiers told to pack
        ("Berlin a mis en pause son aide au Niger.", "SANCTION", "162", "DEU", "NER"),
        ("Le Canada a mis au ban plusieurs banques russes.", "SANCTION", "160", "CAN", "RUS"),
        ("L'Égypte a jeté l'éponge dans sa médiation entre l'Éthiopie et le Soudan.", "SANCTION", "165", "EGY", "ETH"),
        # 17 stalls razed, people shipped off by force
        ("Les autorités kényanes ont rasé des échoppes à Nairobi.", "ASSAULT", "1712", "KEN", None),
        ("Des Afghans ont été embarqués de force vers Kaboul par la police iranienne.", "COERCE", "174", "IRN", "AFG"),
        # 18 roughed up, beaten to death
        ("Des soldats soudanais ont malmené des réfugiés érythréens.", "ASSAULT", "182", "SDN", "ERI"),
        ("Un opposant guinéen est mort sous les coups de gendarmes guinéens.", "ASSAULT", "1823", "GIN", "GIN"),
        ("Un migrant sénégalais a succombé sous les coups de policiers tunisiens.", "ASSAULT", "1823", "TUN", "SEN"),
        # 19 come to blows, buried under shells, a truce trodden on
        ("Des soldats indiens et chinois en sont venus aux mains au Ladakh.", "ASSAULT", "190", "IND", "CHN"),
        ("Des soldats indiens et chinois en sont venus aux mains au Ladakh.", "ASSAULT", "190", "CHN", "IND"),
        ("L'artillerie russe a écrasé sous les obus les positions ukrainiennes.", "ASSAULT", "194", "RUS", "UKR"),
        ("L'armée birmane a piétiné le cessez-le-feu conclu avec les rebelles karens.", "ASSAULT", "196", "MMR", "MMR"),
        # 20 pushed out by the hundred thousand
        ("L'Algérie a poussé vers la sortie des milliers de migrants nigériens.", "ASSAULT", "201", "DZA", "NER"),
    ],
)
def test_a_wording_of_the_family_is_coded(text: str, event_type: str, cameo: str, source: str, target: str | None):
    events = _code(text, "fr")
    assert coded_as(events, event_type, cameo, source, target), _seen(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("La coiffeuse a tressé les cheveux de la chanteuse.", "SUPPORT"),
        ("Le serveur a passé l'éponge sur la table.", "SUPPORT"),
        ("Le boxeur a jeté l'éponge au troisième round.", "SANCTION"),
        ("Le Qatar poursuit sa médiation entre Israël et le Hamas.", "SANCTION"),
        ("Le ministre a été rangé au placard après le remaniement.", "CONCEDE"),
        ("Les rebelles se sont livrés à des exactions contre les civils.", "RETREAT"),
        ("L'opposition a appelé l'armée à se livrer aux autorités civiles.", "RETREAT"),
        ("Les chercheurs ont répertorié des centaines d'espèces d'oiseaux au Gabon.", "ACCUSE"),
        ("Le jury a attribué le prix au réalisateur iranien.", "ACCUSE"),
        ("Le cheval a été éreinté par la course.", "ACCUSE"),
        ("Le tribunal a jugé irrecevable le recours de l'opposition.", "REJECT"),
        ("Les eaux du fleuve ont inondé les rues de Niamey.", "PROTEST"),
        ("Le ministre a commenté le mouvement social des cheminots.", "PROTEST"),
        ("Les manifestants gonflent les rangs du cortège.", "MOBILIZE"),
        ("Washington a repris ses livraisons d'armes au Nigeria.", "SANCTION"),
        ("Le coiffeur a rasé la barbe du président.", "ASSAULT"),
        ("Les négociations piétinent à Genève.", "ASSAULT"),
        ("Le ministre des Finances a été poussé vers la sortie.", "ASSAULT"),
        ("Le groupe minier a pris pied sur le marché guinéen.", "COERCE"),
        ("L'entreprise a dégagé un bénéfice de dix millions d'euros.", "AID"),
        ("L'ONU redoute un bain de sang à El-Fasher.", "ASSAULT"),
        ("Le médecin a perfusé le patient.", "AID"),
        ("La foule a succombé au charme du chanteur.", "ASSAULT"),
        # a call to stand together is a request, not the cooperation
        ("Les Nations unies appellent le Soudan et le Tchad à se serrer les coudes.", "COOPERATE"),
    ],
)
def test_the_ordinary_sense_or_a_counter_sense_codes_no_such_event(text: str, event_type: str):
    events = _code(text, "fr")
    assert not [e for e in events if e.event_type == event_type and e.polarity == "positive"], _seen(events)


def test_deliveries_paused_are_no_deliveries():
    events = _code("Washington a mis en pause ses livraisons d'armes au Nigeria.", "fr")
    assert coded_as(events, "SANCTION", "162", "USA", "NGA"), _seen(events)
    assert not [e for e in events if e.event_type == "AID"], _seen(events)


def test_a_mediation_given_up_is_no_mediation_held():
    events = _code("Le Qatar a jeté l'éponge dans sa médiation entre Israël et le Hamas.", "fr")
    assert coded_as(events, "SANCTION", "165", "QAT", "ISR"), _seen(events)
    assert not [e for e in events if e.event_type == "CONSULT"], _seen(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Le Maroc n'a pas passé l'éponge sur les propos du ministre algérien.", "SUPPORT"),
        ("La France n'a pas rétrocédé au Bénin les trésors royaux.", "RETREAT"),
    ],
)
def test_a_negated_wording_is_a_negated_event(text: str, event_type: str):
    events = [e for e in _code(text, "fr") if e.event_type == event_type]
    assert events and all(e.polarity == "negative" for e in events), _seen(events)
