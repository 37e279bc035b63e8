"""Lists and tables of regions in an article: which sentences list regions with their figures (about violations,
not other offences or other people's), what became of the figures, and the total a list breaks down."""

from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import (
    doc_text,
    ents_labelled,
    get_norm,
    is_punct_text,
    lower_texts,
    span_text,
    token_starts,
    token_texts,
)
from analysis.nlp.facts.dismissal import dismissed
from analysis.nlp.facts.mixed import neutrality_ranked_first
from analysis.nlp.facts.others import (
    about_others,
    holds_other_kind_or_people_as_word,
    led_by_other_offences,
    neutrality_leads_the_kinds,
)
from analysis.nlp.facts.reading import ranks
from analysis.nlp.facts.state import Article, Fact
from analysis.nlp.facts.totals import refers_back_to_a_total_not_counted
from analysis.nlp.facts.where import regions_in
from analysis.nlp.region_lists import SHARED_TOTAL_LINK, ListItem, list_items, opens_with_list_word
from analysis.nlp.status import STATUS_CUES, states_status, status_words, violation_status

LIST_GAP = 3  # sentences between a list and what it goes on with or breaks down


def region_list_items(article: Article, sent: Span) -> dict[int, ListItem]:
    """The items of the region list in this sentence, if it is one about violations (see `region_lists`)."""
    doc, lists, starts = article.doc, article.lists, article.starts
    found = lists.items.get(sent.start)
    if found is not None:
        return found
    lists.items[sent.start] = {}
    if lists.mention_starts is None:
        lists.mention_starts = [m[0] for m in article.mentions]
    named = bisect.bisect_left(lists.mention_starts, sent.end_char) - bisect.bisect_left(
        lists.mention_starts, sent.start_char
    )
    if named == 0:
        return {}  # no region named: no list (most sentences with a number), whatever the sentences before say
    lower = lower_texts(doc)
    n = article.sent_index.get(sent.start, 0)
    previous = _list_gone_on_with(article, n)
    row = _table_row(article, sent)  # "Sinjai: 2 ASN ...", a line of a table: goes on with the lines above it
    if row and any(starts[k] in lists.of_other_offences for k in range(n - 1, max(-1, n - 1 - LIST_GAP), -1)):
        lists.of_others.add(sent.start)  # a table of other offences' figures goes on ("Lebong: 5 laporan")
        lists.of_other_offences.add(sent.start)
        return {}
    continues = previous is not None and (row or _goes_on_with_a_list(lower[sent.start : sent.end]))
    if named == 1 and not (continues or row) and not ranks_regions(lower[sent.start : sent.end]):
        return {}  # one region can only be a list's item where a list goes on or a ranking is announced
    regions = [(m[0], m[1], m[2]) for m in regions_in(doc, sent, article.mentions)]
    if not regions:
        return {}
    figures = [
        (q.start_char, q.end_char, int(get_norm(doc, q)))
        for q in article.quantities.values()
        if sent.start <= q.start < sent.end and get_norm(doc, q).isdigit()
    ]
    items = list_items(doc, sent, regions, figures)
    if not items:
        if figures and about_others(sent):
            lists.of_others.add(sent.start)  # "Kabupaten A dengan 9 kepala desa, B 5 kepala desa"
        return {}
    previous_sent = article.previous_sentence(sent)
    neutral_words_here = not lx.NEUTRALITY_CUES.isdisjoint(lower[sent.start : sent.end])
    if not neutral_words_here and not continues and _of_other_offences(article, n, items):
        lists.of_others.add(sent.start)
        lists.of_other_offences.add(sent.start)  # no neutrality count either (`of_the_neutrality_cases`)
        return {}
    if about_others(sent) or (not neutral_words_here and previous_sent is not None and about_others(previous_sent)):
        lists.of_others.add(sent.start)
        return {}  # the figures of soldiers, police or village heads, region by region
    if not (neutral_words_here or continues) and previous_sent is not None and previous_sent.start in lists.of_others:
        lists.of_others.add(sent.start)
        return {}  # "Disusul Kabupaten B 17 kasus, ...": a ranking of others' figures or of every offence goes on
    if (
        len(items) < 2
        and not (continues or row)
        and (len(items[0].codes) < 2 or _shared_by_its_places(doc, items[0]))
        and not ranks_regions(lower[sent.start : sent.end])
    ):
        return {}
    # the passage the list belongs to, back to a list of others' figures at most
    first = max(
        [max(0, n - LIST_GAP)] + [k + 1 for k in range(max(0, n - LIST_GAP), n) if starts[k] in lists.of_others]
    )
    context = lower[starts[first] : sent.end]
    if not continues and (lx.LIST_VIOLATION_WORDS.isdisjoint(context) or lx.NEUTRALITY_CUES.isdisjoint(context)):
        lists.of_others.add(sent.start)
        return {}  # a list of other offences ("Kabupaten A dengan 20 pelanggaran" of a Pilkada in general)
    if not continues and _lead_dismisses(article, sent, items):
        lists.of_others.add(sent.start)
        lists.of_other_offences.add(sent.start)
        return {}  # "Yang dihentikan: dua kasus di Kabupaten A dan tiga di B": no violations
    status = lists.status[previous] if continues else _list_status(article, sent, n, items)
    named = [i.unit for i in items if i.unit]
    unit = named[0] if named else lists.unit.get(previous, "") if continues else ""
    # a table's first row takes the noun of its heading ("Kabupaten | Jumlah kasus")
    said_from = previous_sent.start if row and previous_sent is not None else sent.start
    unit = unit or ("cases" if "kasus" in lower[said_from : sent.end] else "persons")
    lists.status[sent.start], lists.unit[sent.start] = status, unit
    lists.items[sent.start] = {i.start_char: dataclasses.replace(i, unit=i.unit or unit) for i in items}
    lists.item_status.update(_item_statuses(doc, sent, items))
    return lists.items[sent.start]


