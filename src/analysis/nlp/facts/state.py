"""What the passes over an article's numbers share: the facts, the article as read so far, one number."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import (
    CACHES,
    SENTENCES,
    doc_text,
    ents_labelled,
    lower_texts,
    sentence_of,
    sentence_starts_of,
)
from analysis.nlp.profile import META, PROFILE
from analysis.nlp.region_lists import ListItem

ENT_IDS = "_ent_ids"  # user_data key: token index -> (label, id) of the entity holding it
ENT_LABELS = "_ent_labels"  # user_data key: the label of the entity holding each token, "" outside any
ELECTIONS_IN = "_elections_in"  # user_data key: sentence start -> the election mentions in it (`elections_in`)
REGIONS_IN = "_regions_in"  # user_data key: sentence start -> the region mentions in it (`regions_in`)
NATIONAL_SPEAKERS = "_national_speakers"  # user_data key: national bodies and officials (`national_speakers`)
ABOUT_OTHERS = "_about_others"  # user_data key: (start, end) of a sentence -> `about_others` of it
CACHES = (*CACHES, ENT_IDS, ENT_LABELS, ELECTIONS_IN, REGIONS_IN, NATIONAL_SPEAKERS, ABOUT_OTHERS)


@dataclass
class Fact:
    fact_type: str
    value: int
    unit: str
    status: str
    scope: str
    region_code: str
    election_type: str
    election_year: int | None
    sentence: str
    start_char: int
    end_char: int
    rule: str = ""  # the pass that read it (region_list, count, count_each_region): its confidence is the rule's

    def key(self) -> tuple:
        return (
            self.fact_type,
            self.value,
            self.scope,
            self.region_code,
            self.status,
            self.election_type,
            self.election_year,
        )

    def to_dict(self) -> dict:
        return dict(vars(self))  # dataclasses.asdict deep-copies field by field: slow, and the fields are scalars


@dataclass
class RegionLists:
    """The region lists read so far in an article, per sentence start: figure start -> item, and the status."""

    items: dict[int, dict[int, ListItem]] = dataclasses.field(default_factory=dict)
    status: dict[int, str] = dataclasses.field(default_factory=dict)
    unit: dict[int, str] = dataclasses.field(default_factory=dict)
    mention_starts: list[int] | None = None  # where the article's region mentions start, in order
    item_status: dict[int, str] = dataclasses.field(default_factory=dict)  # figure start -> the item's own status
    # sentences holding a list of regions' figures of something else (other offences, other people)
    of_others: set[int] = dataclasses.field(default_factory=set)
    of_other_offences: set[int] = dataclasses.field(default_factory=set)  # lists led by other offences' cases


@dataclass
class Article:
    """What the passes over an article's numbers share: the article as the profile read it, and what they
    have found so far (each pass reads and adds to it; nothing else is kept between numbers)."""

    doc: Doc
    mentions: list  # (start_char, end_char, code, explicit) of the region mentions
    region: str  # the article's own region: the first of its region codes, or ""
    election: tuple[str, int | None]  # the article's election type and year
    published: str
    national_story: bool
    title_end: int
    quantities: dict[int, Span]  # token start -> QUANTITY entity
    quantity_ends: set[int]
    starts: list[int]  # sentence starts
    sent_index: dict[int, int]  # sentence start -> its number
    lower: list[str]  # the doc's words, as the rules read them (`lower_texts`): asked of most words of every count
    facts: list[Fact] = dataclasses.field(default_factory=list)
    seen: dict[tuple, int] = dataclasses.field(default_factory=dict)  # fact key -> index in facts
    regionless_headlines: set[int] = dataclasses.field(default_factory=set)  # headline facts given the article's region
    violations: dict[int, list[Fact]] = dataclasses.field(
        default_factory=dict
    )  # sentence start -> its violation counts
    violation_rankings: set[int] = dataclasses.field(default_factory=set)  # sentences that rank regions by violators
    last_kind: dict[int, str] = dataclasses.field(default_factory=dict)  # sentence start -> last counted noun's kind
    referenced: dict[int, Fact] = dataclasses.field(
        default_factory=dict
    )  # sentence start -> the fact it refers back to
    totals: set[int] = dataclasses.field(default_factory=set)  # starts of the totals M in "N dari M ..."
    not_counted: set[int] = dataclasses.field(default_factory=set)  # starts of the counts of cases not recorded
    lists: RegionLists = dataclasses.field(default_factory=RegionLists)
    previous_sentences: dict[int, Span | None] = dataclasses.field(default_factory=dict)  # start -> sentence before
    sentences: dict[int, Span] = dataclasses.field(default_factory=dict)  # sentence number -> its Span (`sentence_of`)
    neutrality_rankings: frozenset[int] | None = None  # where neutrality leads the kinds (`neutrality_leads_the_kinds`)

    @classmethod
    def of(cls, doc: Doc) -> Article:
        profile, meta = doc.user_data.get(PROFILE, {}), doc.user_data.get(META, {})
        codes = profile.get("region_codes", [])
        quantities = {e.start: e for e in ents_labelled(doc, "QUANTITY")}
        starts = sentence_starts_of(doc)
        return cls(
            doc=doc,
            mentions=profile.get("mentions", []),
            region=codes[0] if codes else "",
            election=(profile.get("election_type", "unknown"), profile.get("election_year")),
            published=meta.get("published", ""),
            national_story=profile.get("national", False),
            title_end=int(meta.get("title_end", 0)),
            quantities=quantities,
            quantity_ends={e.end for e in quantities.values()},
            starts=starts,
            sent_index=dict(zip(starts, range(len(starts)), strict=True)),
            lower=lower_texts(doc),
            sentences=doc.user_data.setdefault(SENTENCES, {}),  # the very Spans `sentence_of` makes and keeps
        )

    @functools.cached_property
    def about_neutrality(self) -> bool:
        """Whether the text speaks of the neutrality of ASN at all (read once, for the first count of cases)."""
        text = doc_text(self.doc)
        return _NEUTRAL.search(text) is not None and _names_civil_servants(self.doc, text)

    def sentence_holding(self, i: int) -> Span:
        """The sentence holding token i: `sentence_of`, without asking the doc for its sentence starts again."""
        sent = self.sentences.get(bisect.bisect_right(self.starts, i) - 1)
        return sent if sent is not None else sentence_of(self.doc, i)

    def previous_sentence(self, sent: Span) -> Span | None:
        """The sentence before this one (asked several times for each count: found once)."""
        found = self.previous_sentences.get(sent.start, False)
        if found is False:
            n = self.sent_index.get(sent.start, 0)
            found = self.previous_sentences[sent.start] = self.sentence_holding(self.starts[n - 1]) if n > 0 else None
        return found

    def next_sentence(self, sent: Span) -> Span | None:
        """The sentence after this one, None at the end."""
        return self.sentence_holding(sent.end) if sent.end < len(self.doc) else None

    def keep_new_facts(self, new_facts: list[Fact], regionless_headline: bool) -> None:
        """Add the facts not stated already; a figure stated again in the body replaces its headline statement."""
        for fact in new_facts:
            key = fact.key()
            index = self.seen.get(key)
            if index is not None:
                # the same figure again: one fact, evidenced in the body rather than in the headline
                if self.facts[index].start_char < self.title_end <= fact.start_char:
                    self.facts[index] = fact
                    self.regionless_headlines.discard(index)
                continue
            self.seen[key] = len(self.facts)
            if regionless_headline:
                self.regionless_headlines.add(len(self.facts))
            self.facts.append(fact)


_ASN_NAMED_IN_FULL = tuple(lx.ASN_IN_FULL)
# "netral" in the lower-cased text, without lower-casing all of it (no other character lower-cases to its letters)
_NEUTRAL = re.compile("netral", re.IGNORECASE)


def _names_civil_servants(doc: Doc, text: str) -> bool:
    """Whether the text names civil servants: "ASN", "PNS" or "KASN" as words (not "tugasnya"), or in full."""
    if not lx.ASN_ABBREVIATIONS.isdisjoint(lower_texts(doc)):
        return True
    lower_text = text.lower()
    return any(name in lower_text for name in _ASN_NAMED_IN_FULL)


@dataclass
class Count:
    """One number as the passes read it: where it stands, what it counts, and the words of its clause."""

    ent: Span
    sent: Span
    value: int
    prev_tok: str  # the word right before the number
    kind: str = ""  # what the noun counts: cases, asn, persons, candidates, running (officials who stand)
    noun_end: int = 0  # token after the counted noun
    part_of_violations: bool = False  # the noun is left out and taken from a violation count stated before
    asn_named_before: bool = False  # "pelanggaran netralitas ASN sebanyak 12": the ASN are named before the number
    case_handled: bool = False  # "5 orang diteruskan ke BKN": persons whose case a body handled, ASN violators
    restates: Fact | None = None  # the earlier fact that "2 ASN ini", "tiga kasus tersebut" speaks of again
    named_alone: bool = False  # officials named with no number ("Camat A, Fulan, dilaporkan"): always of a place
    before: list[int] = dataclasses.field(default_factory=list)  # the clause's tokens before the number
    after: list[int] = dataclasses.field(default_factory=list)  # and after its noun
    words_before: list[str] = dataclasses.field(default_factory=list)  # ten words of the clause before the number
