"""spaCy components of the Indonesian pipeline, registered as factories.

Order in the pipeline: asn_sentencizer -> asn_gazetteer (REGION, ORG, ROLE from gazetteers) ->
asn_guarded_regions (REGION for stoplisted names in a place's context) -> asn_elections (ELECTION) ->
asn_dates (DATE) -> asn_quantities (QUANTITY) -> asn_people (PERSON)
-> asn_profile (article regions, election, violation types) -> asn_facts (numeric facts).

Components keep their results in `doc.user_data` under plain keys ("norm", "entities", "profile",
"facts") so the results survive multi-process `nlp.pipe` and need no custom extension registration in
workers; the entities are also set on `doc.ents`.
"""

from __future__ import annotations

import bisect
import csv
import re
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.lang.lex_attrs import is_punct
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from analysis.ingest.clean import PERSON_ROLES
from analysis.nlp import lexicon
from analysis.nlp.numbers import NUMBER_OPENERS, parse_number, parse_number_at
from analysis.reference.gazetteer import load_gazetteer

NORM = "norm"  # user_data key: {(start_char, end_char, label): normalized string}


def set_norm(doc: Doc, span: Span, label: str, value: str) -> None:
    doc.user_data.setdefault(NORM, {})[(span.start_char, span.end_char, label)] = value


def get_norm(doc: Doc, span: Span) -> str:
    return doc.user_data.get(NORM, {}).get((span.start_char, span.end_char, span.label_), "")


def entities(doc: Doc) -> list[Span]:
    """The entities found so far, in token order: doc.ents read once, then kept in user_data and set on
    the doc once by `final_ents` (every doc.ents read or write walks the whole doc)."""
    found = doc.user_data.get(FOUND)
    if found is None:
        found = doc.user_data[FOUND] = list(doc.ents)
    return found


def add_entities(doc: Doc, spans: list[Span], override: bool = False) -> None:
    """Add spans to the entities; existing entities win over overlapping new ones, unless `override`."""
    fresh = filter_spans(spans)
    if not fresh:
        return
    current = entities(doc)
    if override:
        claimed = {i for s in fresh for i in range(s.start, s.end)}
        kept = [e for e in current if not claimed.intersection(range(e.start, e.end))]
        doc.user_data[FOUND] = sorted(kept + fresh, key=lambda s: s.start)
        return
    taken = {i for ent in current for i in range(ent.start, ent.end)}
    fresh = [s for s in fresh if not taken.intersection(range(s.start, s.end))]
    doc.user_data[FOUND] = sorted(current + fresh, key=lambda s: s.start)


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
CACHES = (TOKENS, LOWER, TEXT, FOUND, SENT_STARTS, SENTENCES, STARTS, ENTS_BY_LABEL)