def _goes_on_with_a_list(words: list[str]) -> bool:
    """Whether a sentence after a list goes on with it: opened by a list word ("Lalu Kabupaten A 2 orang"), or a
    ranking that ranks its places further ("B berada di urutan berikutnya dengan 48 orang, disusul C 41 orang"),
    unless it turns to another offence or other people."""
    return opens_with_list_word(words) or (
        ranks_regions(words) and not holds_other_kind_or_people_as_word(f" {' '.join(words)} ")
    )


def opens_on_a_total_before(lower: list[str], start: int) -> bool:
    """Whether the sentence at `start` opens on a total stated before ("Dari jumlah itu, ...", "Dari kasus tersebut"),
    of which it tells a part."""
    return lower[start : start + 1] == ["dari"] and tuple(lower[start + 1 : start + 3]) in lx.ANAPHORA


def _shared_by_its_places(doc: Doc, item: ListItem) -> bool:
    """'meliputi Kabupaten A, B dan C sebanyak empat laporan': one total of the places named together, no list (not
    a ranking's tie, 'Kabupaten D dan E 12 kasus', nor 'masing-masing sebanyak 3 kasus')."""
    text = doc_text(doc)
    return (
        item.mentions[-1] < item.start_char
        and SHARED_TOTAL_LINK.search(text, item.mentions[-1], item.start_char) is not None
        and "masing" not in text[item.mentions[-1] : item.start_char].lower()
    )


def ranks_regions(words: list[str]) -> bool:
    """Whether the words rank places, not the kinds of case ("..., dan kasus netralitas ASN teratas")."""
    return ranks(words) and not neutrality_ranked_first(words)


def _list_gone_on_with(article: Article, n: int) -> int | None:
    """The start of the list sentence n may go on with: "Lalu Kabupaten A 2 orang, ..." after a line or two of
    something else (a link to another story, a photo caption), unless a list of others' figures came between
    ("Sementara itu menyusul, A dengan 6 pelanggaran" goes on with the list of all offences)."""
    lists, starts = article.lists, article.starts
    previous = next(
        (starts[k] for k in range(n - 1, max(-1, n - 1 - LIST_GAP), -1) if lists.items.get(starts[k])), None
    )
    if previous is not None and any(s in lists.of_others for s in starts[article.sent_index[previous] + 1 : n]):
        return None
    return previous


