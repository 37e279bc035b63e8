"""Whether a count is national: its sentence says so, a national body or official states it, or it breaks down a
national figure (the rest of where a count belongs: `where`)."""

from __future__ import annotations

import bisect
from itertools import pairwise

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import (
    SPAN_START,
    ents_labelled,
    is_punct_text,
    lower_texts,
    sentence_bounds,
    span_text,
    token_texts,
)
from analysis.nlp.facts.clauses import entity_labels, entity_of_token
from analysis.nlp.facts.parts import MARKER_REACH, marked_as_part
from analysis.nlp.facts.references import refers_back
from analysis.nlp.facts.state import NATIONAL_SPEAKERS, Article, Count
from analysis.nlp.facts.where import regions_in
from analysis.nlp.region_entities import NATIONAL_OFFICIAL
from analysis.nlp.scope import is_event_place, is_national_body

# the last words of NATIONAL_PHRASES: a window with none of them holds no such phrase
_NATIONAL_PHRASE_ENDS = {last for _, last in lx.NATIONAL_PHRASES}


PART_PLACE_REACH = 5  # tokens after a part's marker where its own place is named: "25 di antaranya ada di Jambi"


def _part_placed_apart(sent: Span, start: int, end: int) -> bool:
    """A part of a figure given before it with a region of its own after it ("999 pelanggaran di Indonesia, 25 di
    antaranya ada di Jambi"): the nationwide words before the part are its figure's, not its own."""
    if not marked_as_part(sent, end):
        return False
    labels = entity_labels(sent.doc)
    return "REGION" in labels[end : min(end + MARKER_REACH + PART_PLACE_REACH, sent.end)]


_ASN_NAME_WORDS = {"aparatur", "sipil", "negara", "(", ")"}


def _scope_window(sent: Span, start: int, end: int) -> tuple[int, list[str]]:
    """Where the count's scope may be said: eight words before it and ten after, within its side of a contrast
    ("1.500 pelanggaran secara nasional, sementara di Provinsi Jambi terdapat 25 kasus")."""
    lower = lower_texts(sent.doc)
    first = start if _part_placed_apart(sent, start, end) else max(sent.start, start - 8)
    # a body's name after the count reads as one word: "131 rekomendasi hukuman Komisi Aparatur Sipil Negara
    # (KASN) terkait netralitas ASN di seluruh Indonesia"
    named = entity_labels(sent.doc)[end : min(sent.end, end + 10)].count("ORG")
    # and so does the ASN's name written out: "241 kasus dugaan pelanggaran netralitas Aparatur Sipil Negara (ASN) di
    # seluruh Indonesia"
    named += sum(word in _ASN_NAME_WORDS for word in lower[end : min(sent.end, end + 10)])
    last = min(sent.end, end + 10 + named)
    first = next((k + 1 for k in range(start - 1, first - 1, -1) if lower[k] in lx.CONTRAST_WORDS), first)
    last = next((k for k in range(end, last) if lower[k] in lx.CONTRAST_WORDS), last)
    return first, lower[first:last]


RANK_SCOPE_REACH = 4  # words from a rank to the scope it is held in: "pada urutan kedua secara nasional"


def _a_region_ranked_nationally(sent: Span, start: int) -> bool:
    """'BKN menempatkan Sultra pada urutan kedua secara nasional ..., dengan jumlah 29 pelanggaran': the
    nationwide words before the figure are the scope of a named region's rank, and the figure is that region's; so
    of the region the sentence before names, where the rank has no subject ('Bahkan berada di peringkat pertama
    secara nasional dengan 12 kasus')."""
    lower, labels = lower_texts(sent.doc), entity_labels(sent.doc)
    for k in range(sent.start, start):
        if lower[k] in lx.RANKING_CUES and "nasional" in lower[k + 1 : min(start, k + 1 + RANK_SCOPE_REACH)]:
            subjects = labels[sent.start : k]
            if "REGION" in subjects or "ORG" in subjects or sent.start == 0:
                return "REGION" in subjects
            return "REGION" in labels[sentence_bounds(sent.doc, sent.start - 1)[0] : sent.start]
    return False


