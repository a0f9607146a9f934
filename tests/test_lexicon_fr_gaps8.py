"""French lexicon gaps found on unseen articles, eighth round (helper frlex8).

Every sentence is written for this test, about many countries, and coded by
the real French pipeline. Classes (see the entries' ``source`` in packs/fr and
the frame ``restrict_entry`` of packs/fr/pack.yaml):

* protesters dispersed, pushed back or met with a named crowd-control weapon
  (tear gas, water cannon, batons) are violent repression, CAMEO 175, which
  CAMEO2PLOVER maps to ASSAULT (PLOVER crowd-control); without one the dispersal or push stays
  COERCE restrict (PLOVER ASSAULT ambiguities);
* airspace closed to another's flights is a restriction of movement (COERCE
  191), a border closed stays SANCTION 160;
* a visa waiver suspended or visas imposed on another's nationals is SANCTION
  160 (as PETRARCH2 and the English pack code visa restrictions), a tax
  exemption is no sanction;
* a decision taken together ('X et Y ont décidé de') is an agreement (AGREE
  030); one party deciding alone agrees with no one;
* arms and relief offered as a gift ('offrir à X des blindés') are aid (AID
  072/073), aid proposed is an intent to provide it (AGREE 033);
* clergy kidnapped are named by their titles ('le père X', 'l'abbé Y');
* precision: a match between national sides is no fight nor threat; a
  forecast ('le FMI a averti que la croissance pourrait ralentir') threatens no
  one; rockets and shells are fired at someone, never tested (no MOBILIZE); a
  promised reform of the courts is intent to reform (034), not judicial
  cooperation (0313); police 'interpeller' people is an arrest, 'interpeller le
  gouvernement' an appeal.
"""

from __future__ import annotations

# the helpers of the fourth round: the real French pipeline, published 2024-05-15
from test_lexicon_fr_coop4 import code, pairs, types, unordered


def cameos(events, event_type: str) -> set[str | None]:
    """The CAMEO codes of the positive events of ``event_type``."""
    return {e.cameo for e in events if e.event_type == event_type and e.polarity == "positive"}


# ------------------------------------------------------------ crowd control (CAMEO 175, PLOVER ASSAULT crowd-control)


def test_protesters_dispersed_with_tear_gas_or_water_cannon_are_violent_repression():
    for text, country in [
        ("La police kényane a dispersé les manifestants à coups de gaz lacrymogènes.", "KEN"),
        ("Les forces de l'ordre géorgiennes ont dispersé les manifestants à l'aide de canons à eau.", "GEO"),
        ("La police sénégalaise a dispersé la foule au gaz lacrymogène à Dakar.", "SEN"),
    ]:
        events = code(text)
        assert cameos(events, "ASSAULT") == {"175"}, text
        assert [e.mode for e in events if e.event_type == "ASSAULT"] == ["crowd-control"], text
        assert (country, country) in pairs(events, "ASSAULT"), text
        assert "COERCE" not in types(events), text


def test_a_dispersal_naming_no_weapon_stays_a_restriction():
    events = code("La police a dispersé un rassemblement de l'opposition à Conakry.")
    assert "ASSAULT" not in types(events)
    assert cameos(events, "COERCE") == {"172"}


def test_water_cannon_used_or_protesters_beaten_back_is_violent_repression():
    for text, country in [
        ("La police géorgienne a utilisé des canons à eau contre les manifestants à Tbilissi.", "GEO"),
        ("La police a repoussé les manifestants à coups de matraque à Kinshasa.", "COD"),
    ]:
        events = code(text)
        assert cameos(events, "ASSAULT") == {"175"}, text
        assert (country, country) in pairs(events, "ASSAULT"), text


def test_protesters_pushed_back_with_no_weapon_is_a_restriction_and_a_date_put_back_nothing():
    events = code("Les gendarmes ont repoussé les manifestants loin du palais présidentiel à Bamako.")
    assert cameos(events, "COERCE") == {"172"}
    assert "ASSAULT" not in types(events)
    assert types(code("La commission électorale a repoussé la date du scrutin au Tchad.")) == set()
    assert "crowd-control" not in {e.mode for e in code("L'armée a utilisé des canons d'artillerie contre les positions rebelles.")}


def test_live_fire_on_protesters_is_an_assault():
    assert "ASSAULT" in types(code("La police a tiré à balles réelles sur les manifestants à Dacca."))