def _of_other_offences(article: Article, n: int, items: list[ListItem]) -> bool:
    """Whether a new list that names no neutrality is of every kind of offence: led by other offences' figures,
    adding up to a total of every kind ("... menangani 3 dugaan pelanggaran. Yang masih berjalan di A ada 2 dan B
    ada 1"), referring back to one ("Dari temuan itu, kasus terbanyak ada di A dengan 12, disusul B 9"), or in a
    story that ranks neutrality first of the kinds it counts."""
    return (
        led_by_other_offences(article, n)
        or bool(neutrality_leads_the_kinds(article))
        or _adds_up_to_a_total_not_counted(article, n, items)
        or refers_back_to_a_total_not_counted(article, n)
    )


def _adds_up_to_a_total_not_counted(article: Article, n: int, items: list[ListItem]) -> bool:
    """Whether the list's figures add up to a count of the sentences just before that was not recorded (a count
    of every kind of offence, which the list breaks down region by region)."""
    if sum(len(i.codes) for i in items) < 2:
        return False  # one figure equal to another is no breakdown
    total = sum(len(i.codes) * i.value for i in items)
    since, until = article.starts[max(0, n - LIST_GAP)], article.starts[n]
    return any(
        since <= start < until and get_norm(article.doc, article.quantities[start]) == str(total)
        for start in article.not_counted
    )


def _lead_dismisses(article: Article, sent: Span, items: list[ListItem]) -> bool:
    """Whether the words before a list's first item say its cases were stopped or are no violations ("Kasus yang
    dihentikan yakni ...", "Yang tidak terbukti ...")."""
    first = min(i.start_char for i in items)
    chars = token_starts(article.doc)
    lead = [w for i, w in enumerate(article.lower[sent.start : sent.end], sent.start) if chars[i] < first]
    return dismissed(lead)


def _list_status(article: Article, sent: Span, n: int, items: list[ListItem]) -> str:
    """What became of a new list's figures: what its lead says, else what became of the total it breaks down."""
    doc, lower, chars = article.doc, article.lower, token_starts(article.doc)
    first = min(items, key=lambda i: i.start_char)
    before = [
        i for i in range(sent.start, sent.end) if chars[i] < first.start_char and lower[i] not in lx.CLAUSE_BREAKS
    ]
    items_sum = sum(len(i.codes) * i.value for i in items)
    if not set(status_words(doc, before, [])) & _DECIDING_CUES:
        before = _heading_lead(article, sent) or before  # a table's first row: what its heading says of the rows
    if set(status_words(doc, before, [])) & _DECIDING_CUES:
        status = violation_status(doc, before, [])
    else:
        # a list that says no more of its cases than that they are there ("kasus ... ini terdapat di Kabupaten
        # Supiori 6 kasus, ...") breaks down a total stated before it, and keeps its decision
        earlier = _total_broken_down(article, n, items_sum, of_those_last=lower[sent.start] == "mereka")
        status = earlier.status if earlier is not None and earlier.status in ("proven", "sanctioned") else "reported"
    if status == "reported":
        # "tujuh ASN yang tercatat ... tersebut diantaranya Kutai Timur dua ASN, ...": the total the list breaks
        # down, named again in its sentence, keeps what became of it
        restated = _total_restated(article, sent, first.start_char, items_sum)
        status = restated.status if restated is not None and restated.status in ("proven", "sanctioned") else status
    return status


_DECIDING_CUES = STATUS_CUES - lx.PRESENCE_WORDS


def _heading_lead(article: Article, sent: Span) -> list[int]:
    """The words of the heading a table's row stands under ("Berikut 5 instansi ... yang mendapatkan rekomendasi
    KASN:"), when the sentence before is one; else none."""
    heading = article.previous_sentence(sent)
    if heading is None or not span_text(heading).rstrip().endswith(":"):
        return []
    return [i for i in range(heading.start, heading.end) if article.lower[i] not in lx.CLAUSE_BREAKS]


