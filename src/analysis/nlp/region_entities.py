"""`asn_gazetteer`: REGION, ORG, PERSON and ROLE entities from the gazetteers (regions,
`resources/institutions.csv`, `resources/national_officials.csv`, the lexicon's roles); `asn_guarded_regions`:
REGION for the bare names the gazetteer guards, only where the context says a place is meant ("Bupati Kendal",
"di Kudus")."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from analysis.nlp import lexicon
from analysis.nlp.doc_data import (
    SPAN_START,
    Entity,
    add_entities,
    doc_text,
    entities,
    entity_of,
    entity_tokens,
    lower_texts,
    positions_where,
    set_entities,
    token_starts,
    token_texts,
)
from analysis.nlp.numbers import parse_number
from analysis.reference.elections import REGIONAL_ELECTION_NAMES
from analysis.reference.gazetteer import load_gazetteer
from analysis.reference.institutions import institution_forms

NATIONAL_OFFICIAL = "national:"  # entity id prefix of a PERSON the gazetteer knows as a national official


def national_official_forms() -> list[tuple[str, str]]:
    """(form, body) pairs from resources/national_officials.csv."""
    path = resources.files("analysis.resources") / "national_officials.csv"
    with path.open("r", encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return sorted({(r["form"].strip(), r["body"].strip()) for r in rows})


def gazetteer_patterns() -> list[dict]:
    """Phrase patterns of `asn_gazetteer`: REGION (id 'E:' explicit / 'B:' bare + codes), ORG (id acronym),
    PERSON (national officials, id 'national:' + body), ROLE."""
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
    for form, body in national_official_forms():
        # longer than a region's name inside it: "Bima Haria Wibisana" is the head of BKN, not Kabupaten Bima
        patterns.append({"label": "PERSON", "pattern": form, "id": NATIONAL_OFFICIAL + body})
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
        self.entries: dict[int, tuple[str, str]] = {}  # match id -> the label and the entity id
        by_key: dict[str, list[Doc]] = {}
        for pattern in gazetteer_patterns():
            key = f"{pattern['label']}{PATTERN_KEY_SEPARATOR}{pattern['id']}"
            by_key.setdefault(key, []).append(nlp.make_doc(pattern["pattern"]))
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
            label, _, entity_id = key.partition(PATTERN_KEY_SEPARATOR)
            strings = nlp.vocab.strings
            # (the label and id added for good, outside any memory zone, for the Spans `final_ents` may set on doc.ents)
            strings.add(label)
            strings.add(entity_id)
            self.entries[strings[key]] = (label, entity_id)

    def __call__(self, doc: Doc) -> Doc:
        # EntityRuler's order, ties included (a text listed under two keys, e.g. "Yogyakarta" as the city and
        # the province, goes the way it always went)
        matches = sorted(
            {(m_id, start, end) for m_id, start, end in self.matcher(doc) if start != end},
            key=lambda m: (m[2] - m[1], -m[1]),
            reverse=True,
        )
        labels: dict[int, str] = {}  # token -> the label of the span holding it, for `entity_tokens`
        spans = []
        starts, texts, text = token_starts(doc), token_texts(doc), doc_text(doc)
        for match_id, start, end in matches:
            if start not in labels and end - 1 not in labels:
                label, entity_id = self.entries[match_id]
                start_char, end_char = starts[start], starts[end - 1] + len(texts[end - 1])  # (`entity_of`, unrolled)
                spans.append(Entity(label, entity_id, start, end, start_char, end_char, text[start_char:end_char]))
                for i in range(start, end):  # a word or two: cheaper than an update from a dict made for them
                    labels[i] = label
        set_entities(doc, sorted(spans, key=SPAN_START), labels)
        return doc


@Language.factory("asn_gazetteer")
def make_gazetteer_matcher(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, name)


# Words after which a stoplisted bare name ("Kendal", "Kudus", "Bima") is the place: offices, institutions and
# elections of a region, and prepositions of place.
PLACE_CONTEXT_WORDS = {
    "di",
    "ke",
    "dari",
    "se",
    "wilayah",
    "daerah",
    "warga",
    "masyarakat",
    *REGIONAL_ELECTION_NAMES,
    "pemilu",
    "pileg",
    "asal",
    "kawasan",
    "asn",
    "pns",
}
PLACE_CONTEXT_LABELS = {"ORG", "ROLE"}


@lru_cache(maxsize=1)
def _guarded_names() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The gazetteer's guarded names (name -> codes), their first words, and those words in lower case."""
    guarded = load_gazetteer().guarded
    first_words = frozenset(name.split()[0] for name in guarded)
    return guarded, first_words, frozenset(word.lower() for word in first_words)


_OPENS_A_GUARDED_NAME: dict[str, bool] = {}  # token text -> `_may_open_a_guarded_name` (`positions_where`'s table)


def _may_open_a_guarded_name(text: str) -> bool:
    """A capitalised first word of a guarded name, as written or in title case ("KENDAL")."""
    first_words = _guarded_names()[1]
    return text[:1].isupper() and (text in first_words or text.title() in first_words)


