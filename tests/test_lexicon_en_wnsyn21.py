"""English verbs proposed from WordNet 3.0 and reviewed by hand (helper wnsyn21).

Each entry of packs/en/triggers/wordnet-verbs.yaml is a less common synonym or
hyponym of a head verb the pack already codes, with that head's CAMEO code, frame
and guards. Checked on sentences written for this test, about many regions: type,
CAMEO code and both sides' countries; negation and modality of a new verb; and the
other senses of the same words (a pilot ejecting, a bill bulldozed through
parliament, rats exterminated, a threat neutralised, a jury sequestered), which
must code nothing.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, types

PUBLISHED = "2025-06-11"

code = coder("en", PUBLISHED)


@pytest.mark.parametrize("text, event_type, cameo, pair", [
    ("Japan's foreign minister eulogised Thailand's late king as a friend of Tokyo.", "SUPPORT", "051", ("JPN", "THA")),
    ("The Brazilian government reproved Paraguay over the dam tariff.", "ACCUSE", None, ("BRA", "PRY")),
    ("Kenyan police gaoled two Somali smugglers.", "COERCE", "173", ("KEN", "SOM")),
    ("Argentina sequestered the assets of a British oil company.", "COERCE", "1711", ("ARG", "GBR")),
    ("Taliban fighters waylaid a Pakistani army patrol near the border.", "ASSAULT", "190", ("AFG", "PAK")),
    ("Israeli forces bulldozed Palestinian homes in the West Bank.", "ASSAULT", "190", ("ISR", "PSE")),
    ("Ukrainian forces counterattacked Russian positions near Kupiansk.", "ASSAULT", None, ("UKR", "RUS")),
    ("Police maltreated detained protesters in Minsk.", "ASSAULT", "180", ("BLR", "BLR")),
    ("Gangs terrorised residents of Port-au-Prince.", "ASSAULT", "180", ("HTI", "HTI")),
    ("Canada renegotiated the trade pact with Mexico.", "CONSULT", None, ("CAN", "MEX")),
    ("Mali ejected the French ambassador on Monday.", "SANCTION", "166", ("MLI", "FRA")),
    ("Turkey furnished humanitarian aid to Syria after the earthquake.", "AID", "073", ("TUR", "SYR")),
])
def test_wordnet_verb_codes_the_head_verbs_event(text, event_type, cameo, pair):
    event = only(code(text), event_type)
    assert sides(event) == pair
    assert cameo is None or event.cameo == cameo
    assert event.polarity == "positive" and event.modality == "actual"


@pytest.mark.parametrize("text, pair", [
    ("Hungary's government stigmatised Syrian migrants.", ("HUN", "SYR")),
    ("Venezuela's president defamed the Colombian foreign minister, Bogota said.", ("VEN", "COL")),
])
def test_defaming_and_stigmatising_are_criticism_111(text, pair):
    event = only(code(text), "ACCUSE")
    assert sides(event) == pair and event.cameo == "111"


def test_abdication_is_concede_083():
    assert only(code("The king of Eswatini abdicated."), "CONCEDE").cameo == "083"


def test_negated_new_verb_is_negative():
    event = only(code("Brazil did not eject the Venezuelan ambassador."), "SANCTION")
    assert sides(event) == ("BRA", "VEN") and event.polarity == "negative"


def test_new_verb_under_may_is_hypothetical():
    event = only(code("Chile may eject the Chinese ambassador."), "SANCTION")
    assert sides(event) == ("CHL", "CHN") and event.modality == "hypothetical"


def test_refused_renegotiation_is_a_rejection_not_talks():
    assert "CONSULT" not in types(code("Bolivia refused to renegotiate the gas deal with Argentina."))


@pytest.mark.parametrize("text", [
    "Engineers neutralised the threat from the damaged reactor.",
    "The pilot ejected safely before the jet crashed in Poland.",
    "The new law bulldozed through Hungary's parliament on Tuesday.",
    "Sanitation teams exterminated rats in the Lagos market.",
    "The referee penalised the Moroccan striker for a foul.",
    "Residents grumbled as the thunder rolled over Manila.",
    "The jury was sequestered during the trial in Sydney.",
])
def test_other_senses_code_nothing(text):
    assert code(text) == []
