"""The coder: read -> clean -> detect language -> annotate -> mentions -> events
-> resolve -> score -> dedupe, for one article or a stream of them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from chronicle.annotate import UNIT_CHARS, load_pipeline, parse
from chronicle.clean import CleanedText, clean_text
from chronicle.dedupe import TripWords, dedupe_article
from chronicle.errors import ChronicleError, UnsupportedLanguage
from chronicle.extract.arguments import ArgumentReader
from chronicle.extract.events import EventCandidate, extract_candidates
from chronicle.extract.games import GAME_ACTS, GameReader
from chronicle.extract.sides import between_pairs, listed_pairs, mediator_starts
from chronicle.extract.mentions import Mention, MentionFinder
from chronicle.extract.modality import Attitude
from chronicle.extract.triggers import TriggerFinder
from chronicle.extract.wordtable import DocWords, doc_text, ends_line, forms_of, lower_forms
from chronicle.knowledge.actors import Person, load_actors
from chronicle.knowledge.countries import load_countries
from chronicle.knowledge.gazetteer import load_gazetteer
from chronicle.language import UNDETERMINED, detect_among
from chronicle.model import Article, CodingResult, Event, PartialDate
from chronicle.ontology import load_ontology
from chronicle.packs import Grammar, LanguagePack, available_languages, load_pack
from chronicle.resolve.actors import Actor, ActorResolver, ArticleContext, dateline_country, office_country, ranked_countries
from chronicle.resolve.assemble import ArticleState, EventAssembler, Explanation, SentenceFacts
from chronicle.resolve.dates import DateResolver
from chronicle.resolve.places import PlaceFinder, carried_place, opens_on_unknown_place

MIN_LANGUAGE_CONFIDENCE = 0.5


@dataclass
class LanguageTools:
    """Everything one language needs, built once per process."""

    pack: LanguagePack
    nlp: Language
    mentions: MentionFinder
    triggers: TriggerFinder
    places: PlaceFinder
    dates: DateResolver
    assembler: EventAssembler
    games: GameReader
    trip_words: TripWords


@dataclass
class _Prepared:
    article: Article
    cleaned: CleanedText
    language: str | None
    published: PartialDate | None
    error: str | None = None


class Coder:
    """Codes articles into events. Models and knowledge load on first use, once."""

    def __init__(self, explain: Callable[[dict], None] | None = None) -> None:
        self._tools: dict[str, LanguageTools] = {}
        # receives one record per sentence with candidates: what each assembly step decided
        # (chronicle.resolve.explain); coding is the same with or without it
        self.explain = explain

    @cached_property
    def resolver(self) -> ActorResolver:
        return ActorResolver(load_actors(), load_countries(), load_gazetteer())

    def tools(self, lang: str) -> LanguageTools:
        """The language tools for ``lang``; UnsupportedLanguage if it has no pack."""
        if lang not in self._tools:
            pack = load_pack(lang)
            nlp = load_pipeline(lang)
            countries = load_countries()
            words = DocWords()  # one word table per doc, for the mention, trigger and place finders
            gazetteer = load_gazetteer()
            self._tools[lang] = LanguageTools(
                pack=pack,
                nlp=nlp,
                mentions=MentionFinder(nlp, pack, load_actors(), countries, words),
                triggers=TriggerFinder(pack, words, is_place=gazetteer.knows),
                places=PlaceFinder(gazetteer, countries, pack.grammar, lang, words),
                dates=DateResolver.for_language(lang),
                assembler=EventAssembler(pack, self.resolver, load_ontology()),
                games=GameReader(pack.grammar.game_words, pack.grammar.game_role_words),
                trip_words=TripWords.from_words(pack.grammar.trip_purpose_endings, pack.grammar.purpose_clitics, pack.grammar.clause_openers,
                                                pack.grammar.trip_nouns,
                                                pack.grammar.singular_pronouns | pack.grammar.plural_pronouns | set(pack.grammar.object_pronouns),
                                                pack.grammar.measure_coordinators, pack.grammar.summons_verbs,
                                                pack.grammar.protest_note_nouns, pack.grammar.commitment_coordinators),
            )
        return self._tools[lang]

    # ---------------------------------------------------------------- API

    def code_article(self, article: Article, lang: str | None = None) -> CodingResult:
        """Code one article."""
        return next(self.code_articles([article], lang=lang))

    def code_articles(self, articles: Iterable[Article], lang: str | None = None, batch_size: int = 16) -> Iterator[CodingResult]:
        """Code a stream of articles, in order; the parser runs in batches per language."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch, lang)
                batch = []
        if batch:
            yield from self._code_batch(batch, lang)

    # ---------------------------------------------------------------- stages

    def _code_batch(self, articles: list[Article], lang: str | None) -> Iterator[CodingResult]:
        # Whatever goes wrong with one article (a parser error, a bug met on
        # strange text) is that article's error: the others are coded.
        prepared = [self._prepare_safely(a, lang) for a in articles]
        parsed: dict[int, tuple[Doc, tuple[int, ...]]] = {}
        by_language: dict[str, list[int]] = {}
        for index, item in enumerate(prepared):
            if item.error is None and item.language is not None:
                by_language.setdefault(item.language, []).append(index)
        for language, indices in by_language.items():
            nlp = self.tools(language).nlp
            try:
                for index, result in zip(indices, parse(nlp, [prepared[i].cleaned.text for i in indices])):
                    parsed[index] = result
            except Exception:
                for index in indices:  # one at a time, to find the article at fault
                    if index in parsed:
                        continue
                    try:
                        parsed[index] = next(parse(nlp, [prepared[index].cleaned.text]))
                    except Exception as exc:
                        prepared[index].error = _failure("parse", exc)
        for index, item in enumerate(prepared):
            if item.error is not None or index not in parsed:
                yield CodingResult(item.article, item.language, [], item.error, item.published)
                continue
            doc, breaks = parsed.pop(index)
            notes = (f"cut into {len(breaks) + 1} parse units of at most {UNIT_CHARS:,} characters",) if breaks else ()
            try:
                events = self._events(item, doc, self.tools(item.language), breaks)
            except Exception as exc:
                yield CodingResult(item.article, item.language, [], _failure("coding", exc), item.published, notes)
                continue
            yield CodingResult(item.article, item.language, events, published=item.published, notes=notes)

    def _prepare_safely(self, article: Article, lang: str | None) -> _Prepared:
        try:
            return self._prepare(article, lang)
        except ChronicleError:
            raise  # a model or a data file missing: no article can be coded
        except Exception as exc:
            return _Prepared(article, None, lang or article.lang, article.published, _failure("cleaning", exc))  # type: ignore[arg-type]

    def _prepare(self, article: Article, lang: str | None) -> _Prepared:
        cleaned = clean_text(article.text)
        published = article.published or cleaned.published
        language = lang or article.lang
        if language is None:
            guess = detect_among(cleaned.text, available_languages(), MIN_LANGUAGE_CONFIDENCE)
            if guess.lang == UNDETERMINED:
                force = f"set it with --lang ({', '.join(available_languages())}) or a 'lang' field in JSONL"
                return _Prepared(article, cleaned, None, published, f"language could not be detected (too little text): {force}")
            language = guess.lang
        if language not in available_languages():
            message = f"no language pack for '{language}' (available: {', '.join(available_languages())})"
            return _Prepared(article, cleaned, language, published, message)
        if published is not None and published.day is None:
            # the dateline ("SEOUL, May 27 (Yonhap) --") is metadata now, but still gives the day
            filed = cleaned.dateline.raw + "\n" if cleaned.dateline else ""
            published = self.tools(language).dates.infer_publication_day(filed + cleaned.text, published)
        return _Prepared(article, cleaned, language, published)

    def _events(self, item: _Prepared, doc: Doc, tools: LanguageTools, breaks: tuple[int, ...] = ()) -> list[Event]:
        mentions = tools.mentions.find(doc)
        reader = ArgumentReader(doc, mentions, tools.pack.grammar)
        state = ArticleState(item.article.id, tools.pack.language, item.published, item.cleaned, ArticleContext())
        state.era = item.published.anchor() if item.published else era_of(mentions)
        state.countries = ranked_countries(mentions, doc=doc)
        state.home_country = state.countries[0] if state.countries else None
        state.context.home = office_country(mentions)
        state.context.state_countries = ranked_countries(mentions, people=False, doc=doc)
        # whose "warring parties" are meant: the state named most by its name, capital, people
        # or bodies; nationalities aside ("UN chief Antonio Guterres called on all parties")
        state.context.focus = state.context.state_countries[0] if state.context.state_countries else None
        state.context.countries = state.countries
        state.context.sovereign_of = dict(tools.pack.grammar.sovereign_of)
        events: list[Event] = []
        explanations: list[tuple[int, Span, list[tuple[EventCandidate, Explanation]]]] = []
        sentences = sentence_spans(doc, breaks)
        # Each sentence sees its own mentions, found by bisection: scanning every
        # mention of the article for every sentence grew with the square of its length.
        located = MentionIndex(mentions)
        places_by_sentence = [tools.places.find(doc, s, located.overlapping(s.start, s.end), state.home_country, state.countries) for s in sentences]
        if item.cleaned.dateline is not None:
            named_places = [p.place for found in places_by_sentence for p in found]
            near = [p for p in named_places if p.country and p.kind in ("city", "admin")]
            state.story_place = tools.places.named(item.cleaned.dateline.place, item.cleaned.dateline.region, near)
            filed = state.story_place.place.country if state.story_place else None
            state.context.filed_in = dateline_country(mentions, filed, named_places, state.story_place.place if state.story_place else None)
            state.context.dateline = filed
            state.context.office_nouns = tools.pack.grammar.office_nouns
        # a sentence's text sliced from the doc's, built once: Span.text joins its words anew at each call
        text = doc_text(doc)
        headlines = headline_indices(sentences, text)
        for index, sentence in enumerate(sentences):
            in_sentence = located.starting_in(sentence.start, sentence.end)
            sentence_text = text[sentence.start_char : sentence.end_char]
            places = places_by_sentence[index]
            # a lead sentence may be placed by the one right after it ("... Le sommet s'est
            # tenu à Hanoï"), not by a place paragraphs later
            state.next_place = next((p[0] for p in places_by_sentence[index + 1 : index + 2] if p), None)
            dates = tools.dates.find(sentence_text, item.published)
            facts = SentenceFacts(index, places, dates, in_sentence,
                                  opens_on_unknown_place(sentence, places, in_sentence, tools.pack.grammar.fronted_place_prepositions,
                                                         [(d.start, d.end) for d in dates]))
            # the names and their lists are read once for the calls before and after the
            # events: they rest on the words alone, which coding leaves as they are
            named = _named(in_sentence)
            runs = listed_mentions(doc, named, tools.pack.grammar.coordinators)
            if tools.pack.grammar.judged_deed_far:
                # read only by a far judged deed's guard (resolve.assemble._far_deed_doer)
                state.named_countries[index] = _acting_countries(doc, in_sentence)
            self._note_mediators(state, named, runs, item.published, doc, tools.pack.grammar)
            self._learn_names(state, in_sentence, item.published)
            sentence_events: list[Event] = []
            explained: list[tuple[EventCandidate, Explanation]] = []
            for candidate in extract_candidates(sentence, tools.triggers, reader, tools.pack):
                if _looks_ahead(candidate.attitude) and dates:
                    facts.dates = tools.dates.find(sentence_text, item.published, "future")
                explanation = Explanation() if self.explain is not None else None
                sentence_events.extend(tools.assembler.assemble(candidate, facts, state, explanation))
                if explanation is not None:
                    explained.append((candidate, explanation))
                facts.dates = dates
            if explained:
                explanations.append((index, sentence, explained))
            events.extend(sentence_events)
            self._remember(state, facts, named, runs, item.published, doc, tools.pack.grammar)
            state.previous_mentions, state.previous_start = in_sentence, sentence.start
            if index in headlines:
                # a headline's places summarise the story ("Alger rappelle son ambassadeur à
                # Bamako"); the lead is placed by its own words or its dateline, not by them
                state.last_place = None
        published = item.published
        # events dated long before the story informed its reading; they are no news of it (resolve/background.py)
        events = [e for e in events if e.event_id not in state.background_events]
        # a sports page's teams and coaches act in a game, not in politics (extract/games.py)
        game, report = tools.games.read([text[s.start_char : s.end_char] for s in sentences])
        events = [e for e in events if e.sentence_index not in game and (not report or e.event_type in GAME_ACTS)]
        if published is None or published.day is not None:
            kept = dedupe_article(events, headlines=headlines, trip=tools.trip_words)
        else:
            kept = dedupe_article(events, lambda expression: tools.dates.day_hint(expression, published), headlines, tools.trip_words)
        if self.explain is not None:
            from chronicle.resolve.explain import sentence_record

            kept_ids = {e.event_id for e in kept}
            for index, sentence, explained in explanations:
                offsets = item.cleaned.original_slice(sentence.start_char, sentence.end_char)
                self.explain(sentence_record(item.article.id, index, offsets, explained, kept_ids, tools.pack.grammar))
        return kept

    def _note_mediators(self, state: ArticleState, named: list[Mention], runs: list[list[Mention]],
                        published: PartialDate | None, doc: Doc, grammar: Grammar, sentence: Span | None = None) -> None:
        """Record the third parties the sentence names between sides ("under the auspices
        of the AU", "sous la médiation du Qatar") before its events are coded, so that
        neither they nor "the two sides" said later take a mediator for a side.
        ``named``: the sentence's naming mentions (``_named``), ``runs``: their lists."""
        marked = mediator_starts(doc, named, runs, grammar)
        if marked:
            day = _coding_day(state, published)
            state.context.mediated([a for m in named if m.start in marked for a in self.resolver.resolve(m, day, state.context)])

    def _learn_names(self, state: ArticleState, mentions: list[Mention], published: PartialDate | None) -> None:
        """The people a sentence names in full, whose surnames it may repeat before it ends."""
        day = _coding_day(state, published)
        people = [a for m in mentions if m.refs[0].kind == "person" for a in self.resolver.resolve(m, day, state.context)]
        state.context.learn_surnames(people)

    def _remember(self, state: ArticleState, facts: SentenceFacts, named: list[Mention], runs: list[list[Mention]],
                  published: PartialDate | None, doc: Doc, grammar: Grammar) -> None:
        """Carry the sentence's actors, place and date forward for the next sentences.
        ``named``: the sentence's naming mentions (``_named``), ``runs``: their lists."""
        actors = []
        day = _coding_day(state, published)
        by_mention: dict[int, list[Actor]] = {}
        for mention in named:
            resolved = self.resolver.resolve(mention, day, state.context)
            if len(resolved) >= 2:
                state.context.observe(resolved, together=True)
            by_mention[mention.start] = resolved
            actors.extend(resolved)
        state.context.observe(actors)
        for run in runs:
            # "Niger, Mali and Burkina Faso ... The three Sahel states": the list is the group
            state.context.listed([a for m in run for a in by_mention[m.start]])
        for first, second in listed_pairs(doc, named, grammar):
            # "Le gouvernement colombien et l'ELN ont repris": named together, as a list is
            if not any(first in run for run in runs):
                state.context.listed(by_mention[first.start] + by_mention[second.start])
        for first, second in between_pairs(doc, runs, grammar):
            # "talks between Armenia and Azerbaijan": the two sides, coded or not
            if len(by_mention[first.start]) == 1 and len(by_mention[second.start]) == 1:
                state.context.dealt(by_mention[first.start][0], by_mention[second.start][0], explicit=True)
        if facts.places:
            # "violating the accord signed in Kuala Lumpur": where a thing named was done is
            # no place of the story's next acts (nor the country of a bare "the Foreign Ministry")
            state.last_place = carried_place(facts.places, doc, named, grammar.signed_document_nouns,
                                             (grammar.planned_place_marks, grammar.intention_governors)) or state.last_place
        elif facts.unknown_place_end is not None:
            # "À Yopougon, ...": the story has moved to a place the gazetteer does not know
            state.last_place = None
        dated = [d for d in facts.dates if d.value is not None]
        if dated:
            state.last_date = (facts.index, dated[-1].value, dated[-1].text)


