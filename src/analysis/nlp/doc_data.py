"""What the rule components share on a spaCy Doc: the `doc.user_data` keys and the accessors that read them.

Components keep their results in `doc.user_data` under plain keys ("norm", "entities", "profile",
"facts") so the results survive multi-process `nlp.pipe` and need no custom extension registration in
workers; the entities (found as `Entity` records, not Spans) and sentences are also set on `doc.ents` and the tokens'
sentence starts (but for a doc read by its records alone: `read_by_records`).
Token texts, token offsets, sentences and entities are computed once per doc and kept there too (`CACHES`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from itertools import compress, pairwise
from operator import attrgetter, itemgetter

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, ORTH
from spacy.lang.lex_attrs import is_punct
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from analysis.nlp.lexicon import MISTYPED_WORDS, SPLIT_PASSIVES

NORM = "norm"  # user_data key: {(start_char, end_char, label): normalized string}


def set_norm(doc: Doc, span: Span | Entity, label: str, value: str) -> None:
    doc.user_data.setdefault(NORM, {})[(span.start_char, span.end_char, label)] = value


_NO_NORMS: dict = {}  # (read only: what a doc without normalized values holds)


def get_norm(doc: Doc, span: Span | Entity) -> str:
    return doc.user_data.get(NORM, _NO_NORMS).get((span.start_char, span.end_char, span.label_), "")


def set_entities(doc: Doc, spans: list[Entity], labels: dict[int, str] | None = None) -> None:
    """The entities found so far, in token order, replaced by these (`labels`: their tokens' labels, when known)."""
    doc.user_data[FOUND] = spans
    if labels is None:
        doc.user_data.pop(ENT_TOKENS, None)
    else:
        doc.user_data[ENT_TOKENS] = labels


def entity_tokens(doc: Doc) -> dict[int, str]:
    """Token index -> the label of the entity found so far that holds it: one map for every component, which
    `add_entities` keeps up to date (the components read it, never change it)."""
    labels = doc.user_data.get(ENT_TOKENS)
    if labels is None:
        labels = doc.user_data[ENT_TOKENS] = {i: e.label_ for e in entities(doc) for i in range(e.start, e.end)}
    return labels


def entities(doc: Doc) -> list[Entity]:
    """The entities found so far, in token order: doc.ents read once, then kept in user_data and set on
    the doc once by `final_ents` (every doc.ents read or write walks the whole doc)."""
    found = doc.user_data.get(FOUND)
    if found is None:
        found = doc.user_data[FOUND] = _records_of(doc, doc.ents)
    return found


def entity_of(doc: Doc, start: int, end: int, label: str, ent_id: str = "") -> Entity:
    """The entity of tokens start..end, as the entity components find one: an `Entity` record, whose making costs
    less than a Span's, as does each read of its attributes (the records are set on doc.ents as Spans once, by
    `final_ents`, unless the doc is read by its records alone)."""
    starts, texts = token_starts(doc), token_texts(doc)
    start_char, end_char = starts[start], starts[end - 1] + len(texts[end - 1])
    return Entity(label, ent_id, start, end, start_char, end_char, doc_text(doc)[start_char:end_char])


def _records_of(doc: Doc, spans: Iterable[Span]) -> list[Entity]:
    """Spans (doc.ents, set by another pipeline) as `Entity` records."""
    text = doc_text(doc)
    return [
        Entity(s.label_, s.ent_id_, s.start, s.end, s.start_char, s.end_char, text[s.start_char : s.end_char])
        for s in spans
    ]


SPAN_START = attrgetter("start")  # a span's first token, as a sort key (no call of a lambda per span)


def add_entities(doc: Doc, spans: list[Entity], override: bool = False) -> None:
    """Add spans to the entities; existing entities win over overlapping new ones, unless `override`."""
    if not spans:
        return
    fresh = _without_overlaps(spans)
    if not fresh:
        return
    current = entities(doc)
    if override:
        claimed = {i for s in fresh for i in range(s.start, s.end)}
        labels = doc.user_data.get(ENT_TOKENS)
        kept = current
        if labels is None or not claimed.isdisjoint(labels):  # else no entity holds a claimed token
            kept = [e for e in current if claimed.isdisjoint(range(e.start, e.end))]
        if labels is not None:  # kept up to date rather than made again: the dropped entities' tokens out, the new in
            if len(kept) < len(current):
                for e in current:
                    if not claimed.isdisjoint(range(e.start, e.end)):
                        for i in range(e.start, e.end):
                            del labels[i]
            labels.update((i, s.label_) for s in fresh for i in range(s.start, s.end))
        set_entities(doc, sorted(kept + fresh, key=SPAN_START), labels)
        return
    labels = entity_tokens(doc)
    fresh = [s for s in fresh if labels.keys().isdisjoint(range(s.start, s.end))]
    labels.update((i, s.label_) for s in fresh for i in range(s.start, s.end))
    doc.user_data[FOUND] = sorted(current + fresh, key=SPAN_START)


def _without_overlaps(spans: list[Entity]) -> list[Entity]:
    """filter_spans(spans): the longest of overlapping spans, in token order. Spans given in token order and apart
    (as most components find them) are all kept as they are: the test costs a fraction of filter_spans' two sorts."""
    if all(s.start < s.end for s in spans) and all(a.end <= b.start for a, b in pairwise(spans)):
        return list(spans)
    return filter_spans(spans)


# --- sentences -------------------------------------------------------------------------------------------

CLOSING_QUOTES = {'"', "”", "’", "'", "»"}


TOKENS = "_tokens"  # user_data key: token texts, computed once per doc for the rule components
LOWER = "_lower"  # user_data key: lower-cased token texts
TEXT = "_text"  # user_data key: doc.text (spaCy joins the tokens again on every access)
FOUND = "_found"  # user_data key: entities found so far, not yet set on doc.ents (see `entities`)
ENTS = "entities"  # user_data key: the final entities as `Entity` records (kept with the results)
SENT_STARTS = "_sent_starts"  # user_data key: token index of every sentence start
SENTENCES = "_sentences"  # user_data key: sentence number -> its Span, made once
STARTS = "_starts"  # user_data key: character offset of every token
ENTS_BY_LABEL = "_ents_by_label"  # user_data key: label -> the final entities with that label
ENT_TOKENS = "_ent_tokens"  # user_data key: token index -> label of the entity found so far holding it
DATELINES = "_datelines"  # user_data key: (start_char, end_char) of a region mention -> whether it is a dateline
STATEMENT_PLACES = "_statement_places"  # user_data key: (start_char, end_char) of a mention -> where one spoke
RECORDS_ONLY = "_records_only"  # user_data key: the doc's reader takes entities and sentences from user_data alone
ELECTION_PLACES = "_election_places"  # user_data key: REGION entities inside an election's name, as `Entity` records
CACHES = (
    TOKENS,
    LOWER,
    TEXT,
    FOUND,
    SENT_STARTS,
    SENTENCES,
    STARTS,
    ENTS_BY_LABEL,
    ENT_TOKENS,
    DATELINES,
    STATEMENT_PLACES,
    ELECTION_PLACES,
    RECORDS_ONLY,
)


# The doc the rules read last, with its text, token texts and lower-cased words: the rules ask for them some
# hundred times per doc, and comparing identities is much cheaper than a lookup in doc.user_data. The doc is
# held, so that no other doc can take its id.
_last_text: tuple[Doc | None, str] = (None, "")
_last_tokens: tuple[Doc | None, list[str]] = (None, [])
_last_lower: tuple[Doc | None, list[str]] = (None, [])


def read_by_records(doc: Doc) -> None:
    """Mark a doc whose reader takes the entities (`final_ents`) and the sentence starts (`sentence_starts_of`) from
    user_data alone, as the extraction does: they are then not set on doc.ents and the tokens, writes that walk the
    whole doc for no one."""
    doc.user_data[RECORDS_ONLY] = True


def remember_text(doc: Doc, text: str) -> None:
    """Give the doc the text it was made from, so that `doc_text` need not join the tokens again."""
    doc.user_data[TEXT] = text


def doc_text(doc: Doc) -> str:
    global _last_text
    if _last_text[0] is doc:
        return _last_text[1]
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    _last_text = (doc, text)
    return text


def span_text(span: Span) -> str:
    """span.text, cut from the doc's text (Span.text joins its tokens)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


class Entity:
    """An entity as plain data, with the attribute names of a Span: what the entity components find and the rules
    after them read many times (each Span attribute is a lookup in spaCy, and Span.text joins its tokens)."""

    __slots__ = ("label_", "ent_id_", "start", "end", "start_char", "end_char", "text")

    def __init__(self, label: str, ent_id: str, start: int, end: int, start_char: int, end_char: int, text: str):
        self.label_, self.ent_id_, self.start, self.end = label, ent_id, start, end
        self.start_char, self.end_char, self.text = start_char, end_char, text

    def __repr__(self) -> str:
        return f"Entity({self.label_}, {self.text!r}, {self.start_char}-{self.end_char})"


# Token.is_punct of a token text: spaCy's own lexeme attribute function, remembered per text
is_punct_text = lru_cache(maxsize=65_536)(is_punct)


def words_of(doc: Doc, indices: list[int]) -> list[str]:
    """The lower-cased words of these tokens."""
    return values_at(lower_texts(doc), indices)


def final_ents(doc: Doc) -> tuple[Entity, ...]:
    """The entities, set on doc.ents once: only for components that run after every entity component, and for
    reading the results (the records stay in user_data)."""
    ents = doc.user_data.get(ENTS)
    if ents is None:
        found = doc.user_data.pop(FOUND, None)
        if found is None:
            found = _records_of(doc, doc.ents)
        elif not doc.user_data.get(RECORDS_ONLY):
            _set_ents(doc, [Span(doc, e.start, e.end, label=e.label_, span_id=e.ent_id_ or 0) for e in found])
        ents = doc.user_data[ENTS] = tuple(found)
    return ents


OUTSIDE_IOB = 2  # Token.ent_iob of a token outside any entity ("O")


def _set_ents(doc: Doc, spans: list[Span]) -> None:
    """doc.set_ents(spans), every other token outside any entity, at less cost: one array write marks every token
    outside, and set_ents then leaves the others as they are instead of looking each up in a set of its own."""
    outside = numpy.zeros((len(doc), 2), dtype="uint64")
    outside[:, 0] = OUTSIDE_IOB
    doc.from_array([ENT_IOB, ENT_TYPE], outside)
    doc.set_ents(spans, default="unmodified")


def ents_labelled(doc: Doc, label: str) -> list[Entity]:
    """The final entities with this label, in token order (each label's list made once per doc)."""
    by_label = doc.user_data.get(ENTS_BY_LABEL)
    if by_label is None:
        by_label = doc.user_data[ENTS_BY_LABEL] = {}
        for ent in final_ents(doc):
            by_label.setdefault(ent.label_, []).append(ent)
    return by_label.get(label, [])


def opening_word(lower: list[str], start: int) -> str:
    """The first word from token `start` on, past an opening quote or bracket ("“Apabila ...", "(Rinciannya ...")."""
    return next((word for word in lower[start : start + 3] if word[:1].isalnum()), "")


def sentence_starts_of(doc: Doc) -> list[int]:
    """Token index of every sentence start (`asn_sentencizer` keeps them; otherwise read from doc.sents once)."""
    starts = doc.user_data.get(SENT_STARTS)
    if starts is None:
        starts = doc.user_data[SENT_STARTS] = [s.start for s in doc.sents]
    return starts


_last_sentences: tuple = (None, [], {})  # (doc, its sentence starts, its sentences made): most calls ask the last doc


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token i (token.sent scans the doc each time), each sentence's `Sentence` made once."""
    global _last_sentences
    last, starts, made = _last_sentences
    if last is not doc:
        starts, made = sentence_starts_of(doc), doc.user_data.setdefault(SENTENCES, {})
        _last_sentences = (doc, starts, made)
    if not starts:  # an empty doc has no sentence
        return doc[0 : len(doc)]
    k = bisect.bisect_right(starts, i) - 1
    sent = made.get(k)
    if sent is None:
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        sent = made[k] = Sentence(doc, starts[k], end)
    return sent


class Sentence:
    """A sentence as plain data, with the attributes of its Span that the rules read (`doc`, `start`, `end`,
    `start_char`, `end_char`, its length): a Span costs three Token objects to make, and the rules ask for the
    sentences of every number. Any other attribute is the Span's, made then."""

    __slots__ = ("doc", "start", "end", "start_char", "end_char")

    def __init__(self, doc: Doc, start: int, end: int):
        chars, texts = token_starts(doc), token_texts(doc)
        self.doc, self.start, self.end = doc, start, end
        self.start_char, self.end_char = chars[start], chars[end - 1] + len(texts[end - 1])  # as the Span's

    def __len__(self) -> int:
        return self.end - self.start

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)  # (no Span protocol asked of a sentence: pickling, copying)
        return getattr(self.doc[self.start : self.end], name)

    def __iter__(self):
        return iter(self.doc[self.start : self.end])

    def __getitem__(self, i):
        return self.doc[self.start : self.end][i]

    def __repr__(self) -> str:
        return f"Sentence({self.start}-{self.end}: {span_text(self)!r})"


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence holding token i, without making its Span."""
    starts = sentence_starts_of(doc)
    if not starts:
        return 0, len(doc)
    k = bisect.bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def sentence_at(doc: Doc, start_char: int) -> Span | None:
    """The sentence holding the character at start_char (doc.char_span is slow, and this is asked once per fact)."""
    token = bisect.bisect_right(token_starts(doc), start_char) - 1
    return sentence_of(doc, token) if 0 <= token < len(doc) else None


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token (token.idx), computed once per doc."""
    cached = doc.user_data.get(STARTS)
    if cached is None:
        cached = doc.user_data[STARTS] = doc.to_array(IDX).tolist()
    return cached


def token_texts(doc: Doc) -> list[str]:
    """Token texts without creating Token objects (the rules run over plain strings, which is much faster)."""
    global _last_tokens
    if _last_tokens[0] is doc:
        return _last_tokens[1]
    cached = doc.user_data.get(TOKENS)
    if cached is None:
        cached = doc.user_data[TOKENS] = texts_of(doc, doc.to_array(ORTH).tolist())
    _last_tokens = (doc, cached)
    return cached


TEXTS_KEPT = 200_000  # orth ids whose text `texts_of` remembers, at most (then it starts again)
_TEXT_OF_ORTH: dict[int, str] = {}


def texts_of(doc: Doc, orths: list[int]) -> list[str]:
    """The texts of these orth ids. Each id's text is remembered: a lookup costs a fraction of the vocabulary's
    (which decodes a new string each time), and the same string object for a word in every doc keeps its hash
    for the rules' many set and dict lookups. An id always names the same text (it is the text's hash), so the
    texts stay right after a memory zone frees the vocabulary's entries."""
    known = _TEXT_OF_ORTH
    if len(known) > TEXTS_KEPT:
        known.clear()
    strings = doc.vocab.strings
    return _each_in(known, orths, lambda orth: known.setdefault(orth, strings[orth]))


def values_at(container, keys: list) -> list:
    """container[key] for each key. One itemgetter of all the keys costs about half a map of container.__getitem__
    (which calls through the method's wrapper for each key); itemgetter gives a lone key's value bare."""
    if len(keys) > 1:
        return list(itemgetter(*keys)(container))
    return [container[key] for key in keys]


def _each_in(table: dict, keys: list, learn: Callable) -> list:
    """table[key] for each key, `learn(key)` (which adds it to the table) for a key the table lacks. While every key
    is known (most docs) one lookup of them all costs less than a test and a lookup per key."""
    try:
        return values_at(table, keys)
    except KeyError:
        return [table[key] if key in table else learn(key) for key in keys]


def positions_in(words: list[str], vocabulary: Collection[str]) -> list[int]:
    """Indices of the words that are in `vocabulary` (a set or dict): one membership map in C, no loop in Python."""
    return list(compress(range(len(words)), map(vocabulary.__contains__, words)))


WORDS_KEPT = 200_000  # words whose test result `positions_where` remembers in one table, at most (then it starts again)


def positions_where(words: list[str], known: dict[str, bool], test: Callable[[str], bool]) -> list[int]:
    """Indices of the words that pass `test`, a test of the word alone: each word's answer is remembered in
    `known` (the table of that test), so a doc costs one map over the table instead of a test per word."""
    if len(known) > WORDS_KEPT:
        known.clear()
    answers = _each_in(known, words, lambda word: known.setdefault(word, bool(test(word))))
    return list(compress(range(len(words)), answers))


def lower_texts(doc: Doc) -> list[str]:
    """Lower-cased token texts, computed once per doc; a passive the press splits ("di periksa") is read as one
    word at its "di" ("diperiksa"), the stem kept after it."""
    global _last_lower
    if _last_lower[0] is doc:
        return _last_lower[1]
    cached = doc.user_data.get(LOWER)
    if cached is None:
        cached = doc.user_data[LOWER] = join_split_passives(_each_in(_READ_AS, token_texts(doc), _read_as))
    _last_lower = (doc, cached)
    return cached


TYPO_MIN_LETTERS = 9  # shorter words are too near each other to mend a letter of
_MENDED: dict[str, str] = {}  # each long word the rules have read, as they read it
_READ_AS: dict[str, str] = {}  # each token text met, as the rules read it (one lookup a token)


def _read_as(text: str) -> str:
    """A token text as the rules read it, remembered."""
    word = text.lower()
    read = _READ_AS[text] = word if len(word) < TYPO_MIN_LETTERS else mended(word)
    return read


def mended(word: str) -> str:
    """A word the rules read, mistyped by one letter ("pelangaran", "merakomendasikan", "ditindaklnjuti"), as
    written correctly; any other word as it is."""
    found = _MENDED.get(word)
    if found is None:
        found = _MENDED[word] = next((t for t in MISTYPED_WORDS if _one_edit_apart(word, t)), word)
    return found


def _one_edit_apart(word: str, target: str) -> bool:
    """One letter added, dropped or changed, or two next to each other swapped."""
    if word == target or abs(len(word) - len(target)) > 1 or word[:2] != target[:2]:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        swapped = (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0] : diffs[1] + 1] == target[diffs[1]] + target[diffs[0]]
        )
        return len(diffs) == 1 or swapped
    shorter, longer = (word, target) if len(word) < len(target) else (target, word)
    i = next((k for k, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b), len(shorter))
    return shorter[i:] == longer[i + 1 :]


_SPLIT_PASSIVE_STEMS = frozenset(p[2:] for p in SPLIT_PASSIVES if p.startswith("di"))  # "periksa" of "diperiksa"


def join_split_passives(lower: list[str]) -> list[str]:
    """The words with each "di" that splits a known passive ("di", "periksa") read as the passive."""
    last, i = len(lower) - 1, -1
    while True:
        try:
            i = lower.index("di", i + 1, last)
        except ValueError:
            return lower
        if lower[i + 1] in _SPLIT_PASSIVE_STEMS:
            lower[i] = "di" + lower[i + 1]