# ------------------------------------------------------------ airspace and visas (COERCE 191, SANCTION 160)


def test_airspace_closed_to_anothers_flights_restricts_movement():
    events = code("Le Niger a fermé son espace aérien aux vols de la France.")
    assert pairs(events, "COERCE") == [("NER", "FRA")]
    assert cameos(events, "COERCE") == {"191"}
    assert "SANCTION" not in types(events)
    events = code("La fermeture de l'espace aérien russe aux avions polonais a été annoncée.")
    assert ("RUS", "POL") in pairs(events, "COERCE")


def test_a_border_closed_restricts_movement_as_closed_airspace_does():
    """CAMEO 191, as the English pack and the written sets code a border closure (helper
    frnews4 moved it from SANCTION 160)."""
    events = code("Le Tchad a fermé sa frontière avec le Soudan.")
    assert pairs(events, "COERCE") == [("TCD", "SDN")]
    assert "SANCTION" not in types(events)


def test_a_visa_waiver_suspended_or_visas_imposed_is_a_sanction_on_those_nationals():
    for text, pair in [
        ("La Hongrie a suspendu l'exemption de visas pour les ressortissants russes.", ("HUN", "RUS")),
        ("L'Union européenne a suspendu l'exemption de visa accordée aux Géorgiens.", ("EUR", "GEO")),
        ("La Russie a réintroduit les visas pour les ressortissants géorgiens.", ("RUS", "GEO")),
        ("Le Tchad a imposé des visas aux ressortissants soudanais.", ("TCD", "SDN")),
    ]:
        events = code(text)
        assert pairs(events, "SANCTION") == [pair], text
        assert "CONCEDE" not in types(events), text


def test_a_tax_exemption_abolished_and_a_suspension_asked_for_are_no_sanction():
    assert "SANCTION" not in types(code("Le gouvernement a supprimé l'exemption fiscale des entreprises minières."))
    assert "SANCTION" not in types(code("L'Ukraine a demandé la suspension de l'exemption de visas pour les Russes."))


# ------------------------------------------------------------ joint decisions (AGREE 030)


def test_a_decision_taken_together_is_an_agreement_between_the_deciders():
    events = code("Le Sénégal et la Gambie ont décidé de rouvrir leur frontière commune.")
    assert unordered(events, "AGREE") == {frozenset({"SEN", "GMB"})}
    events = code("Le Burkina Faso et le Niger ont décidé de créer une force conjointe.")
    assert unordered(events, "AGREE") == {frozenset({"BFA", "NER"})}


def test_one_party_deciding_alone_agrees_with_no_one():
    events = code("La Russie a décidé d'expulser deux diplomates norvégiens.")
    assert "AGREE" not in types(events)
    assert pairs(events, "SANCTION") == [("RUS", "NOR")]
    events = code("Le gouvernement ivoirien a décidé de lever le couvre-feu.")
    assert "AGREE" not in types(events)


# ------------------------------------------------------------ aid offered (AID 072/073, AGREE 033)


def test_arms_offered_to_a_country_are_military_aid():
    for text, pair in [
        ("La Pologne a offert à l'Ukraine des blindés.", ("POL", "UKR")),
        ("La France a offert des blindés au Tchad.", ("FRA", "TCD")),
        ("L'Inde a offert des hélicoptères à l'armée sri-lankaise.", ("IND", "LKA")),
    ]:
        events = code(text)
        assert pairs(events, "AID") == [pair], text
        assert cameos(events, "AID") == {"072"}, text


def test_relief_offered_is_humanitarian_aid_and_a_gift_is_none():
    events = code("Le Maroc a offert des tentes et des vivres aux sinistrés libyens.")
    assert pairs(events, "AID") == [("MAR", "LBY")]
    assert cameos(events, "AID") == {"073"}
    assert types(code("La Chine a offert un cadeau au président kényan.")) == set()


def test_aid_proposed_is_an_intent_to_provide_aid():
    events = code("La Turquie a proposé son aide à la Syrie après le séisme.")
    assert pairs(events, "AGREE") == [("TUR", "SYR")]
    assert cameos(events, "AGREE") == {"033"}
    assert "AID" not in types(events)


# ------------------------------------------------------------ clergy kidnapped (ASSAULT 181)