class MentionIndex:
    """An article's mentions by token position, for the mentions of one sentence at a time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in self._order]
        self._longest = max((m.end - m.start for m in mentions), default=0)

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``[start, end)``, in the article's order."""
        found = self._order[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return [self.mentions[i] for i in sorted(found)]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions that share a token with ``[start, end)``, in the article's order."""
        found = self._order[bisect_left(self._starts, start - self._longest) : bisect_left(self._starts, end)]
        return [self.mentions[i] for i in sorted(found) if self.mentions[i].start < end and start < self.mentions[i].end]


SENTENCE_END = (".", "!", "?", "…", "»", '"', "”", ":")


def sentence_spans(doc: Doc, breaks: tuple[int, ...] = ()) -> list[Span]:
    """The parser's sentences, with fragments that do not end a sentence joined to
    the next ("Séoul et Washington | n'ont pas réussi ..."); never across a parse
    unit's start (``breaks``), so no span outgrows a unit."""
    spans: list[Span] = []
    start = None
    hard = frozenset(breaks)
    for sentence in doc.sents:
        if start is not None and sentence.start in hard:
            spans.append(doc[start : sentence.start])
            start = None
        if start is None:
            start = sentence.start
        last = sentence[-1].text if len(sentence) else ""
        # a line break ends a sentence too: headlines and datelines carry no full stop
        line_end = any(ends_line(t) for t in sentence[-2:])
        if last.endswith(SENTENCE_END) or line_end or sentence.end == len(doc):
            spans.append(doc[start : sentence.end])
            start = None
    if start is not None:
        spans.append(doc[start : len(doc)])
    return [s for s in spans if any(not t.is_punct and not t.is_space for t in s)]


# the words by which a name hangs inside the phrase of the clause's subject or agent
# ("Venezuelan President Nicolas Maduro", "A spokesperson for Foreign Minister Winston
# Peters", "Mali, Burkina Faso and Niger"): modifiers, names, appositions, conjuncts, and
# the prepositions and objects of a noun's complements
_INSIDE_PHRASE = frozenset({"amod", "compound", "nmod", "nmod:poss", "poss", "flat", "flat:name", "appos", "conj", "pobj", "prep", "case", "det", "nummod"})
_ACTING_DEPS = ("nsubj", "agent", "obl:agent")


def _acting_countries(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """The countries of the actors a sentence names as its clauses' doers: in the phrase of
    an active subject or a passive's agent ("Venezuelan President Nicolas Maduro said his
    government would create a new state"), not those its objects or complements name ("a
    violation of Syria's sovereignty"): a far judged deed's guard (resolve.assemble._far_deed_doer)."""
    found = set()
    for m in mentions:
        token = doc[m.start : m.end].root
        for _ in range(6):
            if token.dep_ not in _INSIDE_PHRASE or token.head is token:
                break
            token = token.head
        if token.dep_.startswith(_ACTING_DEPS) and "pass" not in token.dep_:
            found.update(ref.country for ref in m.refs if ref.country)
    return frozenset(found)


def _named(mentions: list[Mention]) -> list[Mention]:
    """The mentions that name someone (not a pronoun or a pair, which refer back)."""
    return [m for m in mentions if m.refs[0].kind not in ("pronoun", "pair")]


def _coding_day(state: ArticleState, published: PartialDate | None) -> date | None:
    """The day actors are resolved on: the article's, else the era its people belong to."""
    return published.anchor() if published else state.era


def headline_indices(sentences: list[Span], text: str | None = None) -> frozenset[int]:
    """The article's headline, as sentence indices: a first line with no closing
    punctuation, set off from the story by a blank line ("Mali expels Swedish
    ambassador\n\nBAMAKO, Jan 14 (Reuters) - ..."). It restates the story's lead.
    A French headline's country label ("Niger : Niamey accuse Paris") may be parsed
    as a sentence of its own: every sentence of that first line is the headline.
    ``text``: the doc's text when the caller has it (Doc.text joins every word anew)."""
    if len(sentences) < 2:
        return frozenset()
    doc = sentences[0].doc
    line = [0]
    text = doc.text if text is None else text  # joined once: Span.text joins the span's words anew at each call
    for i in range(1, len(sentences)):
        between = doc[sentences[i - 1].start : sentences[i].start]
        if "\n" in text[between.start_char : between.end_char]:
            break
        line.append(i)
    if len(line) == len(sentences):
        return frozenset()
    first = sentences[line[-1]]
    last = next((t for t in reversed(first) if not t.is_space), None)
    gap = last.whitespace_ + doc[last.i + 1 : sentences[line[-1] + 1].start].text_with_ws if last is not None else ""
    if last is None or _closes_sentence(first, last) or gap.count("\n") < 2:
        return frozenset()
    return frozenset(line)


CLOSING_QUOTES = ("»", '"', "”")


def _closes_sentence(line: Span, last: Token) -> bool:
    """Whether a line's last word ends a sentence. A closing quote does only after a
    stop inside it: a headline may end on a quoted phrase ('Arce dénonce une « tentative
    de déstabilisation »', 'calls talks "a farce"'), a story sentence on a quoted one."""
    if not last.text.endswith(SENTENCE_END):
        return False
    if last.text not in CLOSING_QUOTES:
        return True
    before = next((t for t in reversed(line[: last.i - line.start]) if not t.is_space), None)
    return before is not None and before.text.endswith(SENTENCE_END)


def listed_mentions(doc: Doc, mentions: list[Mention], coordinators: frozenset[str]) -> list[list[Mention]]:
    """Runs of two or more mentions written as one list ("Niger, Mali and Burkina
    Faso"): nothing but commas and coordinators between them."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    forms, lower = forms_of(doc), lower_forms(doc)  # the words between two names, without a Span or Tokens
    for mention in sorted(mentions, key=lambda m: m.start):
        between = range(run[-1].end, min(mention.start, len(forms))) if run else None
        joined = between is not None and len(between) > 0 and " ".join(lower[i] for i in between if forms[i] != ",") in ("", *coordinators)
        if run and joined:
            run.append(mention)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [mention]
    if len(run) >= 2:
        runs.append(run)
    return runs


def era_of(mentions: list[Mention]) -> date | None:
    """A day on which every known person the article names held one of their roles.

    An undated article naming Kang Kyung-wha and Mike Pompeo is from 2018-2020:
    "la ministre des Affaires étrangères" is then Kang, not today's minister.
    """
    low, high = date.min, date.max
    for mention in mentions:
        entity = mention.refs[0].entity
        if not isinstance(entity, Person) or not entity.roles:
            continue
        start = _holding_since(entity)
        end = max((r.end or date.max) for r in entity.roles)
        if max(low, start) < min(high, end):
            low, high = max(low, start), min(high, end)
    if low == date.min or high == date.max and low == date.min:
        return None
    if high == date.max:
        # nobody named has left every office: the story is of the offices they hold
        # now ("Ursula von der Leyen" is the Commission's president, not Germany's
        # defence minister of 2013, the first of her offices: _holding_since)
        return low
    return low + (high - low) / 2


def _holding_since(person: Person) -> date:
    """From when a person named in an undated article held office: the start of the
    office they still hold, if any ("William Ruto" is Kenya's president since 2022: an
    article that names him beside "le président chinois" is not from his years as
    deputy), else of their first."""
    current = [r.start or date.min for r in person.roles if r.end is None]
    return max(current) if current else min((r.start or date.min) for r in person.roles)


def code(text: str, published: str | None = None, lang: str | None = None) -> list[Event]:
    """Code one article's text into events.

    ``published`` is an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
    used to resolve relative dates; ``lang`` skips language detection.
    Raises UnsupportedLanguage when the language has no pack.
    """
    from chronicle.read import article_id

    when = PartialDate.parse(published) if published else None
    article = Article(id=article_id(text), text=text, source="<text>", published=when)
    result = _default_coder().code_article(article, lang=lang)
    if result.error:
        if result.language is not None and result.language not in available_languages():
            raise UnsupportedLanguage(result.error)
        raise ChronicleError(result.error)
    return result.events


_CODER: Coder | None = None


def _default_coder() -> Coder:
    global _CODER  # the loaded models are the one piece of process-wide state
    if _CODER is None:
        _CODER = Coder()
    return _CODER


def _failure(stage: str, exc: Exception) -> str:
    """An article's error message for an exception met while coding it."""
    detail = str(exc).splitlines()[0] if str(exc) else ""
    detail = detail if len(detail) <= 160 else detail[:157] + "..."
    return f"{stage} failed: {type(exc).__name__}" + (f": {detail}" if detail else "")


def _looks_ahead(attitude: Attitude) -> bool:
    """Whether the event's date expressions point forward from publication: a
    future, or a plan stated in the present ("prévoit de se rendre samedi",
    "s'envole samedi pour")."""
    return attitude.tense == "future" or (attitude.tense == "present" and attitude.modality == "intended")
