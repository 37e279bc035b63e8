"""`asn_people`: PERSON entities: runs of capitalised names, and the people a byline names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from analysis.ingest.clean import PERSON_ROLES
from analysis.nlp.doc_data import (
    Entity,
    add_entities,
    doc_text,
    entities,
    entity_of,
    entity_tokens,
    sentence_starts_of,
    token_texts,
)

NAME_STOP = {
    "Kabupaten",
    "Kota",
    "Provinsi",
    "Bidang",
    "Dinas",
    "Badan",
    "Daerah",
    "Negara",
    "Sekretaris",
    "Ketua",
    "Kepala",
    "Asisten",
    "Bupati",
    "Wali",
    "Gubernur",
    "Menurut",
    "Dalam",
    "Di",
    "Pada",
    "Saat",
    "Ia",
    "Dia",
    "Kami",
    "Kita",
    "Mereka",
    "Yang",
    "Dan",
    "Untuk",
    "Jika",
    "Maka",
    "Namun",
    "Selain",
    "Hal",
    # "kantor Bupati Bantul, Senin (26/8)": a day or month after the comma is a date, not a name
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
    "Ahad",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
}


def _name_run(doc: Doc, i: int, ent_tokens: dict[int, str]) -> int:
    """End index of a run of 1-4 capitalised name tokens starting at i (i itself when none)."""
    texts = token_texts(doc)
    j = i
    while j < len(texts) and j - i < 4:
        text = texts[j]
        if (
            j in ent_tokens
            or not text.isalpha()
            or not (text.istitle() or (text.isupper() and len(text) > 2))
            or text in NAME_STOP
        ):
            break
        j += 1
    return j


@Language.component("asn_people")
def asn_people(doc: Doc) -> Doc:
    """PERSON after a ROLE: 'Ketua Bawaslu Pandeglang, Ade Mulyadi', 'Kepala BKPSDM Surtaman'."""
    ent_tokens = entity_tokens(doc)
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
                spans.append(entity_of(doc, j, direct_end, "PERSON"))
                continue
            for c in commas:
                end = _name_run(doc, c + 1, ent_tokens)
                if end > c + 1 and end < len(doc) and texts[end] in (",", "mengatakan", "menyampaikan", "menjelaskan"):
                    spans.append(entity_of(doc, c + 1, end, "PERSON"))
                    break
            continue
        end = _name_run(doc, j, ent_tokens)
        if end > j:
            spans.append(entity_of(doc, j, end, "PERSON"))
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


def _byline_matches(text: str) -> Iterator[re.Match]:
    """_BYLINE.finditer(text), tried only where a line starts ("^" matches nowhere else; the regex engine tries every
    character), in order and past the last match (one may run over a line break: "\\W" and "\\s" take it)."""
    end, start = 0, 0
    while start >= 0:
        if start >= end and (match := _BYLINE.match(text, start)) is not None:
            yield match
            end = match.end()
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1


def _byline_people(doc: Doc, ent_tokens: dict[int, str]) -> list[Entity]:
    """'Laporan: Rachman Deniansyah', 'Pewarta: Mulyana': the people who wrote or edited the story."""
    spans = []
    for match in _byline_matches(doc_text(doc)):
        start = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if start is None:
            continue
        end = _name_run(doc, start.start, ent_tokens)
        if end > start.start:
            spans.append(entity_of(doc, start.start, end, "PERSON"))
    return spans
