"""The target of a judged deed, in English and French, through the real pipeline: a
disapproval (ACCUSE) of a deed goes to whoever did the deed, which the deed's own phrase
may name ("the arrests by Indian security forces", "les frappes israéliennes"), else the
article names as the doer of a deed of that kind before ("criticised the raids" after
agents detained people); a deed judged in reported speech ("said the sanctions were
illegal", "a estimé que la décision était « inacceptable »") is a disapproval of its doer
too; and a strike named to be judged ("called the strike 'political'") is no strike
called off. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from event_checks import lang_coder
from chronicle.model import Event

code = lang_coder("2025-06-10")


def _accusations(text: str, lang: str, source: str) -> list[Event]:
    return [e for e in code(text, lang) if e.event_type == "ACCUSE" and e.source.country == source]


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.trigger) for e in events]


def _targets(text: str, lang: str, source: str) -> set[str | None]:
    return {e.target.country if e.target else None for e in _accusations(text, lang, source)}


# ---------------------------------------------------------------- the deed names its doer


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Indian police detained 30 activists in Srinagar on Monday. Pakistan's foreign ministry condemned "
         "the arrests by Indian security forces.", "en", "PAK", "IND"),
        ("Hundreds of people marched in Lagos on Sunday. Ghana's foreign minister criticised the raids by "
         "Nigerian customs officers on Ghanaian traders.", "en", "GHA", "NGA"),
        ("Turkey condemned the Russian airstrikes on Idlib.", "en", "TUR", "RUS"),
        ("La Pologne a condamné les frappes russes sur Kharkiv.", "fr", "POL", "RUS"),
        ("Un journaliste français a été arrêté à Oran lundi. Paris a dénoncé l'arrestation par la police "
         "algérienne.", "fr", "FRA", "DZA"),
    ],
)
def test_a_deed_that_names_its_doer_is_judged_against_that_doer(text, lang, source, target):
    """"the raids by Nigerian customs officers", "les frappes russes": the disapproval goes
    to the doer the deed's phrase names, read by the deed noun's own frame."""
    assert _targets(text, lang, source) == {target}, _listing(code(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "source", "target", "victim"),
    [
        ("A court in Minsk sentenced an opposition blogger from Lithuania to ten years in prison on Monday. "
         "Lithuania condemned the verdict against the blogger.", "en", "LTU", "BLR", "LTU"),
        ("Russian missiles hit Kyiv overnight. Poland condemned the attack on Kyiv.", "en", "POL", "RUS", "UKR"),
        ("L'aviation soudanaise a bombardé mardi un marché près de la frontière. Le Tchad a condamné le "
         "bombardement du marché de Tiné par l'aviation soudanaise.", "fr", "TCD", "SDN", "TCD"),
    ],
)
def test_those_a_deed_was_done_to_are_not_its_judges_target(text, lang, source, target, victim):
    """"the verdict against the blogger", "the attack on Kyiv": those the deed's phrase names
    as acted upon suffered it; the disapproval goes to the court, the attacker."""
    found = _targets(text, lang, source)
    assert target in found and victim not in found, _listing(code(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "judge"),
    [
        ("La Pologne a condamné les frappes russes.", "fr", "POL"),
        ("Indian police detained 30 activists in Srinagar on Monday. Pakistan's foreign ministry condemned the "
         "arrests by Indian security forces.", "en", "PAK"),
    ],
)
def test_a_judged_deed_is_not_done_by_or_to_its_judge(text, lang, judge):
    """"La Pologne a condamné les frappes russes": the strikes are Russia's on whatever they
    struck; the judge (a governor's subject to the noun's frame, or the article's other
    party) is no party of theirs."""
    events = code(text, lang)
    assert not [e for e in events if e.event_type != "ACCUSE"
                and judge in (e.source.country, e.target.country if e.target else None)], _listing(events)


# ---------------------------------------------------------------- the article names the doer


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Federal immigration agents detained 40 farm workers in raids in California on Saturday. Hundreds "
         "protested outside the courthouse on Sunday. Guatemala's president criticized the raids on Monday.",
         "en", "GTM", "USA"),
        ("Ethiopian police detained dozens of Eritrean migrants in Addis Ababa on Friday. Eritrea's information "
         "minister called the raids \"an act of persecution\".", "en", "ERI", "ETH"),
        ("La police sénégalaise a interpellé une vingtaine d'opposants à Dakar vendredi. Des centaines de "
         "manifestants se sont rassemblés samedi. La Gambie a dénoncé les raids lundi.", "fr", "GMB", "SEN"),
    ],
)
def test_a_deed_named_by_a_kindred_event_noun_is_the_article_doers(text, lang, source, target):
    """"criticized the raids" (an attack to the lexicon) after agents detained people (an
    arrest): the deed is the article's nearest one of the same quad class done to someone,
    not the protest that followed."""
    assert _targets(text, lang, source) == {target}, _listing(code(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Le Rwanda a suspendu ses relations diplomatiques avec la Belgique lundi. La Belgique a réduit son "
         "aide au Rwanda. Kigali a dénoncé « un chantage ».", "fr", "RWA", "BEL"),
        ("L'Union européenne a décidé de saisir des avoirs russes gelés. Moscou a dénoncé un « vol ».",
         "fr", "RUS", "EUR"),
    ],
)
def test_a_quoted_judgement_names_any_deed_before_it(text, lang, source, target):
    """"a dénoncé « un chantage »" (a threat to the lexicon), "un « vol »": a noun that names
    a deed only to judge it (grammar.judged_deed_nouns) is the article's last deed by
    another side when no deed of its own type was reported."""
    assert _targets(text, lang, source) == {target}, _listing(code(text, lang))


# ---------------------------------------------------------------- reported judgements


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("The European Union imposed new sanctions on Iranian drone makers on Monday. Iran's foreign ministry "
         "spokesman said the sanctions were illegal.", "en", "IRN", "EUR"),
        ("Nicaragua expelled the Brazilian ambassador on Thursday. Brazil's foreign minister said the decision "
         "was unacceptable.", "en", "BRA", "NIC"),
        ("Israeli troops moved into the buffer zone on the Golan Heights on Sunday. Syria said the move "
         "breached the 1974 disengagement accord.", "en", "SYR", "ISR"),
        ("Les Etats-Unis ont imposé de nouvelles sanctions à Cuba lundi. Le ministre cubain des Affaires "
         "étrangères a estimé que la décision était « inacceptable ».", "fr", "CUB", "USA"),
        ("L'Union européenne a sanctionné trois généraux soudanais. Khartoum a jugé que ces sanctions "
         "étaient illégales.", "fr", "SDN", "EUR"),
    ],
)
def test_a_deed_judged_in_reported_speech_is_a_disapproval_of_its_doer(text, lang, source, target):
    """"said the sanctions were illegal", "a estimé que la décision était « inacceptable »":
    a speech verb whose clause judges a deed by a predicate of condemnation
    (grammar.reported_judgement) is an ACCUSE from the speaker to the deed's doer."""
    events = _accusations(text, lang, source)
    assert {e.target.country for e in events if e.target} == {target}, _listing(code(text, lang))
    assert all(e.cameo == "111" and e.polarity == "positive" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kenya and Uganda signed a trade deal on Monday. Tanzania said the deal was useful.", "en"),
        ("The EU imposed sanctions on Belarus on Monday. Minsk said the sanctions were not illegal.", "en"),
        ("Le Maroc et la Mauritanie ont signé un accord de pêche. Dakar a estimé que la décision était utile.", "fr"),
    ],
)
def test_a_reported_clause_that_does_not_condemn_codes_no_disapproval(text, lang):
    """A clause that praises or describes the deed ("was useful"), or denies the
    condemnation ("were not illegal"), is no disapproval."""
    events = code(text, lang)
    assert not [e for e in events if e.event_type == "ACCUSE"], _listing(events)


