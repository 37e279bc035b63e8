"""`asn_elections`: ELECTION entities (Pilkada, Pemilu, Pileg... and their year)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from analysis.nlp import lexicon
from analysis.nlp.article_election import held_years
from analysis.nlp.dates import MONTHS
from analysis.nlp.doc_data import (
    ELECTION_PLACES,
    Entity,
    add_entities,
    doc_text,
    entities,
    entity_of,
    entity_tokens,
    lower_texts,
    positions_in,
    set_norm,
    token_texts,
)

YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
# Years that held regional elections and no general one (the calendar's): the press still calls them "pemilu"
REGIONAL_ONLY_YEARS = frozenset(held_years("pilkada") - held_years("pemilu"))
# first word -> (the words after it, as a list, and the type), longest first
_TERM_INDEX: dict[str, list[tuple[list[str], str]]] = {}
for _term, _type in sorted(lexicon.ELECTION_TERMS.items(), key=lambda kv: -len(kv[0])):
    _TERM_INDEX.setdefault(_term[0], []).append((list(_term[1:]), _type))


def _match_term(lower: list[str], i: int) -> tuple[int, str] | None:
    for rest, etype in _TERM_INDEX.get(lower[i], []):
        if not rest or lower[i + 1 : i + 1 + len(rest)] == rest:
            return i + 1 + len(rest), etype
    return None


@Language.component("asn_elections")
def asn_elections(doc: Doc) -> Doc:
    """ELECTION entities: 'Pilkada serentak 2024', 'Pemilihan Umum Tahun 2024', 'Pilkada Bantul 2024'.

    normalized is 'type-year' or just 'type' when no year is attached to the mention.
    """
    texts = token_texts(doc)
    lower = lower_texts(doc)
    labels = entity_tokens(doc)
    spans = []
    i = 0  # the next token not yet part of an election mention
    for first in positions_in(lower, _TERM_INDEX):
        if first < i:
            continue
        hit = _match_term(lower, first)
        if hit is None:
            continue
        i = first
        end, etype = hit
        j = end
        # "Pemilihan Bupati dan Wakil Bupati Kabupaten A Tahun 2030": the deputy's office is part of the name
        if j + 2 < len(doc) and lower[j] == "dan" and lower[j + 1] == "wakil":
            office = 2 if lower[j + 2] == "wali" and j + 3 < len(doc) and lower[j + 3] == "kota" else 1
            if lower[j + 2] in ("gubernur", "bupati", "walikota", "wali"):
                j += 2 + office
        # "(Pilkada)" acronym after the long form: "Pemilihan Bupati dan Wakil Bupati (Pilbup) A 2024"
        if j + 2 < len(doc) and texts[j] == "(" and texts[j + 2] == ")" and _match_term(lower, j + 1):
            j += 3
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
            if (
                lower[k] in ("serentak", "tahun", "nasional", "lanjutan", "kabupaten", "kota", "provinsi")
                or labels.get(k) == "REGION"
            ):
                k += 1
                skipped += 1
                continue
            break
        if year is not None:
            j = k + 1
            if etype == "pemilu" and int(year) in REGIONAL_ONLY_YEARS:
                etype = "pilkada"  # "pelanggaran pada pemilu 2020": no general election was held that year
        span = entity_of(doc, i, j, "ELECTION")
        spans.append(span)
        set_norm(doc, span, "ELECTION", f"{etype}-{year}" if year else etype)
        i = j
    # "Pemilihan Kepala Daerah" outranks the ROLE "Kepala" inside it, but "Pemilu" inside the ORG
    # "Badan Pengawas Pemilu" is no election mention.
    spans = [s for s in spans if all(labels.get(i) != "ORG" for i in range(s.start, s.end))]
    _keep_places_named(doc, spans)
    add_entities(doc, spans, override=True)
    return doc


def _keep_places_named(doc: Doc, elections: list[Entity]) -> None:
    """Keep the REGION entities an election's name takes in ("Pilkada Kabupaten Blitar 2020"): the place whose
    election it is stays a place of the story (`profile.region_mentions` reads them)."""
    labels = entity_tokens(doc)
    election_at = {i: k for k, s in enumerate(elections) for i in range(s.start, s.end)}  # token -> its election
    if not any(labels.get(i) == "REGION" for i in election_at):
        return  # no place's word in an election's name (most docs): no entity to look through
    # (the elections do not overlap: a place within one starts and ends in the same)
    named = [
        e
        for e in entities(doc)
        if e.label_ == "REGION" and e.start in election_at and election_at.get(e.end - 1) == election_at[e.start]
    ]
    if named:
        text = doc_text(doc)
        doc.user_data[ELECTION_PLACES] = [
            Entity("REGION", e.ent_id_, e.start, e.end, e.start_char, e.end_char, text[e.start_char : e.end_char])
            for e in named
        ]