@Language.component("asn_guarded_regions")
def asn_guarded_regions(doc: Doc) -> Doc:
    """REGION for bare names the gazetteer guards ('Bupati Kendal', 'Bawaslu Kudus', 'di Bima'), never alone:
    as names of people or ordinary words they are not places; or opening a clause when the article names that
    region in full ('Kabupaten Muna ... "Muna paling tinggi, ada 11 ASN"'), or a line of a table ('Sinjai: 2')."""
    guarded, _, lower_first_words = _guarded_names()
    texts, lower = token_texts(doc), lower_texts(doc)
    # a capitalised first word, as written or in title case (each token text's answer remembered), past the doc's
    # first token; an ASCII one only where the rules read it in lower case as that word (the lower-case test
    # that picked the words before the full one: not where they read it mended, or joined to a passive)
    candidates = [
        i
        for i in positions_where(texts, _OPENS_A_GUARDED_NAME, _may_open_a_guarded_name)
        if i and (lower[i] in lower_first_words or not texts[i].isascii())
    ]
    if not candidates:
        return doc
    ent_end_labels = {ent.end: ent.label_ for ent in entities(doc)}
    ent_by_end = {ent.end: ent for ent in entities(doc)}
    role_ends = {ent.end for ent in entities(doc) if ent.label_ == "ROLE"}
    taken = entity_tokens(doc)
    named_in_full = {
        code
        for ent in entities(doc)
        if ent.label_ == "REGION" and ent.ent_id_.startswith("E:")
        for code in ent.ent_id_[2:].split("|")
    }
    region_starts = {ent.start for ent in entities(doc) if ent.label_ == "REGION"}
    region_ends = {ent.end for ent in entities(doc) if ent.label_ == "REGION"}
    names: list[tuple[int, int, tuple[str, ...]]] = []  # (start, end, codes) of the names not yet placed
    for i in candidates:
        if i in taken:
            continue
        for width in (2, 1):  # "Sumba Barat" before "Sumba"
            if i + width > len(texts):
                continue
            text = " ".join(texts[i : i + width])
            codes = guarded.get(text) or guarded.get(text.title())  # "KENDAL" too
            if not codes:
                continue
            after = i + width
            if (
                after < len(doc)
                and texts[after].istitle()
                and texts[after].isalpha()
                and after not in taken
                and not _body_of_a_place(ent_by_end.get(i), role_ends)
            ):
                break  # "Kepala BKN Bima Santoso", "Wamendagri Bima Pratama": a person's name
            names.append((i, after, codes))
            break
    spans = []
    for _ in range(2):  # a name placed by its neighbour in a list places the next one ("Gowa, Maros dan Wajo")
        unplaced = []
        for i, after, codes in names:
            # named in full elsewhere, and here opening a clause as its subject ('"Muna paling tinggi, ...')
            opens_clause = not texts[i - 1][:1].isalnum()
            if (
                texts[i - 1].lower() in PLACE_CONTEXT_WORDS
                or ent_end_labels.get(i) in PLACE_CONTEXT_LABELS
                # "Pemerintah Kabupaten (Pemkab) Kendal": the office in brackets right before
                or (texts[i - 1] == ")" and ent_end_labels.get(i - 1) in PLACE_CONTEXT_LABELS)
                or (opens_clause and named_in_full.intersection(codes))
                or (opens_clause and _heads_a_table_row(texts, after))
                or _topic_of_the_sentence(lower, i, after)
                or _ranked(lower, i)
                or _next_in_a_ranking(lower, i, after)
                or _listed_with_regions(lower, i, after, region_starts, region_ends)
            ):
                spans.append(entity_of(doc, i, after, "REGION", "B:" + "|".join(codes)))
                region_starts.add(i)
                region_ends.add(after)
            else:
                unplaced.append((i, after, codes))
        names = unplaced
    add_entities(doc, spans + _placed_by_their_neighbours(doc, lower, names, spans, named_in_full))
    return doc


def _topic_of_the_sentence(lower: list[str], i: int, after: int) -> bool:
    """'Untuk Gowa, sudah ada 19 PNS ...', 'Sedangkan bagi Bima, ...': the place the sentence goes on about."""
    return lower[i - 1] in ("untuk", "bagi") and after < len(lower) and lower[after] == ","