def region_ranked_before(article: Article, sent: Span, start: int) -> str:
    """'... ialah Kabupaten A. Bahkan menempati peringkat pertama secara nasional dengan 23 kasus.': the place the
    sentence before names last, whose rank the figure's sentence gives; or ""."""
    if "nasional" not in article.lower[sent.start : start] or not _a_region_ranked_nationally(sent, start):
        return ""
    prev = article.previous_sentence(sent)
    named = [] if prev is None else regions_in(article.doc, prev, article.mentions)
    return named[-1][2] if named else ""


_LETTERS = {"surat", "rekomendasi", "tembusan", "disposisi", "pemberitahuan"}
_RECEIVING = {"menerima", "mendapat", "mendapatkan", "memperoleh", "diterima"}
LETTER_REACH = 4  # words before the body: "Kami menerima surat dari KASN"


def _sent_to_the_speaker(lower: list[str], sent_start: int, body_start: int) -> bool:
    """'Kami menerima surat dari KASN', 'mendapat tembusan dari BKN': a letter the body sent to the speaker."""
    if body_start < sent_start + 2 or lower[body_start - 1] != "dari":
        return False
    before = lower[max(sent_start, body_start - 1 - LETTER_REACH) : body_start - 1]
    return not _LETTERS.isdisjoint(before) and not _RECEIVING.isdisjoint(before)


NATIONAL_PRESS = {"media", "berita", "televisi", "koran"}  # "berbagai media nasional": the press's reach


# the words a window must hold for `is_national` to find the count national
_NATIONAL_WORDS = lx.NATIONAL_CUES | _NATIONAL_PHRASE_ENDS


def is_national(sent: Span, start: int, end: int) -> bool:
    if _NATIONAL_WORDS.isdisjoint(lower_texts(sent.doc)[sent.start : sent.end]):
        return False  # none in the sentence (most counts), so none in its window: no need to find the window
    first, window = _scope_window(sent, start, end)
    if "nasional" in window and _a_region_ranked_nationally(sent, start):
        return False
    if not lx.NATIONAL_CUES.isdisjoint(window):
        # "Badan Kepegawaian Nasional (BKN)" is a body's name, "berbagai media nasional" the press's reach, not the
        # scope of the figure
        labels, lower = entity_labels(sent.doc), lower_texts(sent.doc)
        window = [
            word
            for i, word in enumerate(window, first)
            if labels[i] != "ORG" and not (word == "nasional" and lower[i - 1] in NATIONAL_PRESS)
        ]
        if not lx.NATIONAL_CUES.isdisjoint(window):
            return True
    if _NATIONAL_PHRASE_ENDS.isdisjoint(window):
        return False  # no phrase can stand in the window: its pairs need not be made
    pairs = set(pairwise(window)) | {(a, c) for a, _, c in zip(window, window[1:], window[2:], strict=False)}
    return bool(pairs & lx.NATIONAL_PHRASES)


def national_scope(article: Article, count: Count) -> bool:
    """Whether the count's sentence says it is national, a national body says it, or it breaks down a national
    figure with no region of its own."""
    doc, ent, sent, facts = article.doc, count.ent, count.sent, article.facts
    # "Keempat pegawai itu ... sudah dilaporkan ke KASN": a regional figure said again, sent to a national body
    regional_again = count.restates is not None and count.restates.scope == "regional"
    return (
        is_national(sent, ent.start, count.noun_end)
        or not regional_again
        and national_body_without_region(
            doc,
            sent,
            ent.start,
            article.mentions,
            # (its decision on persons, in a regional story: "KASN merekomendasikan sanksi terhadap 26 PNS")
            bool(article.region) and not article.national_story and count.kind in ("asn", "persons"),
        )
        or (
            bool(facts)
            and facts[-1].scope == "national"
            and not regions_in(doc, sent, article.mentions)
            and (refers_back(sent, ent.start) or facts[-1].sentence == span_text(sent).strip())
        )
    )


_RECORDING_OR_DECIDING = lx.RECORDING_VERBS | lx.BODY_DECISION_VERBS  # made once: every count asks
_RECORDING_VERBS = lx.RECORDING_VERBS - lx.BODY_DECISION_VERBS
_RECORDING_OR_SAYING = lx.RECORDING_VERBS | lx.SPEECH_VERBS
SAID_FIGURE_REACH = 4  # tokens from the verb of saying to the figure it says: "mengatakan, ada sebanyak 130"


