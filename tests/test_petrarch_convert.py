"""The PETRARCH2 verb-dictionary converter, on small dictionaries written for the test.

Each excerpt follows the format of PETRARCH2's CAMEO.2.0.txt (synonym sets,
verb blocks, inflections, multi-word verbs, patterns with roles and codes);
the tests check what the English pack receives: lemmas, forms, required
words, CAMEO code, PLOVER type and mode, frame, and what is dropped and why.
"""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys

import pytest
import yaml

from chronicle.errors import KnowledgeError
from chronicle.packs import PACKS_DIR, Trigger, load_pack
from chronicle.packs.petrarch import (
    convert,
    event_code,
    parse_verb_dictionary,
    read_verb_dictionary,
    regular_forms,
    render,
)

EXCERPT = """\
# a comment line
####### SYNONYM SETS #######

&CEASEFIRE
+TRUCE
+CEASEFIRE
+CEASE_FIRE

&MILITARY
+TROOPS
+ARMED_FORCES
+SOLDIERS

&AUXVERB_
+WILL

####### VERB PATTERNS #######

---  AGREE   [---]  ---
AGREE
- * (TO &CEASEFIRE)                                   [0356]        # AGREE
- * (TO PEACE)                                        [037:037]     # AGREE
- * (WITH)                                            [030]         # AGREE

---  RUSH   [---]  ---
RUSH
HURRY {HURRIES HURRYING HURRIED }
HASTEN
EXPEDITE
QUICKEN
- * {RELIEF AID} (TO BORDER)                          [073]         # RUSH
- &MILITARY * (ACROSS FRONTIER)                       [154]         # RUSH
- &MILITARY *                                         [190]         # RUSH
- * BARGES                                            [---]         # RUSH

---  APPEAL   [020]  ---
APPEAL
SOLICIT
- * (FOR &CEASEFIRE)                                  [0256]        # APPEAL

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
FACE  # sha  8/17/93
- * TRIAL                                             [:173]        # FACE
- + * {DEATH THREAT}                                  [138]         # RECEIVE

---  ARREST   [173]  ---
ARREST
APPREHEND
STUDY [090]

---  SAY   [010]  ---
SAY {SAID SAYING SAYS }
- * SANCTIONS                                         [163]         # SAY

---  IMPOSE   [---]  ---
IMPOSE
- * SANCTIONS                                         [163]         # IMPOSE
- * EMBARGO (ON &UNDEFINED)                           [163]         # IMPOSE

~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture(scope="module")
def dictionary():
    return parse_verb_dictionary(EXCERPT, "excerpt")


@pytest.fixture(scope="module")
def entries(dictionary):
    return convert(dictionary).triggers


def _by_source(entries: list[dict], text: str) -> dict:
    found = [e for e in entries if text in e["source"]]
    assert len(found) == 1, [e["source"] for e in found]
    return found[0]


# ------------------------------------------------------------------ reading the format


def test_synonym_sets_join_multiword_members_and_drop_the_no_plural_mark(dictionary):
    assert dictionary.synsets["&CEASEFIRE"] == (("truce",), ("ceasefire",), ("cease", "fire"))
    assert dictionary.synsets["&MILITARY"][1] == ("armed", "forces")
    assert dictionary.synsets["&AUXVERB_"] == (("will",),)


def test_explicit_forms_replace_the_generated_ones(dictionary):
    rush = next(b for b in dictionary.blocks if b.name == "RUSH")
    hurry = next(v for v in rush.verbs if v.lemma == "hurry")
    assert hurry.forms == ("hurries", "hurrying", "hurried")
    plain = next(v for v in rush.verbs if v.lemma == "rush")
    assert plain.forms == ("rushes", "rushed", "rushing")


def test_regular_forms_follow_english_spelling():
    assert regular_forms("APPEAL") == ("APPEALS", "APPEALED", "APPEALING")
    assert regular_forms("ARGUE") == ("ARGUES", "ARGUED", "ARGUING")
    assert regular_forms("FREE") == ("FREES", "FREED", "FREEING")  # a vowel before the final e keeps it
    assert regular_forms("MODIFY") == ("MODIFIES", "MODIFIED", "MODIFYING")
    assert regular_forms("DELAY") == ("DELAYS", "DELAYED", "DELAYING")
    assert regular_forms("PRESS") == ("PRESSES", "PRESSED", "PRESSING")


def test_a_multiword_verb_keeps_its_particle_and_its_forms(dictionary):
    meet = next(b for b in dictionary.blocks if b.name == "MEET_PEOPLE")
    meet_with = meet.verbs[0]
    assert (meet_with.lemma, meet_with.particles) == ("meet", ("with",))
    assert meet_with.forms == ("met", "meets", "meeting")


def test_a_verb_s_own_code_overrides_the_block_s(dictionary):
    arrest = next(b for b in dictionary.blocks if b.name == "ARREST")
    assert [(v.lemma, v.code) for v in arrest.verbs] == [("arrest", None), ("apprehend", None), ("study", "090")]


def test_pattern_items_keep_noun_phrases_prepositional_phrases_and_synonym_sets(dictionary):
    rush = next(b for b in dictionary.blocks if b.name == "RUSH")
    aid = rush.patterns[0]
    assert aid.after == ("relief", "aid", ("to", "border"))
    assert aid.before == ()
    troops = rush.patterns[1]
    assert troops.before == ("troops|armed forces|soldiers",) and troops.after == (("across", "frontier"),)
    agree = next(b for b in dictionary.blocks if b.name == "AGREE")
    assert agree.patterns[0].after == (("to", "truce|ceasefire|cease fire"),)


def test_codes_take_the_active_reading_else_the_passive_one():
    assert event_code("042:043") == ("042", False)
    assert event_code("0356") == ("0356", False)
    assert event_code(":173") == ("173", True)  # the subject undergoes the event
    assert event_code("---") == (None, False)


def test_transformations_are_counted_not_converted(dictionary):
    assert dictionary.transformations == 1


def test_a_malformed_block_header_names_the_line():
    with pytest.raises(KnowledgeError, match=r"excerpt, line 2"):
        parse_verb_dictionary("####### VERB PATTERNS #######\n--- BROKEN\nVERB\n", "excerpt")


def test_a_verb_outside_any_block_names_the_line():
    with pytest.raises(KnowledgeError, match=r"line 1: a verb or pattern outside"):
        parse_verb_dictionary("STRAY\n", "excerpt")


def test_an_unreadable_file_is_named(tmp_path):
    with pytest.raises(KnowledgeError, match="missing.txt"):
        read_verb_dictionary(tmp_path / "missing.txt")


# ------------------------------------------------------------------ conversion


def test_each_pattern_is_an_entry_for_every_verb_of_its_block(entries):
    aid = _by_source(entries, "RUSH - * {RELIEF AID} (TO BORDER)")
    assert aid["lemma"] == "rush" and aid["synonyms"] == ["hurry", "hasten", "expedite", "quicken"]
    assert aid["pattern"] == ["relief", "aid", ["to", "border"]]
    assert (aid["type"], aid["cameo"], aid["frame"]) == ("AID", "073", "act_on")
    assert aid["forms"]["rush"] == ["rushes", "rushed", "rushing"]
    assert aid["forms"]["hurry"] == ["hurries", "hurrying", "hurried"]
    assert aid["petrarch"] == "073" and "(line " in aid["source"]


def test_synonym_sets_are_expanded_into_alternatives(entries):
    ceasefire = _by_source(entries, "AGREE - * (TO &CEASEFIRE)")
    assert ceasefire["pattern"] == [["to", "truce|ceasefire|cease fire"]]
    assert (ceasefire["type"], ceasefire["cameo"]) == ("AGREE", "0356")


def test_subject_side_words_and_frames_by_cameo_family(entries):
    troops = _by_source(entries, "RUSH - &MILITARY * (ACROSS FRONTIER)")
    assert troops["pattern_before"] == ["troops|armed forces|soldiers"] and troops["pattern"] == [["across", "frontier"]]
    assert (troops["type"], troops["mode"], troops["frame"]) == ("MOBILIZE", "troops", "deploy")


def test_a_passive_code_or_a_target_before_the_verb_makes_the_subject_the_target(entries):
    trial = _by_source(entries, "MEET_PEOPLE - * TRIAL [:173]")
    assert (trial["type"], trial["mode"], trial["cameo"], trial["frame"]) == ("COERCE", "arrest", "173", "undergo")
    threat = _by_source(entries, "MEET_PEOPLE - + * {DEATH THREAT}")
    assert threat["frame"] == "undergo" and threat["pattern"] == ["death", "threat"]


def test_appeals_are_coded_as_their_demand_twin(entries):
    appeal = _by_source(entries, "APPEAL [020], verbs APPEAL")
    assert (appeal["type"], appeal["cameo"], appeal["frame"]) == ("REQUEST", "100", "request")
    assert "pattern" not in appeal and "synonyms" not in appeal  # "solicit" is no event on its own
    ceasefire = _by_source(entries, "APPEAL - * (FOR &CEASEFIRE)")
    assert (ceasefire["type"], ceasefire["cameo"], ceasefire["mode"]) == ("REQUEST", "1056", "yield")


def test_sanctions_follow_the_guidelines_not_the_table(entries):
    sanctions = _by_source(entries, "IMPOSE - * SANCTIONS")
    assert (sanctions["type"], sanctions["mode"]) == ("SANCTION", "discontinue")
    assert "cameo" not in sanctions  # CAMEO2PLOVER gives 163 to COERCE: the code would not validate


def test_consult_entries_leave_their_code_to_the_roles(entries):
    meet = _by_source(entries, "MEET_PEOPLE [040], verbs MEET")
    assert meet["pattern"] == [["with"]] and meet["type"] == "CONSULT" and "cameo" not in meet
    assert meet["forms"] == {"meet": ["met", "meets", "meeting"]}


def test_only_reviewed_verbs_keep_a_bare_default(entries):
    bare = {(e["lemma"], *e.get("synonyms", ())) for e in entries if "pattern" not in e and "pattern_before" not in e}
    assert ("arrest", "apprehend") in bare  # arrest, apprehend: events on their own
    assert not any("study" in lemmas or "solicit" in lemmas or "face" in lemmas for lemmas in bare)


def test_dropped_classes_are_reported(dictionary):
    conversion = convert(dictionary)
    report = conversion.report
    sources = [e["source"] for e in conversion.triggers]
    assert not any("SAY -" in s for s in sources)  # statement blocks' patterns
    assert not any("(WITH)" in s for s in sources)  # a bare preposition
    assert not any("BARGES" in s for s in sources)  # [---]
    assert not any("&MILITARY * [190]" in s for s in sources)  # the subject's kind alone
    assert not any("EMBARGO" in s for s in sources)  # an undefined synonym set
    assert report["pattern with no code [---]"] == 1
    assert any(key.startswith("pattern dropped: a pattern of a statement block") for key in report)
    assert any(key.startswith("pattern dropped: its only word is a preposition") for key in report)
    assert any(key.startswith("pattern dropped: it requires words on the subject's side only") for key in report)
    assert any(key.startswith("default dropped: generic") for key in report)
    assert any(key.startswith("skipped: pattern naming an undefined synonym set") for key in report)


CLASSES_EXCERPT = """\
&MILITARY
+TROOPS
+ARMED_FORCES