# A ranking of regions: "Peringkat kedua adalah Maros dengan 20 kasus", "posisi ketiga Wajo", "disusul Gowa"
RANK_ORDINALS = {"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "terakhir"}
RANK_FOLLOWERS = {"disusul", "diikuti", "menyusul"}
RANK_LINKS = {"adalah", "yakni", "yaitu", "ialah", "ditempati", "diduduki"}


def _ranked(lower: list[str], i: int) -> bool:
    """A name in a ranking, after its place in it ('peringkat kedua adalah Maros', 'disusul Gowa')."""
    before = lower[i - 1]
    return (
        before in RANK_ORDINALS
        or before in RANK_FOLLOWERS
        or (before in RANK_LINKS and i > 1 and lower[i - 2] in RANK_ORDINALS)
    )


RANK_NEXT = {"berikutnya", "selanjutnya", "kemudian", "lalu"}
RANK_NEXT_LEADS = {",", "ada", "adalah"}


def _next_in_a_ranking(lower: list[str], i: int, after: int) -> bool:
    """'Berikutnya ada, Luwu dengan 13 kasus', 'Lalu Wajo dengan 9 kasus': the next name of a ranking, with its
    figure after "dengan"."""
    k = i - 1
    while k > 0 and i - k <= 3 and lower[k] in RANK_NEXT_LEADS:
        k -= 1
    return (
        lower[k] in RANK_NEXT
        and lower[after : after + 1] == ["dengan"]
        and after + 1 < len(lower)
        and (lower[after + 1][:1].isdigit() or parse_number(lower[after + 1]) is not None)
    )


def _placed_by_their_neighbours(
    doc: Doc, lower: list[str], names: list[tuple[int, int, tuple[str, ...]]], placed: list[Entity], named_in_full: set
) -> list[Entity]:
    """REGION for names not yet placed that list a figure, or rank a place named before."""
    listed = _listed_with_a_figure(lower, names)
    ranked = _ranked_again(lower, [n for n in names if n not in listed], placed, named_in_full)
    return [entity_of(doc, i, after, "REGION", "B:" + "|".join(codes)) for i, after, codes in listed + ranked]


RANK_VERBS = {"menempati", "menduduki", "tertinggi", "terbanyak", "teratas"}


def _ranked_again(
    lower: list[str], names: list[tuple[int, int, tuple[str, ...]]], placed: list[Entity], named_in_full: set[str]
) -> list[tuple]:
    """Names placed already or named in full, here ranked ('di antaranya Jepara, Grobogan, dan Cilacap, dengan
    Jepara menempati urutan teratas'): the same place again."""
    placed_codes = named_in_full.union(*(span.ent_id_[2:].split("|") for span in placed))
    return [
        (i, after, codes)
        for i, after, codes in names
        if after < len(lower) and lower[after] in RANK_VERBS and placed_codes.intersection(codes)
    ]


def _heads_a_table_row(texts: list[str], after: int) -> bool:
    """'Sinjai: 2 ASN ...': a name opening a line of a table, a colon and its figure after it."""
    return (
        after + 1 < len(texts)
        and texts[after] == ":"
        and (texts[after + 1][:1].isdigit() or parse_number(texts[after + 1].lower()) is not None)
    )


def _listed_with_a_figure(lower: list[str], names: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple]:
    """Names that only list one another and end on a figure: 'Sementara Gowa, Maros dan Soppeng, masing-masing
    2 kasus' (several names of places in a row, then their count, are places)."""
    chains, chain = [], []
    for name in names:
        if chain and not all(w in LIST_SEPARATORS for w in lower[chain[-1][1] : name[0]]):
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


def _body_of_a_place(ent: Entity | None, role_ends: set[int]) -> bool:
    """'Bawaslu Bengkalis Tegaskan ...' (a headline, every word capitalised), 'Ketua Bawaslu Siak Budi Santoso': a
    body named right before the name makes it a place, unless a title names a national body's officer ('Kepala
    BKN Bima Santoso'): only bodies with regional branches are named after a place."""
    return (
        ent is not None
        and ent.label_ == "ORG"
        and (ent.start not in role_ends or ent.ent_id_ not in lexicon.NATIONAL_BODIES)
    )


LIST_SEPARATORS = {",", "dan", "serta", "&", ";"}


# What may stand between two regions of a list: its separator, and the figure of the first with its noun
# ("A 3 orang, B 2 orang", "C (4 kasus), D")
LIST_ITEM_WORDS = {
    "(",
    ")",
    "kasus",
    "orang",
    "asn",
    "laporan",
    "pelanggaran",
    "temuan",
    "dugaan",
    "pns",
    "pegawai",
    "masing-masing",
    "masing",
    # "Kabupaten A ada enam pelaporan, Sinjai ...": the figure said with its verb, and the complaints' nouns
    "ada",
    "sebanyak",
    "pelaporan",
    "pengaduan",
    "aduan",
}
LIST_REACH = 5


def _listed_with_regions(
    lower: list[str], start: int, end: int, region_starts: set[int], region_ends: set[int]
) -> bool:
    """A bare name in an enumeration of regions: 'Luwu, Soppeng, Sinjai dan Wajo', 'Bone 3 orang, Sinjai 1
    orang': a region stands next to it across a separator and at most a figure with its noun."""

    def bridges(words: list[str]) -> bool:
        return any(w in LIST_SEPARATORS for w in words) and all(
            w in LIST_SEPARATORS or w in LIST_ITEM_WORDS or w.isdigit() or parse_number(w) is not None for w in words
        )

    return any(k in region_ends and bridges(lower[k:start]) for k in range(max(0, start - LIST_REACH), start)) or any(
        k in region_starts and bridges(lower[end:k]) for k in range(end + 1, min(len(lower), end + LIST_REACH + 1))
    )
