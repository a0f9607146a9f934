"""Complaints and lawsuits (helper legal28): the party complained of or sued ('against',
'over', 'contre', also where the parse hangs the phrase on the body or court) is the target;
the body a complaint is lodged with or the court a case is brought before is a venue, the
target only when no one is complained of. A decision contested in court sues its author
(CAMEO 115); going to court against a party, or bringing the matter before a court, is a
lawsuit. Sentences written for these tests, about other countries than the probe files
(tests/data/probes/legal28-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-12")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_complaint_against_a_state_lodged_with_a_body_en() -> None:
    found = pairs(code("Sudan lodged a complaint with the UN Security Council against Chad.", "en"))
    assert ("ACCUSE", "SDN", "TCD") in found
    assert ("ACCUSE", "SDN", "UNO") not in found


def test_complaint_against_hung_on_the_venue_en() -> None:
    # the parse hangs 'against Panama' on the organisation: still the party complained of
    found = pairs(code("Costa Rica filed a complaint with the World Trade Organization against Panama.", "en"))
    assert ("ACCUSE", "CRI", "PAN") in found


def test_complaint_with_a_state_and_nothing_complained_of_en() -> None:
    # no 'against' or 'over': the one it is lodged with is the addressee
    found = pairs(code("Vietnam lodged a complaint with China on Monday.", "en"))
    assert ("ACCUSE", "VNM", "CHN") in found


def test_went_to_court_against_a_state_en() -> None:
    found = pairs(code("Azerbaijan went to court against Armenia at the International Court of Justice.", "en"))
    assert ("ACCUSE", "AZE", "ARM") in found


def test_plainte_contre_un_etat_aupres_d_un_organe_fr() -> None:
    found = pairs(code("Le Soudan a déposé une plainte auprès du Conseil de sécurité contre le Tchad.", "fr"))
    assert ("ACCUSE", "SDN", "TCD") in found
    assert ("ACCUSE", "SDN", "UNO") not in found


def test_recours_contre_un_etat_aupres_d_une_cour_fr() -> None:
    found = pairs(code("Niamey a déposé un recours auprès de la Cour de justice de la CEDEAO contre Cotonou.", "fr"))
    assert ("ACCUSE", "NER", "BEN") in found


def test_decision_contestee_devant_la_justice_fr() -> None:
    found = pairs(code("La République tchèque a contesté la décision de la Commission européenne devant la Cour de justice de l'UE.", "fr"))
    assert ("ACCUSE", "CZE", "EUR") in found
    assert not any(t == "REJECT" for t, _, _ in found)


def test_affaire_portee_devant_la_cour_contre_un_etat_fr() -> None:
    found = pairs(code("Le Bénin a porté l'affaire devant la Cour internationale de justice contre le Togo.", "fr"))
    assert ("ACCUSE", "BEN", "TGO") in found


def test_a_bare_ministry_summons_another_states_envoy_en() -> None:
    # the ministry has no country of its own: it is not the envoy's (Bolivia's), but the other
    # country the story is about
    # the place carried from the story (a Bolivian town) is not whose the ministry is
    text = ("Bolivian gunmen attacked Peruvian traders in the Bolivian city of Cochabamba on Monday. "
            "The foreign ministry summoned Bolivia's ambassador on Tuesday.")
    found = pairs(code(text, "en"))
    assert ("ACCUSE", "PER", "BOL") in found
    assert ("ACCUSE", "BOL", "BOL") not in found


def test_un_ministere_convoque_l_ambassadeur_d_un_autre_etat_fr() -> None:
    text = ("Des hommes armés mauritaniens ont attaqué lundi des commerçants sénégalais dans la ville mauritanienne de Rosso. "
            "Le ministère des Affaires étrangères a convoqué mardi l'ambassadeur de Mauritanie.")
    found = pairs(code(text, "fr"))
    assert ("ACCUSE", "SEN", "MRT") in found
    assert ("ACCUSE", "MRT", "MRT") not in found


def accusations(events, source: str, target: str) -> int:
    return sum(1 for e in events if e.event_type == "ACCUSE" and e.source and e.target
               and e.source.country == source and e.target.country == target)


def test_a_summons_beside_a_judgement_in_another_sentence_is_two_acts_fr() -> None:
    text = ("Le gouvernement norvégien a dénoncé mercredi la décision de Moscou d'expulser deux journalistes. "
            "La ministre a convoqué l'ambassadeur de Russie à Oslo.")
    assert accusations(code(text, "fr"), "NOR", "RUS") == 2


def test_a_summons_beside_a_judgement_in_another_sentence_is_two_acts_en() -> None:
    text = ("The Danish government on Wednesday condemned China's decision to detain two Danish researchers. "
            "The foreign minister summoned the Chinese ambassador in Copenhagen.")
    assert accusations(code(text, "en"), "DNK", "CHN") == 2


def test_a_summons_and_the_protest_handed_at_it_stay_one_en() -> None:
    # the protest lodged restates the summons (CAMEO 114): one act, as the written gold codes it
    text = ("Poland summoned the Belarusian charge d'affaires on Monday. "
            "Warsaw lodged a formal protest with Belarus over the border incident.")
    assert accusations(code(text, "en"), "POL", "BLR") == 1
