"""Constructions earlier sessions saw go wrong (helper leads26), each as a class:

- a plural possessive on a state agent ("leurs délégations", "their delegations"): its owners
  are the parties the article last put together, not the last single actor, a third party
  named by the way (ActorRef ``owners``, resolve/actors.py ``_plural_owners``);
- "denounce a treaty / an agreement" is the withdrawal from it (CAMEO 160, SANCTION), as the
  French "dénoncer un accord" entry; an attack denounced stays ACCUSE (English pack);
- a vow of destruction said by an idiom ("réduire en cendres", "reduce to ashes", "raze",
  "promettre de frapper / d'anéantir") threatens (CAMEO 138), not a promise of cooperation;
- a regional executive named through a subdivision noun ("the premier of the state of X",
  "le ministre-président du Land de X", "le gouverneur de l'État de X"): the place's country
  (grammar ``local_unit_nouns``), and the French hyphenated title the tokenizer splits;
- an envoy named by the genitive of an IGO officer ("the AU Commission Chairperson's Special
  Envoy"): the sender's country, as "an envoy of" (mentions ``_sent_by``).

Sentences written for these tests, about other countries than the probe sets
(tests/data/probes/leads26-*), coded by the real pipelines.
"""

from __future__ import annotations

import pytest

from event_checks import coded_as, lang_coder

code = lang_coder("2026-05-10")


# --- plural possessive owners -----------------------------------------------------------

@pytest.mark.parametrize(
    "text, lang, host, first, second",
    [
        ("Le Rwanda et le Burundi n'ont plus de relations depuis 2024, selon la France. "
         "L'Angola a invité leurs délégations à reprendre les discussions à Luanda.", "fr", "AGO", "RWA", "BDI"),
        ("Le Cambodge et la Thaïlande s'opposent sur leur frontière, selon la Chine. "
         "La Malaisie a invité leurs négociateurs à se retrouver à Kuala Lumpur.", "fr", "MYS", "KHM", "THA"),
        ("Rwanda and Burundi have had no relations since 2024, according to France. "
         "Angola invited their delegations to resume talks in Luanda.", "en", "AGO", "RWA", "BDI"),
    ],
)
def test_their_delegations_are_the_two_parties_named_together(text, lang, host, first, second):
    events = code(text, lang)
    assert coded_as(events, "AGREE", "036", host, first)
    assert coded_as(events, "AGREE", "036", host, second)
    assert not coded_as(events, "AGREE", "036", host, "FRA") and not coded_as(events, "AGREE", "036", host, "CHN")


def test_a_singular_possessive_keeps_its_single_owner():
    # "son gouvernement": the one actor named before, not a group
    events = code("Le président kényan a accusé la Somalie. Son gouvernement a ensuite convoqué l'ambassadeur somalien.", "fr")
    assert not coded_as(events, "SANCTION", "", "SOM", None)


# --- denounce a treaty ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, withdrawer, partner",
    [
        ("Niger on Monday denounced the security pact with Benin.", "NER", "BEN"),
        ("Togo denounced the military cooperation treaty with France.", "TGO", "FRA"),
    ],
)
def test_a_treaty_denounced_is_a_withdrawal(text, withdrawer, partner):
    events = code(text, "en")
    assert coded_as(events, "SANCTION", "16", withdrawer, partner)
    assert not any(e.event_type == "ACCUSE" for e in events)


@pytest.mark.parametrize(
    "text, accuser, accused",
    [
        ("Ghana denounced the Togolese army's raid on the border town of Aflao.", "GHA", "TGO"),
        ("Peru denounced Bolivia's violation of the border agreement.", "PER", "BOL"),
    ],
)
def test_an_attack_or_a_violation_denounced_stays_a_disapproval(text, accuser, accused):
    events = code(text, "en")
    assert coded_as(events, "ACCUSE", "11", accuser, accused)
    assert not any(e.event_type == "SANCTION" for e in events)


# --- vows of destruction -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, lang, threatener, threatened",
    [
        ("Le chef du Hamas a promis de réduire en cendres les villes israéliennes.", "fr", "PSE", "ISR"),
        ("Le président russe a promis d'anéantir les forces ukrainiennes.", "fr", "RUS", "UKR"),
        ("The Hezbollah chief vowed to reduce Israeli cities to ashes.", "en", "LBN", "ISR"),
        ("Russia vowed to raze Ukrainian cities.", "en", "RUS", "UKR"),
    ],
)
def test_a_vow_of_destruction_is_a_threat(text, lang, threatener, threatened):
    events = code(text, lang)
    assert coded_as(events, "THREATEN", "13", threatener, threatened)
    assert not any(e.event_type == "AGREE" for e in events)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le président sénégalais a promis d'éliminer la pauvreté d'ici 2030.", "fr"),
        ("The Kenyan president pledged to double trade with Ethiopia.", "en"),
    ],
)
def test_a_promise_of_no_destruction_is_no_threat(text, lang):
    assert not any(e.event_type == "THREATEN" for e in code(text, lang))


# --- regional executives ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, lang, country, target",
    [
        ("The premier of the state of Queensland accused China of dumping.", "en", "AUS", "CHN"),
        ("Le ministre-président du Land de Saxe a accusé la Russie de cyberattaques.", "fr", "DEU", "RUS"),
        ("Le gouverneur de l'État de Kano a accusé le Niger de laisser passer des armes.", "fr", "NGA", "NER"),
        ("Le ministre-président de Saxe a accusé la Russie de cyberattaques.", "fr", "DEU", "RUS"),
    ],
)
def test_a_regional_executive_is_of_the_region_s_country(text, lang, country, target):
    assert coded_as(code(text, lang), "ACCUSE", "11", country, target)



# --- envoys of an IGO officer -------------------------------------------------------------

def test_an_igo_officer_s_envoy_is_the_igo_s():
    events = code("The AU Commission Chairperson's special envoy met Somalia's president in Mogadishu on Friday.", "en")
    assert any(e.event_type == "CONSULT" and {e.source.country, e.target.country if e.target else None} == {"IGO", "SOM"} for e in events)
