"""French lexicon breadth by CAMEO code family (helper lexfr15).

Register variants of wire copy for weak codes: rebuke verbs (ACCUSE 111),
shelling, raiding and firing verbs (ASSAULT 190/193), help lent and bail-outs (AID
070-073), means pooled (COOPERATE 060) and rebuffs (REJECT 120).
Each family is checked on sentences written for this test about many
countries, with the real pipeline; beside them sit ordinary senses of the
same words, which must code no event of that class.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, of_type, only

fr = coder("fr", "2024-05-15")


@pytest.mark.parametrize("text, kind, cameo, pair", [
    # ACCUSE 111: rebuke verbs and nouns
    ("Le président philippin a sèchement rabroué l'ambassadeur chinois mardi.", "ACCUSE", "111", ("PHL", "CHN")),
    ("Le Premier ministre indien a admonesté le gouvernement népalais jeudi.", "ACCUSE", "111", ("IND", "NPL")),
    ("Le président algérien a recadré la France lundi.", "ACCUSE", "111", ("DZA", "FRA")),
    ("Pékin a taxé Washington d'hypocrisie mardi.", "ACCUSE", "111", ("CHN", "USA")),
    ("Le président bolivien a prononcé un réquisitoire contre le Chili mercredi.", "ACCUSE", "111", ("BOL", "CHL")),
    # ASSAULT 190: shelling verbs with their weapons
    ("Le Hezbollah a arrosé le nord d'Israël de roquettes dimanche.", "ASSAULT", "190", ("LBN", "ISR")),
    ("L'armée russe a martelé Kharkiv de frappes vendredi.", "ASSAULT", "190", ("RUS", "UKR")),
    ("Les rebelles houthis ont arrosé le sud de l'Arabie saoudite de missiles.", "ASSAULT", "190", ("YEM", "SAU")),
    ("Les jihadistes harcèlent les positions de l'armée burkinabè depuis des semaines.", "ASSAULT", "190", ("BFA", "BFA")),
    ("Des hommes armés ont assailli un camp de l'armée malienne lundi.", "ASSAULT", "190", ("MLI", "MLI")),
    ("L'armée nigérienne a accroché une colonne de jihadistes près de Tillabéri.", "ASSAULT", "193", ("NER", "NER")),
    # AID 070-073: help lent, coffers refilled, airdrops
    ("Des soldats tchadiens ont prêté main-forte à l'armée nigérienne samedi.", "AID", "070", ("TCD", "NER")),
    ("L'Arabie saoudite a renfloué les caisses de la banque centrale égyptienne.", "AID", "071", ("SAU", "EGY")),
    ("La Jordanie a parachuté des vivres sur Gaza mardi.", "AID", "073", ("JOR", "PSE")),
    ("Des instructeurs français épaulent l'armée béninoise.", "AID", "070", ("FRA", "BEN")),
    # COOPERATE 060: means pooled
    ("Le Niger et le Tchad ont mutualisé leurs moyens aériens contre les jihadistes.", "COOPERATE", "060", ("NER", "TCD")),
    # REJECT 120: rebuffs
    ("Moscou a éconduit l'émissaire de l'ONU lundi.", "REJECT", "120", ("RUS", None)),
    ("Bamako a infligé un camouflet à Paris mercredi.", "REJECT", "120", ("MLI", "FRA")),
])
def test_register_variants_code_their_family(text, kind, cameo, pair):
    event = only(fr(text), kind)
    assert event.cameo == cameo
    source, target = sides(event)
    assert source == pair[0]
    if pair[1] is not None:
        assert target == pair[1]


@pytest.mark.parametrize("text, kind", [
    ("Le ministre ghanéen a martelé que le cedi ne serait pas dévalué.", "ASSAULT"),
    ("Le nouveau président kényan a prêté serment devant la Cour suprême.", "AID"),
    ("Le gouvernement péruvien a recadré le débat sur la réforme des retraites.", "ACCUSE"),
    ("Le ministre brésilien a été assailli de questions par les journalistes.", "ASSAULT"),
    ("Le gouvernement colombien va taxer les importations de sucre.", "ACCUSE"),
    ("Le maire a accroché un drapeau ukrainien à la mairie de Lyon.", "ASSAULT"),
    ("Les agriculteurs marocains ont arrosé leurs champs malgré la sécheresse.", "ASSAULT"),
    ("Le chasseur norvégien a épaulé son fusil.", "AID"),
])
def test_ordinary_senses_code_no_event_of_the_family(text, kind):
    assert not of_type(fr(text), kind)