TABLE_ROW_MARKS = {":", "-", "–", "—", "|"}


def _table_row(article: Article, sent: Span) -> bool:
    """'Pinrang: 16 ASN dan telah diteruskan ke KASN', '- Sigi 12 ASN', 'Sulawesi Selatan 120', 'Poso | 9': a line
    of a table of regions, under a heading that ends with a colon ('Berikut rincian kasus netralitas ASN di
    Sulsel:'), under a table's header ('Kabupaten | Jumlah kasus') or under another such line."""
    previous = article.previous_sentence(sent)
    if previous is None:
        return False
    lists = article.lists
    if not (
        lists.items.get(previous.start)
        or previous.start in lists.of_other_offences  # a row of a table of other offences' figures
        or _heading(span_text(previous).rstrip())
    ):
        return False
    texts, chars = token_texts(article.doc), token_starts(article.doc)
    first = next((i for i in range(sent.start, sent.end) if not is_punct_text(texts[i])), None)
    if first is None:
        return False
    region = next((m for m in article.mentions if m[0] == chars[first]), None)
    if region is None:
        return _figure_first_row(article, sent, first)
    after = next((i for i in range(first, sent.end) if chars[i] >= region[1]), sent.end)
    if after < sent.end and texts[after] in TABLE_ROW_MARKS:
        after += 1
    return after < sent.end and after in article.quantities


ROW_PLACE_LINKS = {"untuk", "di", "dari"}
ROW_NOUN_REACH = 3  # tokens from the figure to the word that links it to its region: "41 orang ASN untuk"


def _figure_first_row(article: Article, sent: Span, first: int) -> bool:
    """'41 ASN untuk Kabupaten Wonosobo.': a line that gives its figure, its noun and its region, and ends there."""
    figure = article.quantities.get(first)
    if figure is None:
        return False
    texts, chars = token_texts(article.doc), token_starts(article.doc)
    link = next(
        (
            i
            for i in range(figure.end, min(sent.end, figure.end + ROW_NOUN_REACH))
            if article.lower[i] in ROW_PLACE_LINKS
        ),
        None,
    )
    if link is None or link + 1 >= sent.end:
        return False
    region = next((m for m in article.mentions if m[0] == chars[link + 1]), None)
    return region is not None and all(
        is_punct_text(texts[i]) or texts[i].isspace() for i in range(link + 1, sent.end) if chars[i] >= region[1]
    )


def _heading(line: str) -> bool:
    """A line that ends with a colon, or a table's header: what a table's first row follows."""
    return line.endswith(":") or _table_header(line)


def _table_header(line: str) -> bool:
    """'Kabupaten | Jumlah kasus': the header of a table whose rows are regions and their figures."""
    return "|" in line and not any(ch.isdigit() for ch in line)


def _total_broken_down(article: Article, n: int, items_sum: int, of_those_last: bool = False) -> Fact | None:
    """The total a list of regions breaks down: the largest count before it in the body that can hold the list's
    figures ("Bawaslu merekomendasikan 20 kasus ..." in the lead, the regencies' figures paragraphs later; "694
    ASN dilaporkan ..., 492 direkomendasikan ... . ... Purbalingga (56 orang), ...": a ranking breaks down the
    whole, not the part decided on), else the largest of the sentences right before it. Of equal counts, the
    later: the body's restatement of a headline figure says more of it."""
    starts = article.starts
    near = [f for k in range(max(0, n - LIST_GAP), n) for f in article.violations.get(starts[k], [])]
    if of_those_last:
        # "Mereka tersebar di ... Kabupaten A 56 ASN, ...": they are those counted last (however many sentences of
        # their ranks and offices came between), not the largest count
        last = [f for k in range(n) for f in article.violations.get(starts[k], []) if f.value >= items_sum]
        if last:
            return max(last, key=lambda f: f.start_char)
    body = [
        f
        for k in range(0, max(0, n - LIST_GAP))
        for f in article.violations.get(starts[k], [])
        if f.start_char >= article.title_end and f.value >= items_sum
    ]
    return max(body + near, key=lambda f: (f.value, f.start_char), default=None)


