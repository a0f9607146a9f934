"""French events stated by a noun (helper nominal28fr): police crowd control told by
'faire usage de gaz lacrymogène / de canons à eau' with no one named (ontology ASSAULT
domestic_recipient, mode crowd-control: a state's own people), and the nouns of the
MOBILIZE verbs 'renforcer' and 'recruter' carried by a verb of order or announcement ('a
ordonné le renforcement du dispositif militaire', 'a annoncé le recrutement de soldats').
Sentences written for these tests, about other countries than the probe files
(tests/data/probes/nominal28fr-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None,
             e.target.sector if e.target else None) for e in events]


def test_tear_gas_with_no_one_named_is_against_the_countrys_civilians() -> None:
    # main dropped it: 'no target, and this event type needs one'
    found = pairs(code("La police ougandaise a fait usage de gaz lacrymogène devant le siège du parti.", "fr"))
    assert found == [("ASSAULT", "UGA", "UGA", "CVL")]


def test_water_cannon_with_its_target_named_keeps_it() -> None:
    found = pairs(code("Les garde-côtes chinois ont fait usage de canons à eau contre un navire vietnamien.", "fr"))
    assert [f[:2] for f in found] == [("ASSAULT", "CHN")] and found[0][2] == "VNM"


def test_no_domestic_recipient_for_an_armed_attack() -> None:
    # only crowd control is repression of one's own people; an air strike names its target or is dropped
    found = pairs(code("L'armée de l'air a mené des frappes aériennes.", "fr"))
    assert not any(f[0] == "ASSAULT" and f[3] == "CVL" for f in found)


def test_ordered_reinforcement_of_the_military_is_the_orderers_mobilisation() -> None:
    found = pairs(code("Le président béninois a ordonné le renforcement du dispositif militaire à la frontière nigérienne.", "fr"))
    assert [f[:2] for f in found] == [("MOBILIZE", "BEN")]


def test_announced_recruitment_of_soldiers() -> None:
    found = pairs(code("Le gouvernement nigérian a annoncé le recrutement de 10 000 soldats.", "fr"))
    assert [f[:2] for f in found] == [("MOBILIZE", "NGA")]


def test_reinforcement_of_cooperation_or_recruitment_of_teachers_is_no_mobilisation() -> None:
    assert all(e.event_type != "MOBILIZE" for e in code("Le Ghana a annoncé le renforcement de la coopération militaire avec le Togo.", "fr"))
    assert all(e.event_type != "MOBILIZE" for e in code("Le Sénégal a annoncé le recrutement de 2000 enseignants.", "fr"))


def test_deployment_of_army_units() -> None:
    found = pairs(code("Le président péruvien a ordonné le déploiement d'unités spéciales à Lima.", "fr"))
    assert [f[:2] for f in found] == [("MOBILIZE", "PER")]



def test_ordered_deployment_of_counted_soldiers_is_the_orderers() -> None:
    """'a ordonné le déploiement de 800 soldats au Soudan du Sud': the orderer's act; soldiers
    counted with no nationality say no one's (they were given the place's country)."""
    found = pairs(code("Le président ougandais Yoweri Museveni a ordonné le déploiement de 800 soldats au Soudan du Sud.", "fr"))
    assert [f[:2] for f in found] == [("MOBILIZE", "UGA")]


def test_deployment_of_forces_with_a_nationality_is_theirs_whoever_announces_it() -> None:
    found = pairs(code("Le ministère estonien a annoncé le déploiement de troupes britanniques près de la frontière russe.", "fr"))
    assert ("MOBILIZE", "GBR") in [f[:2] for f in found]
