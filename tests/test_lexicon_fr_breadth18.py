"""French lexicon breadth by CAMEO code family (helper lexfr18).

Verbal locutions and register variants of wire copy: rebukes as set phrases
(ACCUSE 111: 'hausser le ton contre', 'descendre en flammes', 'rappeler à
l'ordre'), a blunt rebuff (REJECT 120: 'rembarrer'), round-ups and seizures
(COERCE 173 'rafler', 1711 'faire main basse sur', 'mettre sous séquestre') and
attacks named as targets (ASSAULT 190 'prendre pour cible'), phone calls
('passer un coup de fil'), agreement as an idiom ('accorder leurs
violons'), jailing ('mettre sous les verrous', 'jeter en
prison'), expulsion ('montrer la porte'), execution ('passer par les armes'),
joint cause and help ('faire cause commune', 'voler au secours'), releases
('remettre en liberté'). Beside them sit
the ordinary senses of the same words and of older register verbs
('bombarder de questions', 'épingler une médaille', 'pilonner la défense' in a
match), which must code no event of that class.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, of_type, only

fr = coder("fr", "2024-05-15")


@pytest.mark.parametrize("text, kind, cameo, pair", [
    # ACCUSE 111: rebukes as set phrases
    ("L'Algérie a haussé le ton contre l'Espagne mardi.", "ACCUSE", "111", ("DZA", "ESP")),
    ("Le Premier ministre thaïlandais a haussé le ton contre le Cambodge.", "ACCUSE", "111", ("THA", "KHM")),
    ("L'opposition ivoirienne a descendu en flammes le projet du gouvernement ghanéen.", "ACCUSE", "111", ("CIV", "GHA")),
    ("La Commission européenne a rappelé à l'ordre la Hongrie jeudi.", "ACCUSE", "111", ("EUR", "HUN")),
    ("Le Chili a rappelé à l'ordre la Bolivie après l'incident frontalier.", "ACCUSE", "111", ("CHL", "BOL")),
    # REJECT 120: a blunt rebuff
    ("Le Qatar a rembarré l'émissaire américain lundi.", "REJECT", "120", ("QAT", None)),
    # COERCE 173 / 1711: round-ups and seizures
    ("Les forces de l'ordre tunisiennes ont raflé des dizaines de migrants à Sfax.", "COERCE", "173", ("TUN", None)),
    ("Le Royaume-Uni a mis sous séquestre les biens d'un oligarque russe.", "COERCE", "1711", ("GBR", "RUS")),
    ("La junte a fait main basse sur les avoirs de l'opposant guinéen.", "COERCE", "1711", (None, "GIN")),
    # ASSAULT 190: attacks named by their target
    ("Des hommes armés ont pris pour cible un poste de police au Niger.", "ASSAULT", "190", ("NER", "NER")),
    ("Les rebelles du M23 ont pris pour cible un camp de déplacés près de Goma.", "ASSAULT", "190", ("COD", "COD")),
    # CONSULT 041, AGREE 03: calls and agreement as locutions
    ("Le Mexique a passé un coup de fil au Canada mercredi.", "CONSULT", "041", ("MEX", "CAN")),
    ("Le président sénégalais a donné un coup de fil à son homologue malien.", "CONSULT", "041", ("SEN", "MLI")),
    ("Le Sénégal et la Gambie ont accordé leurs violons sur la question des frontières.", "AGREE", None, ("SEN", "GMB")),
    # jailing, expulsion, execution, joint cause and help as locutions
    ("La police égyptienne a mis sous les verrous un militant des droits humains.", "COERCE", "173", ("EGY", None)),
    ("Les autorités iraniennes ont jeté en prison une journaliste française.", "COERCE", "173", ("IRN", "FRA")),
    ("Le Venezuela a montré la porte à l'ambassadeur américain.", "SANCTION", "166", ("VEN", "USA")),
    ("L'armée éthiopienne a passé par les armes des civils au Tigré.", "ASSAULT", "186", ("ETH", None)),
    ("Le Kenya a fait cause commune avec l'Éthiopie contre les shebab.", "COOPERATE", "060", ("KEN", "ETH")),
    ("Le Ghana a volé au secours du Burkina Faso.", "AID", "070", ("GHA", "BFA")),
    ("Le gouvernement nicaraguayen a remis en liberté jeudi 135 prisonniers politiques.", "RETREAT", "0841", ("NIC", "NIC")),
    ("Le Kenya a mis en liberté deux opposants ougandais.", "RETREAT", "0841", ("KEN", "UGA")),
])
def test_locutions_code_their_family(text, kind, cameo, pair):
    event = only(fr(text), kind)
    if cameo is not None:
        assert event.cameo == cameo
    source, target = sides(event)
    if pair[0] is not None:
        assert source == pair[0]
    if pair[1] is not None:
        assert target == pair[1]


@pytest.mark.parametrize("text, kind", [
    ("Les journalistes ont bombardé de questions le ministre kényan.", "ASSAULT"),
    ("Le ministre a épinglé une médaille sur la poitrine du soldat sénégalais.", "ACCUSE"),
    ("L'équipe du Cameroun a pilonné la défense du Nigeria en seconde période.", "ASSAULT"),
    ("Les photographes ont mitraillé le président gabonais à son arrivée.", "ASSAULT"),
    ("Le Maroc a raflé trois médailles d'or aux Jeux africains.", "COERCE"),
    ("Le parti au pouvoir a raflé la majorité des sièges au Parlement ivoirien.", "COERCE"),
    ("Les lutteurs sénégalais ont fait main basse sur le titre africain.", "COERCE"),
    ("Le président américain a pris pour cible la Chine dans son discours.", "ASSAULT"),
    ("La police a donné un coup de filet contre un réseau de passeurs au Maroc.", "CONSULT"),
    ("Le Japon a fait des pieds et des mains pour obtenir la libération de ses ressortissants en Iran.", "COERCE"),
    ("Le Canada a montré la voie à suivre aux pays du G7.", "SANCTION"),
    ("Des armes ont passé la frontière entre le Tchad et le Soudan.", "ASSAULT"),
    ("Le juge a remis en question la décision du gouvernement ivoirien.", "RETREAT"),
])
def test_ordinary_senses_code_no_event(text, kind):
    assert of_type(fr(text), kind) == []