def _total_restated(article: Article, sent: Span, first_char: int, items_sum: int) -> Fact | None:
    """The count stated before that the list's sentence names again before its first item, as the sum of its
    items ("tujuh ASN ... tersebut diantaranya A dua ASN, B lima ASN"), or None."""
    doc = article.doc
    named_again = any(
        sent.start <= q.start and q.start_char < first_char and get_norm(doc, q) == str(items_sum)
        for q in article.quantities.values()
    )
    if not named_again:
        return None
    return next(
        (
            f
            for f in reversed(article.facts)
            if f.fact_type == "violation_count" and f.value == items_sum and f.start_char < sent.start_char
        ),
        None,
    )


def _item_statuses(doc: Doc, sent: Span, items: list[ListItem]) -> dict[int, str]:
    """An item's own status, said between it and the next item: 'di Kota A 4 yang masih ditangani, di Kabupaten B
    3 ASN direkomendasikan' (figure start -> status, for the items that say one). Not past another figure: in
    'Kabupaten A 12 kasus, satu dihentikan, dan 11 direkomendasikan' the decisions are the parts'."""
    chars, ordered, found = token_starts(doc), sorted(items, key=lambda i: i.start_char), {}
    figures = [q.start_char for q in ents_labelled(doc, "QUANTITY") if sent.start <= q.start < sent.end]
    for item, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = min(following.mentions, default=following.start_char) if following else sent.end_char
        end = min([end, *(f for f in figures if item.end_char <= f)])
        tokens = [t for t in range(sent.start, sent.end) if item.end_char <= chars[t] < end]
        if states_status(doc, [], tokens):
            found[item.start_char] = violation_status(doc, [], tokens)
    last = ordered[-1]
    if len(found) == 1 and last.start_char in found and _closes_the_list(doc, sent, last):
        # "17 di A, 8 di B, dan 8 di C yang telah direkomendasikan": the clause that closes the list is every item's
        return dict.fromkeys((item.start_char for item in ordered), found[last.start_char])
    return found


def _closes_the_list(doc: Doc, sent: Span, last: ListItem) -> bool:
    """Whether a relative clause follows the last item and its region: '..., dan 8 di Kabupaten C yang ...'."""
    after = max([last.end_char, *last.mentions])
    return _RELATIVE_AFTER_ITEM.match(doc_text(doc), after, sent.end_char) is not None


# the rest of the last item's region name (or noun), no figure nor break, then "yang"
_RELATIVE_AFTER_ITEM = re.compile(r"[^\W\d_]*(\s+[^\W\d_]+){0,4}?\s+yang\b", re.IGNORECASE)


LIST_TOTAL_WORDS = lx.TOTAL_WORDS | {"sehingga"}
LIST_TOTAL_REACH = 4  # words before the total: "..., yang jumlahnya ada 15 kasus"


def region_of_a_list_total(article: Article, sent: Span, start: int, start_char: int, value: int) -> str:
    """'1 kasus di Kota A, 5 kasus di Kabupaten B, ..., yang jumlahnya ada 15 kasus': the total that ends a list
    in its sentence is of the province its regions share (else the article's), not of its last region; '' for any
    other count."""
    items = [i for i in article.lists.items.get(sent.start, {}).values() if i.start_char < start_char]
    if len(items) < 2:
        return ""
    lower = article.lower
    named_a_total = not LIST_TOTAL_WORDS.isdisjoint(lower[max(sent.start, start - LIST_TOTAL_REACH) : start])
    counted = {f.start_char: f.value for f in article.violations.get(sent.start, []) if f.start_char < start_char}
    if not named_a_total and value != sum(counted.values()):  # the items, and any count the list opens with
        return ""
    provinces = {code[:2] for i in items for code in i.codes}
    return provinces.pop() if len(provinces) == 1 else article.region