def national_speakers(doc: Doc) -> list:
    """The national bodies ('KASN', 'Bawaslu RI') and national officials the article names, in token order
    (found once per doc: every count asks)."""
    found = doc.user_data.get(NATIONAL_SPEAKERS)
    if found is None:
        bodies = [e for e in ents_labelled(doc, "ORG") if is_national_body(doc, e)]
        officials = [e for e in ents_labelled(doc, "PERSON") if e.ent_id_.startswith(NATIONAL_OFFICIAL)]
        found = doc.user_data[NATIONAL_SPEAKERS] = sorted(bodies + officials, key=SPAN_START)
    return found


def national_body_without_region(
    doc: Doc, sent: Span, start: int, mentions: list, decided_for_the_region: bool = False
) -> bool:
    """'KASN mencatat 1.500 ASN ...', 'Bagja menjelaskan ... 33 rekomendasi' (a national body or official) with
    no region in the sentence (but where an event was held): a national figure; not what it decided of persons
    where `decided_for_the_region` ("KASN merekomendasikan sanksi terhadap 26 PNS" in a regency's story)."""
    labels = entity_labels(doc)[sent.start : start]
    if "ORG" not in labels and "PERSON" not in labels:
        return False  # no body nor official named before the count (most counts): none of them speaks
    speakers = national_speakers(doc)
    first = bisect.bisect_left(speakers, sent.start, key=SPAN_START)
    before_the_count = speakers[first : bisect.bisect_left(speakers, start, key=SPAN_START)]
    # no speaker before the count (most counts): False whatever the regions, whose event test is a costly search
    if not before_the_count or any(not is_event_place(doc, m[0]) for m in regions_in(doc, sent, mentions)):
        return False
    lower = lower_texts(doc)
    for e in before_the_count:
        if _sent_to_the_speaker(lower, sent.start, e.start):
            continue  # "Kami menerima surat dari KASN, bahwa ada 4 ASN ...": the speaker's own cases, KASN wrote of
        if e.start > sent.start and lower[e.start - 1] in lx.SOURCE_MARKERS:
            return True  # "Berdasarkan data Badan Kepegawaian Negara (BKN), tercatat 827 laporan ..."
        if (
            e.start > sent.start + 1
            and lower[e.start - 2] in lx.RECEIVED_BY
            and lower[e.start - 1] in lx.RECEIVED_BY_LINKS
        ) or (e.start > sent.start and lower[e.start - 1] in lx.RECORDED_BY):
            # "Pelanggaran yang tercatat di Bawaslu RI (yang dicatat Bawaslu RI) selama kampanye mencapai 158 laporan"
            return True
        texts, in_entity = token_texts(doc), entity_of_token(doc)
        following = [
            i
            for i in range(e.end, min(e.end + 8, start))
            if lower[i] not in ("telah", "sudah", "juga", "ri", "pusat")
            and not is_punct_text(texts[i])
            and in_entity.get(i, ("", ""))[1] != e.ent_id_
            and in_entity.get(i, ("", ""))[0] != "PERSON"
        ]
        # "MenPAN-RB Dodi Prasetya Kusuma mengungkapkan ...": the official's name may stand before the verb
        # (a headline's verb is capitalised too: "KASN Temukan 12 ASN")
        unnamed = [i for i in following if not texts[i].istitle()]
        verbs = _RECORDING_VERBS if decided_for_the_region else _RECORDING_OR_DECIDING
        if any(words and lower[words[0]] in verbs for words in (following, unnamed)):
            return True
        # "Ketua Bawaslu RI Rahmat Bagja mengatakan ada 130 laporan ...": the official says the figure itself
        if unnamed and lower[unnamed[0]] in lx.SPEECH_VERBS and start - unnamed[0] <= SAID_FIGURE_REACH:
            return True
        # "Pejabat KASN Rolly Hartono yang hadir di Salatiga menuturkan ...": past a relative clause on the
        # official, to the verb that says the figure
        if unnamed and lower[unnamed[0]] == "yang" and any(lower[i] in _RECORDING_OR_SAYING for i in unnamed):
            return True
    return False