# ---------------------------------------------------------------- naming a strike


@pytest.mark.parametrize(
    "text",
    [
        "Venezuelan President Nicolas Maduro called the strike 'political'.",
        "Peru's prime minister called the strikes 'sabotage'.",
    ],
)
def test_a_strike_named_to_be_judged_is_not_called_off(text):
    """"called the strike 'political'": the calling verb names the strike; only "called off
    the strike" eases dissent (CONCEDE 082)."""
    events = code(text, "en")
    assert not [e for e in events if e.event_type == "CONCEDE"], _listing(events)


def test_a_strike_called_off_is_still_a_concession():
    events = code("Argentina's main union called off the general strike on Monday.", "en")
    assert [e for e in events if e.event_type == "CONCEDE" and e.cameo == "082"], _listing(events)


def test_the_doer_frame_is_built_from_both_frames_it_is_given():
    """The deed's frame reduced to its doers depends on the judged-deed frame too: the same
    frame given with another judged frame (another pack's) is built again, not read back."""
    from chronicle.extract.events import _doer_frame
    from chronicle.packs import Frame

    deed = Frame(source=("subj", "governor_subj", "poss"), target=("obj",))
    with_modifier = _doer_frame(deed, Frame(source=("modifier",)))
    without_judged = _doer_frame(deed, None)
    assert with_modifier.source == ("subj", "poss", "modifier") and with_modifier.target == ()
    assert without_judged.source == ("subj", "poss")
    assert _doer_frame(deed, None) is without_judged  # built once per pair of frames
