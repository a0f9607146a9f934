"""English nominal events for the conflict half of the CAMEO codebook (roots 10-20).

Nouns and set phrases that state an event with its parties ("the severing of
ties with X", "drew criticism from X", "Russia's invasion of Ukraine"), from
``packs/en/triggers/nominal-10-20.yaml``. Each case codes a sentence written
for this test with the real English pipeline and checks the PLOVER type, the
CAMEO code, the two countries, and polarity and modality where the sentence
negates or qualifies the event.
"""

from __future__ import annotations

import pytest
import yaml

from chronicle.ontology import load_ontology
from chronicle.packs import PACKS_DIR, Trigger
from event_checks import coder, dyad, only


code = coder("en", "2024-05-10")


# ---------------------------------------------------------------- ACCUSE, REJECT, THREATEN


def test_criticism_drawn_comes_from_the_one_named_with_from():
    event = only(code("Israel's offensive drew criticism from the European Union."), "ACCUSE")
    assert (event.source.name, event.target.country, event.cameo) == ("European Union", "ISR", "111")


def test_criticism_not_drawn_is_negative_and_criticism_faced_is_criticism_received():
    event = only(code("Venezuela's election did not draw criticism from Brazil."), "ACCUSE")
    assert dyad(event) == ("BRA", "VEN") and event.polarity == "negative"
    faced = only(code("Colombia's ambassador faced criticism from Israel."), "ACCUSE")
    assert dyad(faced) == ("ISR", "COL")


def test_a_lawsuit_filed_accuses_the_defendant():
    event = only(code("Mexico filed a lawsuit against the United States."), "ACCUSE")
    assert dyad(event) == ("MEX", "USA") and (event.mode, event.cameo) == ("allege", "115")


def test_a_veto_named_by_a_noun():
    event = only(code("Russia's veto of the resolution angered the United States."), "REJECT")
    assert event.source.country == "RUS" and (event.mode, event.cameo) == ("yield", "129")


def test_an_arrest_warrant_accuses_the_person_it_names():
    # the project's gold codes a warrant issued as ACCUSE (1121), not PLOVER 2.0's THREATEN arrest
    event = only(code("The ICC issued an arrest warrant for Vladimir Putin."), "ACCUSE")
    assert (event.source.sector, event.target.country, event.mode) == ("JUD", "RUS", "allege")


# ---------------------------------------------------------------- PROTEST, MOBILIZE


def test_riots_erupting_are_a_violent_protest_but_riots_as_a_date_are_not():
    event = only(code("Riots erupted in Nairobi after the vote."), "PROTEST")
    assert (event.source.country, event.mode, event.cameo) == ("KEN", "riot", "145")
    events = code("Police in Lagos imposed a curfew after the riots.")
    assert [e.event_type for e in events] == ["COERCE"] and events[0].mode == "curfew"


def test_a_deployment_of_troops_names_whose_troops():
    event = only(code("The deployment of Russian troops near the border alarmed Ukraine."), "MOBILIZE")
    assert (event.source.country, event.mode, event.cameo) == ("RUS", "troops", "154")


def test_a_military_buildup_and_unilateral_drills():
    buildup = only(code("Venezuela's military buildup near Guyana worried Brazil."), "MOBILIZE")
    assert (buildup.source.country, buildup.cameo) == ("VEN", "154")
    drills = only(code("China held large-scale military drills around Taiwan."), "MOBILIZE")
    assert dyad(drills) == ("CHN", "TWN") and drills.cameo == "150"


# ---------------------------------------------------------------- SANCTION


def test_the_severing_of_ties_with_a_country():
    event = only(code("The severing of ties with Kigali by Kinshasa angered Rwandan officials."), "SANCTION")
    assert dyad(event) == ("COD", "RWA") and (event.mode, event.cameo) == ("withdraw", "161")


def test_the_expulsion_of_diplomats_reduces_relations_with_their_country():
    event = only(code("Poland announced the expulsion of Russian diplomats."), "SANCTION")
    assert dyad(event) == ("POL", "RUS") and (event.mode, event.cameo) == ("expel", "161")