####### VERB PATTERNS #######

---  SEND   [---]  ---
SEND
DISPATCH
- * &MILITARY                                         [062]         # SEND
- * &MILITARY (TO)                                    [072]         # SEND
- * &MILITARY                                         [154]         # DEPLOY
- * {&MILITARY ADVISERS}                              [072]         # SEND

---  SETTLE   [---]  ---
SETTLE
RESOLVE
- * ISSUE                                             [082]         # RESOLVE
- * SITUATION                                         [092]         # MONITOR
- * &MILITARY                                         [190]         # SETTLE
- * {BORDER ISSUE}                                    [0311]        # SETTLE

---  DEMAND   [100]  ---
PUSH
- * AHEAD                                             [170]         # PUSH
- * (FOR REFORM)                                      [1041]        # PUSH
"""


def test_forces_alone_under_cooperation_or_aid_codes_are_dropped_but_deployments_kept():
    conversion = convert(parse_verb_dictionary(CLASSES_EXCERPT, "classes"))
    sources = [e["source"] for e in conversion.triggers]
    assert not any("&MILITARY [062]" in s or "&MILITARY (TO) [072]" in s for s in sources)
    assert _by_source(conversion.triggers, "&MILITARY [154]")["type"] == "MOBILIZE"  # 'deployed troops'
    assert _by_source(conversion.triggers, "{&MILITARY ADVISERS} [072]")["type"] == "AID"  # more words than the forces
    assert _by_source(conversion.triggers, "SETTLE - * &MILITARY [190]")["type"] == "ASSAULT"  # not cooperation or aid
    assert any(key.startswith("pattern dropped: its only word is the armed-forces set") and n == 2
               for key, n in conversion.report.items())


def test_a_topic_noun_alone_is_no_event_but_a_topic_with_its_subject_is():
    conversion = convert(parse_verb_dictionary(CLASSES_EXCERPT, "classes"))
    sources = [e["source"] for e in conversion.triggers]
    assert not any("* ISSUE [082]" in s or "* SITUATION [092]" in s for s in sources)  # 'resolve the issue'
    assert _by_source(conversion.triggers, "{BORDER ISSUE} [0311]")["pattern"] == ["border", "issue"]
    assert any(key.startswith("pattern dropped: its only word is a topic noun") and n == 2
               for key, n in conversion.report.items())


def test_an_adverb_of_going_on_alone_is_no_event():
    conversion = convert(parse_verb_dictionary(CLASSES_EXCERPT, "classes"))
    assert not any("* AHEAD [170]" in e["source"] for e in conversion.triggers)  # 'pushed ahead with the plan'
    assert _by_source(conversion.triggers, "(FOR REFORM) [1041]")["type"] == "REQUEST"
    assert any(key.startswith("pattern dropped: its only word is an adverb of going on") for key in conversion.report)


def test_rendered_yaml_loads_into_valid_triggers(dictionary):
    text = render(convert(dictionary))
    data = yaml.safe_load(text)
    triggers = [Trigger.model_validate(entry) for entry in data["triggers"]]
    assert len(triggers) == len(convert(dictionary).triggers)
    rush = [t for t in triggers if t.lemma == "rush"]
    assert len(rush) == 2 and all(t.synonyms == ("hurry", "hasten", "expedite", "quicken") for t in rush)
    assert text.count('["hurry", "hasten", "expedite", "quicken"]') == 1  # written once, then by alias
    assert text.startswith("# English verb triggers converted from PETRARCH2")


def test_the_command_line_writes_the_trigger_file(tmp_path):
    source = tmp_path / "verbs.txt"
    source.write_text(EXCERPT, encoding="utf-8")
    output = tmp_path / "out.yaml"
    done = subprocess.run([sys.executable, "-m", "chronicle.packs.petrarch", str(source), "-o", str(output)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{output}:" in done.stderr and "triggers" in done.stderr
    assert yaml.safe_load(output.read_text(encoding="utf-8"))["triggers"]


def test_the_command_line_names_a_bad_file(tmp_path):
    done = subprocess.run([sys.executable, "-m", "chronicle.packs.petrarch", str(tmp_path / "nope.txt")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "nope.txt" in done.stderr


# ------------------------------------------------------------------ the committed data

SHARED_DICTIONARY = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
COMMITTED = PACKS_DIR / "en" / "triggers" / "petrarch-verbs.yaml"


@pytest.mark.skipif(not SHARED_DICTIONARY.is_file(), reason="PETRARCH2's dictionary is not beside the checkout (../shared)")
def test_the_committed_triggers_are_what_the_converter_makes_of_the_dictionary():
    assert COMMITTED.read_text(encoding="utf-8") == render(convert(read_verb_dictionary(SHARED_DICTIONARY)))


def test_the_english_pack_loads_the_converted_triggers():
    triggers = load_pack("en").triggers
    converted = [t for t in triggers if t.petrarch is not None]
    assert len(converted) > 3000
    assert all(t.source.startswith("PETRARCH2 CAMEO.2.0: ") for t in converted)
    assert {t.type for t in converted} >= {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                                           "MOBILIZE", "COERCE", "ASSAULT", "AID", "RETREAT", "CONCEDE", "COOPERATE",
                                           "SUPPORT", "AGREE", "CONSULT"}