def test_clergy_named_by_their_titles_are_kidnapped():
    for text, country in [
        ("Des hommes armés ont enlevé le père Joseph au Nigeria.", "NGA"),
        ("Les jihadistes ont enlevé l'abbé Pierre au Burkina Faso.", "BFA"),
        ("Des inconnus ont enlevé un curé dans le nord du Cameroun.", "CMR"),
    ]:
        events = code(text)
        assert cameos(events, "ASSAULT") == {"181"}, text
        assert any(target == country for _, target in pairs(events, "ASSAULT")), text


def test_removing_roadblocks_is_no_kidnapping():
    assert "ASSAULT" not in types(code("Les manifestants ont enlevé les barrages sur la route de Bamako."))


# ------------------------------------------------------------ precision: matches, forecasts, rockets, promises


def test_a_match_between_national_sides_is_no_fight_nor_threat():
    for text in ["Le Maroc affronte l'Egypte samedi en demi-finale.",
                 "Le Cameroun affrontera l'Algérie mardi à Yaoundé.",
                 "La Côte d'Ivoire a affronté le Ghana en match amical."]:
        assert types(code(text)) & {"ASSAULT", "THREATEN"} == set(), text


def test_armed_men_facing_each_other_still_fight():
    assert ("MLI", "MLI") in pairs(code("L'armée malienne a affronté les jihadistes près de Gao."), "ASSAULT")
    assert "ASSAULT" in types(code("Les FARDC ont affronté les rebelles du M23 dans le Nord-Kivu."))


def test_a_forecast_threatens_no_one():
    for text in ["Le FMI a averti que la croissance de l'Egypte pourrait ralentir.",
                 "La Banque mondiale a averti que la dette du Ghana pourrait exploser.",
                 "L'OMS a averti que les cas de choléra pourraient doubler en Haïti.",
                 "La FAO a mis en garde contre une famine au Soudan du Sud."]:
        assert "THREATEN" not in types(code(text)), text


def test_a_warning_of_punishment_is_still_a_threat():
    assert "THREATEN" in types(code("Washington a averti que toute attaque contre ses troupes serait punie."))


def test_rocket_fire_is_an_attack_not_a_weapons_test():
    events = code("L'armée israélienne a riposté à des tirs de roquettes depuis le Liban.")
    assert "MOBILIZE" not in types(events)
    assert ("LBN", "ISR") in pairs(code("Le Hezbollah a revendiqué des tirs de roquettes contre le nord d'Israël."), "ASSAULT")
    assert "ASSAULT" in types(code("Des tirs d'obus ont frappé un marché de Donetsk."))


def test_a_missile_test_stays_a_show_of_force():
    assert ("PRK", None) in pairs(code("La Corée du Nord a procédé à des tirs de missiles balistiques."), "MOBILIZE")


def test_a_reform_of_the_courts_promised_is_intent_to_reform_and_extradition_judicial_cooperation():
    events = code("Le président sénégalais a promis jeudi une réforme des institutions judiciaires.")
    assert cameos(events, "AGREE") == {"034"}
    events = code("Le Nigeria a promis son entraide judiciaire au Bénin.")
    assert pairs(events, "AGREE") == [("NGA", "BEN")]
    assert cameos(events, "AGREE") == {"0313"}


def test_police_interpeller_is_an_arrest_and_the_political_sense_an_appeal():
    events = code("Les gendarmes ont interpellé une vingtaine de migrants près de Calais.")
    assert cameos(events, "COERCE") == {"173"}
    events = code("La police a interpellé trois militants à Tunis.")
    assert "REQUEST" not in types(events)
    events = code("L'opposition a interpellé le gouvernement malien sur la sécurité.")
    assert "REQUEST" in types(events)
    assert "COERCE" not in types(events)


def test_pejoratives_in_quotes_criticise_their_target():
    for text, pair in [
        ("Le président ghanéen a qualifié de « mascarade » les élections organisées par la junte malienne.", ("GHA", "MLI")),
        ("Le gouvernement algérien a qualifié de « honteuses » les déclarations du ministre français.", ("DZA", "FRA")),
        ("Kiev a qualifié l'annonce russe de « farce ».", ("UKR", "RUS")),
    ]:
        assert pair in pairs(code(text), "ACCUSE"), text
    assert "ACCUSE" not in types(code("Le ministre a qualifié de « constructive » la rencontre avec son homologue."))