def test_the_suspension_of_aid_names_its_recipient():
    event = only(code("Washington announced the suspension of aid to Niger."), "SANCTION")
    assert dyad(event) == ("USA", "NER") and (event.mode, event.cameo) == ("discontinue", "162")


def test_possible_sanctions_are_hypothetical():
    event = only(code("The EU could adopt new sanctions against Iran."), "SANCTION")
    assert (event.source.name, event.target.country, event.modality) == ("European Union", "IRN", "hypothetical")


# ---------------------------------------------------------------- COERCE


def test_the_seizure_of_a_tanker_and_an_internet_shutdown():
    seizure = only(code("Iran's seizure of a British tanker in the Gulf angered London."), "COERCE")
    assert dyad(seizure) == ("IRN", "GBR") and (seizure.mode, seizure.cameo) == ("seize", "1711")
    shutdown = only(code("Niger's junta ordered an internet shutdown."), "COERCE")
    # no one named: a state's coercion falls on its own people (ontology: COERCE domestic_recipient)
    assert (shutdown.source.country, shutdown.mode) == ("NER", "withhold")
    assert shutdown.target is not None and (shutdown.target.country, shutdown.target.sector) == ("NER", "CVL")


def test_the_dissolution_of_parties_and_the_deportation_of_migrants():
    dissolution = only(code("Mali's junta announced the dissolution of political parties."), "COERCE")
    assert (dissolution.source.country, dissolution.cameo) == ("MLI", "1722")
    deportation = only(code("Algeria ordered the deportation of hundreds of migrants."), "COERCE")
    assert (deportation.source.country, deportation.target.sector, deportation.mode) == ("DZA", "CVL", "deport")


def test_a_blockade_imposed_by_an_armed_group():
    event = only(code("Yemen's Houthis announced a blockade on Israeli ports."), "COERCE")
    assert dyad(event) == ("YEM", "ISR") and event.cameo == "191"


# ---------------------------------------------------------------- ASSAULT


def test_an_invasion_named_by_a_noun():
    event = only(code("Russia's invasion of Ukraine began before dawn on Thursday."), "ASSAULT")
    assert dyad(event) == ("RUS", "UKR") and event.cameo == "190"


def test_a_kidnapping_by_gunmen_of_aid_workers():
    event = only(code("The kidnapping of aid workers by gunmen in Burkina Faso was condemned."), "ASSAULT")
    assert (event.source.sector, event.target.sector, event.mode, event.cameo) == ("REB", "NGO", "abduct", "181")
    assert event.source.country == "BFA"


def test_air_strikes_not_carried_out_are_negative():
    event = only(code("The Israeli army did not carry out air strikes in Lebanon."), "ASSAULT")
    assert dyad(event) == ("ISR", "LBN") and (event.mode, event.polarity) == ("aerial", "negative")


def test_fighting_between_two_sides():
    """Fighting is done by each side to the other: one record each way (tests/test_mutual_acts.py)."""
    events = [e for e in code("Heavy fighting between the Sudanese army and the M23 continued.") if e.event_type == "ASSAULT"]
    assert {(e.source.sector, e.target.sector) for e in events} == {("MIL", "REB"), ("REB", "MIL")}
    assert {e.cameo for e in events} == {"190"}


def test_every_entry_names_its_cameo_code_and_why():
    ontology = load_ontology()
    data = yaml.safe_load((PACKS_DIR / "en" / "triggers" / "nominal-10-20.yaml").read_text(encoding="utf-8"))
    entries = [Trigger.model_validate(e) for e in data["triggers"]]
    assert len(entries) > 50
    for entry in entries:
        assert entry.cameo and entry.source.startswith(("CAMEO", "PLOVER")), entry.lemma
        ontology.codes(entry.type, entry.mode, entry.cameo)
        assert entry.pos == ("NOUN",) or entry.lemma in {"draw", "face"}, entry.lemma  # nouns, and set phrases keyed on their verb


@pytest.mark.parametrize("text", ["The strike by teachers paralysed schools in Lagos.", "Workers staged a walkout at the port."])
def test_labour_action_is_no_military_strike(text):
    assert all(e.event_type != "ASSAULT" for e in code(text))