def remember_text(doc: Doc, text: str) -> None:
    """Give the doc the text it was made from, so that `doc_text` need not join the tokens again."""
    doc.user_data[TEXT] = text


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """span.text, cut from the doc's text (Span.text joins its tokens)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


class Entity:
    """An entity as plain data, with the attribute names of a Span: what the rules after the entity
    components read many times (each Span attribute is a lookup in spaCy, and Span.text joins its tokens)."""

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
    lower = lower_texts(doc)
    return [lower[i] for i in indices]


def final_ents(doc: Doc) -> tuple[Entity, ...]:
    """The entities, set on doc.ents once, as `Entity` records: only for components that run after every
    entity component, and for reading the results (the records stay in user_data)."""
    ents = doc.user_data.get(ENTS)
    if ents is None:
        found = doc.user_data.pop(FOUND, None)
        if found is not None:
            doc.set_ents(found)  # the spans as set: reading doc.ents back would rebuild them from every token
        else:
            found = doc.ents
        text, strings, names = doc_text(doc), doc.vocab.strings, {0: ""}
        records = []
        for span in found:
            label, ent_id, start_char, end_char = span.label, span.id, span.start_char, span.end_char
            if label not in names:
                names[label] = strings[label]
            if ent_id not in names:
                names[ent_id] = strings[ent_id]
            records.append(Entity(names[label], names[ent_id], span.start, span.end, start_char, end_char,
                                  text[start_char:end_char]))
        ents = doc.user_data[ENTS] = tuple(records)
    return ents


def ents_labelled(doc: Doc, label: str) -> list[Entity]:
    """The final entities with this label, in token order (each label's list made once per doc)."""
    by_label = doc.user_data.get(ENTS_BY_LABEL)
    if by_label is None:
        by_label = doc.user_data[ENTS_BY_LABEL] = {}
        for ent in final_ents(doc):
            by_label.setdefault(ent.label_, []).append(ent)
    return by_label.get(label, [])


def sentence_starts_of(doc: Doc) -> list[int]:
    """Token index of every sentence start (`asn_sentencizer` keeps them; otherwise read from doc.sents once)."""
    starts = doc.user_data.get(SENT_STARTS)
    if starts is None:
        starts = doc.user_data[SENT_STARTS] = [s.start for s in doc.sents]
    return starts


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token i (token.sent scans the doc each time), each sentence's Span made once."""
    starts = sentence_starts_of(doc)
    if not starts:  # an empty doc has no sentence
        return doc[0:len(doc)]
    k = bisect.bisect_right(starts, i) - 1
    made = doc.user_data.setdefault(SENTENCES, {})
    sent = made.get(k)
    if sent is None:
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        sent = made[k] = doc[starts[k]:end]
    return sent


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token (token.idx), computed once per doc."""
    cached = doc.user_data.get(STARTS)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[STARTS] = doc.to_array(IDX).tolist()
    return cached


def token_texts(doc: Doc) -> list[str]:
    """Token texts without creating Token objects (the rules run over plain strings, which is much faster)."""
    cached = doc.user_data.get(TOKENS)
    if cached is None or len(cached) != len(doc):
        strings = doc.vocab.strings
        cached = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
        doc.user_data[TOKENS] = cached
    return cached


def lower_texts(doc: Doc) -> list[str]:
    """Lower-cased token texts, computed once per doc."""
    cached = doc.user_data.get(LOWER)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[LOWER] = [text.lower() for text in token_texts(doc)]
    return cached


SENTENCE_ENDS = (".", "!", "?", "…")
_MAY_END_BEFORE = frozenset(SENTENCE_ENDS) | CLOSING_QUOTES  # a token after which a sentence may start
_MAY_END_BEFORE_IDS = numpy.array(sorted(hash_string(text) for text in _MAY_END_BEFORE), dtype="uint64")


def sentence_starts(texts: list[str], candidates: list[int] | None = None) -> list[int]:
    """Indices of sentence starts: paragraph breaks, and after . ! ? (also when a closing quote follows them).

    Abbreviations ("Kab.", "Dr.") are single tokens thanks to tokenizer special cases, so they never end
    a sentence; a lower-case word after a full stop does not start one (e.g. "No. 7 tahun").
    Only a token after a space, a sentence end or a closing quote can start a sentence: `candidates`, when
    given, are those tokens (`asn_sentencizer` finds them from the doc's arrays).
    """
    if not texts:
        return []
    starts = [0]
    if candidates is None:
        candidates = [k + 1 for k, prev in enumerate(texts[:-1]) if prev in _MAY_END_BEFORE or prev.isspace()]
    for i in candidates:
        text = texts[i]
        if text.isspace():
            continue
        prev = texts[i - 1]
        if prev.isspace():
            if "\n" in prev or i == 1:
                starts.append(i)
                continue
            prev = texts[i - 2] if i >= 2 else ""
        ends = prev in SENTENCE_ENDS or (prev in CLOSING_QUOTES and i >= 2 and texts[i - 2] in (".", "!", "?"))
        first = text[:1]
        if ends and (first.isupper() or first.isdigit() or first in ('"', "“", "(")) and text not in CLOSING_QUOTES:
            starts.append(i)
    return starts


@Language.component("asn_sentencizer")
def asn_sentencizer(doc: Doc) -> Doc:
    if len(doc) == 0:
        return doc
    tokens = doc.to_array([ORTH, IS_SPACE])
    strings = doc.vocab.strings
    texts = doc.user_data[TOKENS] = [strings[orth] for orth in tokens[:, 0].tolist()]
    orths, may_end = tokens[:-1, 0], tokens[:-1, 1] != 0
    for orth in _MAY_END_BEFORE_IDS:  # a few comparisons: numpy.isin costs more on arrays this small
        may_end |= orths == orth
    candidates = (numpy.flatnonzero(may_end) + 1).tolist()
    starts = doc.user_data[SENT_STARTS] = sentence_starts(texts, candidates)
    values = numpy.full(len(doc), -1, dtype="int64")
    values[starts] = 1
    doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    return doc


# --- gazetteer entities -------------------------------------------------------------------------------------

def institution_forms() -> list[tuple[str, str]]:
    """(form, acronym) pairs from resources/institutions.csv; each acronym is a form of itself."""
    path = resources.files("analysis.resources") / "institutions.csv"
    with path.open("r", encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    pairs = {(r["form"].strip(), r["acronym"].strip()) for r in rows}
    pairs |= {(r["acronym"].strip(), r["acronym"].strip()) for r in rows}
    return sorted(pairs)


def gazetteer_patterns() -> list[dict]:
    """Phrase patterns of `asn_gazetteer`: REGION (id 'E:' explicit / 'B:' bare + codes), ORG (id acronym), ROLE."""
    patterns = []
    for form in load_gazetteer().forms:
        region_id = ("E:" if form.explicit else "B:") + "|".join(form.codes)
        patterns.append({"label": "REGION", "pattern": form.text, "id": region_id})
        if len(form.text) > 4 and form.text.upper() != form.text:  # headlines and datelines in capitals
            patterns.append({"label": "REGION", "pattern": form.text.upper(), "id": region_id})
    for form, acronym in institution_forms():
        patterns.append({"label": "ORG", "pattern": form, "id": acronym})
        if form.upper() != form:
            patterns.append({"label": "ORG", "pattern": form.upper(), "id": acronym})
    for role in lexicon.ROLE_TERMS:
        patterns.append({"label": "ROLE", "pattern": role, "id": role})
        patterns.append({"label": "ROLE", "pattern": role.lower(), "id": role})
    return patterns


PATTERN_KEY_SEPARATOR = "||"  # keys "LABEL||id", as spaCy's EntityRuler writes them


class GazetteerMatcher:
    """REGION, ORG and ROLE entities from the gazetteers: a PhraseMatcher over token texts, overlaps resolved
    as spaCy's EntityRuler resolves them (longest first, then leftmost), without its per-document costs."""

    def __init__(self, nlp: Language, name: str = "asn_gazetteer"):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab)
        self.entries: dict[int, tuple[str, str]] = {}
        by_key: dict[str, list[Doc]] = {}
        for pattern in gazetteer_patterns():
            key = f"{pattern['label']}{PATTERN_KEY_SEPARATOR}{pattern['id']}"
            by_key.setdefault(key, []).append(nlp.make_doc(pattern["pattern"]))
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
            label, _, entity_id = key.partition(PATTERN_KEY_SEPARATOR)
            self.entries[nlp.vocab.strings[key]] = (label, entity_id)

    def __call__(self, doc: Doc) -> Doc:
        # EntityRuler's order, ties included (a text listed under two keys, e.g. "Yogyakarta" as the city and
        # the province, goes the way it always went)
        matches = sorted({(m_id, start, end) for m_id, start, end in self.matcher(doc) if start != end},
                         key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        seen: set[int] = set()
        spans = []
        for match_id, start, end in matches:
            if start not in seen and end - 1 not in seen:
                label, entity_id = self.entries[match_id]
                spans.append(Span(doc, start, end, label=label, span_id=entity_id))
                seen.update(range(start, end))
        doc.user_data[FOUND] = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory("asn_gazetteer")
def make_gazetteer_matcher(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, name)


# --- guarded region names ---------------------------------------------------------------------------------

# Words after which a stoplisted bare name ("Kendal", "Kudus", "Bima") is the place: offices, institutions and
# elections of a region, and prepositions of place.
PLACE_CONTEXT_WORDS = {"di", "ke", "dari", "se", "wilayah", "daerah", "warga", "masyarakat", "pilkada", "pilbup",
                       "pilwalkot", "pemilu", "pileg", "asal", "kawasan", "asn", "pns"}
PLACE_CONTEXT_LABELS = {"ORG", "ROLE"}


@lru_cache(maxsize=1)
def _guarded_names() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The gazetteer's guarded names (name -> codes), their first words, and those words in lower case."""
    guarded = load_gazetteer().guarded
    first_words = frozenset(name.split()[0] for name in guarded)
    return guarded, first_words, frozenset(word.lower() for word in first_words)


@Language.component("asn_guarded_regions")
def asn_guarded_regions(doc: Doc) -> Doc:
    """REGION for bare names the gazetteer guards ('Bupati Kendal', 'Bawaslu Kudus', 'di Bima'), never alone:
    as names of people or ordinary words they are not places; or opening a clause when the article names that
    region in full ('Kabupaten Muna ... "Muna paling tinggi, ada 11 ASN"')."""
    guarded, first_words, lower_first_words = _guarded_names()
    texts, lower = token_texts(doc), lower_texts(doc)
    # a capitalised first word, as written or in title case; the cheap lower-case test first, sound for ASCII
    # words (title-casing an ASCII word keeps its lower-case form), the others take the full test
    if doc_text(doc).isascii():
        maybe = [i for i, word in enumerate(lower) if word in lower_first_words and i]
    else:
        maybe = [i for i in range(1, len(texts)) if lower[i] in lower_first_words or not texts[i].isascii()]
    candidates = [i for i in maybe if texts[i][:1].isupper()
                  and (texts[i] in first_words or texts[i].title() in first_words)]
    if not candidates:
        return doc
    ent_end_labels = {ent.end: ent.label_ for ent in entities(doc)}
    ent_by_end = {ent.end: ent for ent in entities(doc)}
    role_ends = {ent.end for ent in entities(doc) if ent.label_ == "ROLE"}
    taken = {i for ent in entities(doc) for i in range(ent.start, ent.end)}
    named_in_full = {code for ent in entities(doc) if ent.label_ == "REGION" and ent.id_.startswith("E:")
                     for code in ent.id_[2:].split("|")}
    region_starts = {ent.start for ent in entities(doc) if ent.label_ == "REGION"}
    region_ends = {ent.end for ent in entities(doc) if ent.label_ == "REGION"}
    names: list[tuple[int, int, tuple[str, ...]]] = []  # (start, end, codes) of the names not yet placed
    for i in candidates:
        if i in taken:
            continue
        for width in (2, 1):  # "Sumba Barat" before "Sumba"
            if i + width > len(texts):
                continue
            text = " ".join(texts[i:i + width])
            codes = guarded.get(text) or guarded.get(text.title())  # "KENDAL" too
            if not codes:
                continue
            after = i + width
            if after < len(doc) and texts[after].istitle() and texts[after].isalpha() and after not in taken \
                    and not _body_of_a_place(ent_by_end.get(i), role_ends):
                break  # "Kepala BKN Bima Santoso", "Wamendagri Bima Pratama": a person's name
            names.append((i, after, codes))
            break
    spans = []
    for _ in range(2):  # a name placed by its neighbour in a list places the next one ("Gowa, Maros dan Wajo")
        unplaced = []
        for i, after, codes in names:
            # named in full elsewhere, and here opening a clause as its subject ('"Muna paling tinggi, ...')
            opens_clause = not texts[i - 1][:1].isalnum()
            if (texts[i - 1].lower() in PLACE_CONTEXT_WORDS or ent_end_labels.get(i) in PLACE_CONTEXT_LABELS
                    or (opens_clause and named_in_full.intersection(codes))
                    or _listed_with_regions(lower, i, after, region_starts, region_ends)):
                spans.append(Span(doc, i, after, label="REGION", span_id="B:" + "|".join(codes)))
                region_starts.add(i)
                region_ends.add(after)
            else:
                unplaced.append((i, after, codes))
        names = unplaced
    spans += [Span(doc, i, after, label="REGION", span_id="B:" + "|".join(codes))
              for i, after, codes in _listed_with_a_figure(lower, names)]
    add_entities(doc, spans)
    return doc


def _listed_with_a_figure(lower: list[str], names: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple]:
    """Names that only list one another and end on a figure: 'Sementara Gowa, Maros dan Soppeng, masing-masing
    2 kasus' (several names of places in a row, then their count, are places)."""
    chains, chain = [], []
    for name in names:
        if chain and not all(w in LIST_SEPARATORS for w in lower[chain[-1][1]:name[0]]):
            chains.append(chain)
            chain = []
        chain.append(name)
    chains.append(chain)
    placed = []
    for chain in chains:
        if len(chain) < 2:
            continue
        k = chain[-1][1]
        while k < len(lower) and k - chain[-1][1] < 3 and lower[k] in {",", "masing-masing", "masing", "sebanyak"}:
            k += 1
        if k < len(lower) and (lower[k].isdigit() or parse_number(lower[k]) is not None):
            placed.extend(chain)
    return placed


def _body_of_a_place(ent: Span | None, role_ends: set[int]) -> bool:
    """'Bawaslu Bengkalis Tegaskan ...' (a headline, every word capitalised): a body named right before the name
    makes it a place, unless a title names the body's officer ('Kepala BKN Bima Santoso')."""
    return ent is not None and ent.label_ == "ORG" and ent.start not in role_ends


LIST_SEPARATORS = {",", "dan", "serta", "&", ";"}
# What may stand between two regions of a list: its separator, and the figure of the first with its noun
# ("A 3 orang, B 2 orang", "C (4 kasus), D")
LIST_ITEM_WORDS = {"(", ")", "kasus", "orang", "asn", "laporan", "pelanggaran", "temuan", "dugaan", "pns", "pegawai",
                   "masing-masing", "masing"}
LIST_REACH = 5


def _listed_with_regions(lower: list[str], start: int, end: int, region_starts: set[int], region_ends: set[int]) -> bool:
    """A bare name in an enumeration of regions: 'Luwu, Soppeng, Sinjai dan Wajo', 'Bone 3 orang, Sinjai 1
    orang': a region stands next to it across a separator and at most a figure with its noun."""
    def bridges(words: list[str]) -> bool:
        return any(w in LIST_SEPARATORS for w in words) and all(
            w in LIST_SEPARATORS or w in LIST_ITEM_WORDS or w.isdigit() or parse_number(w) is not None for w in words)

    return any(k in region_ends and bridges(lower[k:start]) for k in range(max(0, start - LIST_REACH), start)) or any(
        k in region_starts and bridges(lower[end:k]) for k in range(end + 1, min(len(lower), end + LIST_REACH + 1)))


# --- elections --------------------------------------------------------------------------------------------

YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
_TERM_INDEX: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _term, _type in sorted(lexicon.ELECTION_TERMS.items(), key=lambda kv: -len(kv[0])):
    _TERM_INDEX.setdefault(_term[0], []).append((_term, _type))


def _match_term(lower: list[str], i: int) -> tuple[int, str] | None:
    for term, etype in _TERM_INDEX.get(lower[i], []):
        if tuple(lower[i : i + len(term)]) == term:
            return i + len(term), etype
    return None


@Language.component("asn_elections")
def asn_elections(doc: Doc) -> Doc:
    """ELECTION entities: 'Pilkada serentak 2024', 'Pemilihan Umum Tahun 2024', 'Pilkada Bantul 2024'.

    normalized is 'type-year' or just 'type' when no year is attached to the mention.
    """
    texts = token_texts(doc)
    lower = lower_texts(doc)
    region_tokens = {i for ent in entities(doc) if ent.label_ == "REGION" for i in range(ent.start, ent.end)}
    spans = []
    i = 0  # the next token not yet part of an election mention
    for first in [k for k, word in enumerate(lower) if word in _TERM_INDEX]:
        if first < i:
            continue
        hit = _match_term(lower, first)
        if hit is None:
            continue
        i = first
        end, etype = hit
        j = end
        # "(Pilkada)" acronym after the long form
        if j + 2 < len(doc) and texts[j] == "(" and texts[j + 2] == ")" and _match_term(lower, j + 1):
            j += 3
        # "Pemilihan Bupati dan Wakil Bupati Kabupaten A Tahun 2030": the deputy's office is part of the name
        if j + 2 < len(doc) and lower[j] == "dan" and lower[j + 1] == "wakil":
            office = 2 if lower[j + 2] == "wali" and j + 3 < len(doc) and lower[j + 3] == "kota" else 1
            if lower[j + 2] in ("gubernur", "bupati", "walikota", "wali"):
                j += 2 + office
        year = None
        k = j
        skipped = 0
        while k < len(doc) and skipped <= 4:
            if YEAR.match(texts[k]):
                year = texts[k]
                break
            # "Pilkada Sleman 27 November 2024": the year of the election day written after it (the date
            # stays a DATE of its own)
            if k + 2 < len(doc) and texts[k].isdigit() and lower[k + 1] in MONTHS and YEAR.match(texts[k + 2]):
                year, k = texts[k + 2], k - 1
                break
            if lower[k] in ("serentak", "tahun", "nasional", "lanjutan", "kabupaten", "kota", "provinsi") or k in region_tokens:
                k += 1
                skipped += 1
                continue
            break
        if year is not None:
            j = k + 1
        span = Span(doc, i, j, label="ELECTION")
        spans.append(span)
        set_norm(doc, span, "ELECTION", f"{etype}-{year}" if year else etype)
        i = j
    # "Pemilihan Kepala Daerah" outranks the ROLE "Kepala" inside it, but "Pemilu" inside the ORG
    # "Badan Pengawas Pemilu" is no election mention.
    inside_org = {i for e in entities(doc) if e.label_ == "ORG" for i in range(e.start, e.end)}
    spans = [s for s in spans if not inside_org.intersection(range(s.start, s.end))]
    add_entities(doc, spans, override=True)
    return doc


# --- dates ------------------------------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_WORDS = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", re.IGNORECASE)
DATE_NUMERIC = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\)")


def _iso(day: int, month: int, year: int | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalized) of dates in text; normalized is ISO, or '--MM-DD' without a year."""
    found = []
    for m in DATE_WORDS.finditer(text):
        year = int(m.group(3)) if m.group(3) else None
        iso = _iso(int(m.group(1)), MONTHS[m.group(2).lower()], year)
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in DATE_NUMERIC.finditer(text):
        year = m.group(3)
        year_int = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
        iso = _iso(int(m.group(1)), int(m.group(2)), year_int)
        if iso:
            found.append((m.start() + 1, m.end() - 1, iso))
    return found


def complete_year(partial: str, published: str) -> str:
    """'--10-27' with the article published 2024-10-28 -> '2024-10-27': a yearless date in a news story is
    the latest such day on or before publication. Without a publication date it stays partial."""
    if not partial.startswith("--") or len(published) != 10:
        return partial
    month, day = partial[2:4], partial[5:7]
    year = int(published[:4]) - (1 if (month, day) > (published[5:7], published[8:10]) else 0)
    return f"{year:04d}-{month}-{day}"


@Language.component("asn_dates")
def asn_dates(doc: Doc) -> Doc:
    published = doc.user_data.get("meta", {}).get("published", "")
    spans = []
    for start, end, iso in find_dates(doc_text(doc)):
        iso = complete_year(iso, published)
        span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
        if span is not None:
            spans.append(span)
            set_norm(doc, span, "DATE", iso)
    add_entities(doc, spans)
    return doc


# --- quantities -------------------------------------------------------------------------------------------


NONE_BEFORE = {"tidak", "tak", "belum"}  # "tidak ada satu pun", "belum ada satu pun"


@Language.component("asn_quantities")
def asn_quantities(doc: Doc) -> Doc:
    """QUANTITY entities for numbers (digits, words, multipliers); approximate ones normalized as '~<magnitude>'
    ("ratusan" -> "~100"), which no fact ever takes as a value."""
    taken = {i for ent in entities(doc) for i in range(ent.start, ent.end)}
    texts = token_texts(doc)
    lower = lower_texts(doc)
    spans = []
    i = 0  # the next token not yet part of a quantity
    if doc_text(doc).isascii():  # an ASCII word opens with a digit when it sorts from "0" to before ":"
        openers = [k for k, word in enumerate(lower) if word in NUMBER_OPENERS or "0" <= word < ":"]
    else:
        openers = [k for k, word in enumerate(lower) if word in NUMBER_OPENERS or word[:1].isdigit()]
    for start in openers:
        if start < i or start in taken:
            continue
        i = start
        match = parse_number_at(texts, i)
        if match is None or any(k in taken for k in range(match.start, match.end)):
            i += 1
            continue
        # "satu pun" (not a single one), "salah satu" (one of), "satu atau dua" are not counts; but "tidak ada
        # satu pun ASN yang melanggar" says how many: none.
        nxt = texts[match.end].lower() if match.end < len(doc) else ""
        prev = texts[i - 1].lower() if i > 0 else ""
        if (nxt == "pun" and match.value == 1 and i >= 2 and lower[i - 1] == "ada" and lower[i - 2] in NONE_BEFORE
                and not any(k in taken for k in (i - 2, i - 1))):
            span = Span(doc, i - 2, match.end + 1, label="QUANTITY")
            spans.append(span)
            set_norm(doc, span, "QUANTITY", "0")
            i = match.end + 1
            continue
        if nxt in ("pun", "atau") or prev in ("salah", "nomor", "ke"):
            i = match.end
            continue
        span = Span(doc, match.start, match.end, label="QUANTITY")
        spans.append(span)
        set_norm(doc, span, "QUANTITY", f"~{match.magnitude}" if match.approximate else str(match.value))
        i = match.end
    add_entities(doc, spans)
    return doc


# --- people -----------------------------------------------------------------------------------------------

NAME_STOP = {
    "Kabupaten", "Kota", "Provinsi", "Bidang", "Dinas", "Badan", "Daerah", "Negara", "Sekretaris", "Ketua",
    "Kepala", "Asisten", "Bupati", "Wali", "Gubernur", "Menurut", "Dalam", "Di", "Pada", "Saat", "Ia", "Dia",
    "Kami", "Kita", "Mereka", "Yang", "Dan", "Untuk", "Jika", "Maka", "Namun", "Selain", "Hal",
    # "kantor Bupati Bantul, Senin (26/8)": a day or month after the comma is a date, not a name
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad", "Januari", "Februari", "Maret",
    "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
}


def _name_run(doc: Doc, i: int, ent_tokens: set[int]) -> int:
    """End index of a run of 1-4 capitalised name tokens starting at i (i itself when none)."""
    texts = token_texts(doc)
    j = i
    while j < len(texts) and j - i < 4:
        text = texts[j]
        if (j in ent_tokens or not text.isalpha() or not (text.istitle() or (text.isupper() and len(text) > 2))
                or text in NAME_STOP):
            break
        j += 1
    return j


@Language.component("asn_people")
def asn_people(doc: Doc) -> Doc:
    """PERSON after a ROLE: 'Ketua Bawaslu Pandeglang, Ade Mulyadi', 'Kepala BKPSDM Surtaman'."""
    ent_tokens = {i for ent in entities(doc) for i in range(ent.start, ent.end)}
    texts = token_texts(doc)
    sentence_starts_at = set(sentence_starts_of(doc))
    # Headlines capitalise every word ("Bupati Garut Minta ..."), so names are not read from the title.
    title_end = int(doc.user_data.get("meta", {}).get("title_end", 0))
    spans = []
    for ent in entities(doc):
        if ent.label_ != "ROLE" or ent.start_char < title_end:
            continue
        j = ent.end
        # skip the office: institutions, regions, their abbreviations in brackets ("Sekretaris Daerah (Sekda)
        # Kota Tangerang Selatan (Tangsel), Bambang ..."), and capitalised words of a long title up to a comma
        while j < len(doc):
            if j in ent_tokens or texts[j] in ("Kabupaten", "Kota", "Provinsi"):
                j += 1
            elif texts[j] == "(" and (close := _closing_bracket(doc, j)):
                j = close + 1
            else:
                break
        if j < len(doc) and texts[j] == ",":
            j += 1
        else:
            # a long title ("Asisten KASN Bidang Nilai Dasar, Kode Etik ..., Irwansyah"): name after the last comma
            k, commas = j, []
            while k < len(doc) and k - j < 14 and k not in sentence_starts_at and texts[k] not in (".", "”", '"'):
                if texts[k] == ",":
                    commas.append(k)
                k += 1
            direct_end = _name_run(doc, j, ent_tokens)
            if direct_end > j and (direct_end >= len(doc) or not texts[direct_end].istitle()):
                spans.append(Span(doc, j, direct_end, label="PERSON"))
                continue
            for c in commas:
                end = _name_run(doc, c + 1, ent_tokens)
                if end > c + 1 and end < len(doc) and texts[end] in (",", "mengatakan", "menyampaikan", "menjelaskan"):
                    spans.append(Span(doc, c + 1, end, label="PERSON"))
                    break
            continue
        end = _name_run(doc, j, ent_tokens)
        if end > j:
            spans.append(Span(doc, j, end, label="PERSON"))
    spans.extend(_byline_people(doc, ent_tokens))
    add_entities(doc, spans)
    return doc


def _closing_bracket(doc: Doc, i: int, reach: int = 5) -> int | None:
    """Index of the ')' closing a short bracket opened at i, if any."""
    texts = token_texts(doc)
    for k in range(i + 1, min(len(doc), i + reach + 1)):
        if texts[k] == ")":
            return k
        if texts[k] in ("(", ".", "\n"):
            return None
    return None


# the byline lines ingest keeps at the end of the cleaned text
_BYLINE = re.compile(rf"(?m)^\W{{0,3}}(?:{PERSON_ROLES})\s*:\s*", re.IGNORECASE)


def _byline_people(doc: Doc, ent_tokens: set[int]) -> list[Span]:
    """'Laporan: Rachman Deniansyah', 'Pewarta: Mulyana': the people who wrote or edited the story."""
    spans = []
    for match in _BYLINE.finditer(doc_text(doc)):
        start = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if start is None:
            continue
        end = _name_run(doc, start.start, ent_tokens)
        if end > start.start:
            spans.append(Span(doc, start.start, end, label="PERSON"))
    return spans
