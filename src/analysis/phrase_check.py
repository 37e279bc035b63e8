"""Reading the annotations' evidence phrases alone: a check of the rules that needs no article text.

The real-news annotations (tests/real) are committed with a verbatim evidence phrase for every fact, while the
articles' texts are not and cannot always be collected again. Each phrase is read here as a short article of its
own, a lead naming the fact's place and the story's election above the phrase, and the fact counts as read when
a fact of its type and value (and, for a violation count, its status) comes out. This measures how the rules read
the phrases, not how they read articles: the rest of the article (its regions, what the phrase refers back to,
the list a line belongs to) is not there, so many phrases cannot be read alone, and the share read is well below
the article-level scores of `analysis evaluate`. Its use is the change between two versions of the rules.

Read alone, a phrase can only show a fact found or missed. Read together, an article's phrases make a skeleton of
it (a headline naming its regions and election, then each phrase as a paragraph, in the annotation's order), which
`analysis evaluate`'s scorer judges as it judges articles: a fact the skeleton yields that the annotation does not
hold (a status, region or value misread, a figure counted twice) is a false one, so the skeletons give precision
as well as recall. Every word of a skeleton is evidence of some annotated fact, but the skeleton is not the
article: its order and its headline are made, and what the article said between the phrases is missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pandas as pd
from spacy.language import Language

from analysis.evaluate import GOLD_FIELDS, NATIONAL_SCOPE_NAMES, score_articles, score_facts
from analysis.extract_documents import analyse_documents
from analysis.ingest.document import Document, article_id_for


@dataclass(frozen=True)
class PhraseCase:
    """One gold fact's evidence phrase, and the short article it is read in."""

    file: str
    fact_type: str
    value: int
    status: str | None
    lead: str
    phrase: str

    def expected(self) -> tuple:
        return (self.fact_type, self.value, self.status if self.fact_type == "violation_count" else None)


def _when(record: dict) -> str:
    """' pada Pilkada 2020': the annotation's election, as a headline names it ('' when it names none)."""
    election = record.get("election") or {}
    kind, year = (election.get("type") or "").title(), election.get("year") or ""
    return f" pada {kind} {year}".rstrip() if kind else ""


def _lead(record: dict, item: dict) -> str:
    """'Netralitas ASN di Kabupaten Bandung pada Pilkada 2020.': the place and election the phrase is about."""
    place = (item.get("scope") or item.get("region") or "").strip()
    where = "secara nasional" if not place or place.lower() in NATIONAL_SCOPE_NAMES else f"di {place}"
    return f"Netralitas ASN {where}{_when(record)}."


def phrase_cases(records: Iterable[dict]) -> list[PhraseCase]:
    """Every gold fact with a value and an evidence phrase, in file order."""
    cases = []
    for record in records:
        for fact_type, field in GOLD_FIELDS.items():
            for item in record.get(field) or []:
                if item.get("value") is None or not (item.get("text") or "").strip():
                    continue
                cases.append(
                    PhraseCase(
                        file=record["file"],
                        fact_type=fact_type,
                        value=int(item["value"]),
                        status=item.get("status"),
                        lead=_lead(record, item),
                        phrase=f"{item['text'].strip().rstrip('.')}.",
                    )
                )
    return cases


def _read(case: PhraseCase, facts: list[dict]) -> bool:
    got = {(f["fact_type"], f["value"], f["status"] if f["fact_type"] == "violation_count" else None) for f in facts}
    return case.expected() in got


def _article(k: int, case: PhraseCase) -> Document:
    """The lead as the headline, the phrase as the body (no cleaning: a phrase is shorter than any paragraph)."""
    text = f"{case.lead}\n\n{case.phrase}"
    return Document(source_file=f"phrase-{k}.txt", article_id=article_id_for(text), text=text, title=case.lead)


def read_phrases(cases: list[PhraseCase], nlp: Language) -> Iterator[tuple[PhraseCase, list[dict]]]:
    """Each case with the facts its short article yields."""
    documents = [_article(k, case) for k, case in enumerate(cases)]
    for case, result in zip(cases, analyse_documents(documents, nlp), strict=True):
        yield case, result.facts


def phrase_scores(outcomes: Iterable[tuple[PhraseCase, list[dict]]]) -> dict:
    """Per fact type: phrases read right, phrases in all, their share; and the phrases not read."""
    right, total, misses = Counter(), Counter(), []
    for case, facts in outcomes:
        total[case.fact_type] += 1
        if _read(case, facts):
            right[case.fact_type] += 1
        else:
            got = sorted((f["fact_type"], f["value"], f["status"] or None) for f in facts)
            misses.append({"file": case.file, "expected": list(case.expected()), "got": got, "phrase": case.phrase})
    by_type = {
        name: {"read": right[name], "phrases": total[name], "share": round(right[name] / total[name], 3)}
        for name in GOLD_FIELDS
        if total[name]
    }
    return {"by_fact_type": by_type, "read": sum(right.values()), "phrases": sum(total.values()), "misses": misses}


def format_phrase_scores(scores: dict) -> str:
    lines = ["evidence phrases read alone (a check of the rules, not an article-level score):"]
    for name, s in scores["by_fact_type"].items():
        lines.append(f"  {name:<20} {s['read']:>5} of {s['phrases']:<5} {s['share']:.3f}")
    share = scores["read"] / scores["phrases"] if scores["phrases"] else 0.0
    lines.append(f"  {'all':<20} {scores['read']:>5} of {scores['phrases']:<5} {share:.3f}")
    return "\n".join(lines)


def format_phrase_misses(scores: dict) -> str:
    """One line per phrase not read: file, the fact expected, what came out, the phrase."""
    return "\n".join(
        f"{m['file']}: expected {tuple(m['expected'])}, got {m['got']} | {m['phrase'][:160]}" for m in scores["misses"]
    )


# The fields whose phrases make a skeleton, in the order they are laid out: the violations that lead most stories,
# then the workforce, the candidates, and the figures annotated as optional (often a breakdown of those before)
SKELETON_FIELDS = ("violation_counts", "asn_headcount", "related_candidates", "optional_facts")
# A national story's opening names the national bodies whose figures it reports, as real leads do
NATIONAL_OPENING = "Jakarta - Bawaslu RI dan KASN memaparkan data pelanggaran netralitas ASN secara nasional."


def _headline(record: dict) -> str:
    """'Netralitas ASN di Kabupaten A, Kota B pada Pilkada 2020': the regions and election of the annotation."""
    regions = ", ".join(name.strip() for name in record.get("regions") or [] if name.strip())
    return f"Netralitas ASN {f'di {regions}' if regions else 'secara nasional'}{_when(record)}"


def _paragraph(phrase: str) -> str:
    phrase = phrase.strip().rstrip(".")
    return f"{phrase[:1].upper()}{phrase[1:]}."


def skeleton_article(record: dict) -> Document:
    """The annotation's evidence phrases, each once, as the paragraphs of an article under a made headline."""
    phrases = dict.fromkeys(
        (item.get("text") or "").strip() for field in SKELETON_FIELDS for item in record.get(field) or []
    )
    paragraphs = [_paragraph(phrase) for phrase in phrases if phrase]
    if not record.get("regions"):
        paragraphs.insert(0, NATIONAL_OPENING)
    headline = _headline(record)
    text = "\n\n".join([headline, *paragraphs])
    return Document(source_file=record["file"], article_id=article_id_for(text), text=text, title=headline)


def read_skeletons(records: list[dict], nlp: Language) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The article rows and the facts of every record's skeleton article, as `analysis evaluate` reads them."""
    documents = [skeleton_article(record) for record in records]
    results = list(analyse_documents(documents, nlp))
    articles = pd.DataFrame(
        [{**result.article, "source_file": doc.source_file} for doc, result in zip(documents, results, strict=True)]
    )
    facts = pd.DataFrame(
        [
            {**fact, "source_file": doc.source_file}
            for doc, result in zip(documents, results, strict=True)
            for fact in result.facts
        ],
        columns=["source_file", "fact_type", "value", "scope", "region_code", "status", "sentence"],
    )
    return articles, facts


def skeleton_scores(records: list[dict], articles: pd.DataFrame, facts: pd.DataFrame) -> dict:
    """Facts P/R/F1 of the skeleton articles per fact type and in all, the violation-type labels' (the phrases
    seldom name what was done, so recall says little; a type the phrases do not support is false), and the
    mismatches of facts and of types."""
    scores, errors = score_facts(records, facts)
    article_scores, article_errors = score_articles(records, articles)
    type_errors = [e for e in article_errors if e["error"] == "violation_types"]
    return {
        "facts": scores,
        "violation_type_labels": article_scores["violation_types"]["labels"],
        "errors": errors + type_errors,
    }


def format_skeleton_scores(scores: dict) -> str:
    lines = ["evidence phrases read together, as skeleton articles (as `evaluate` scores them):"]
    for name, s in scores["facts"].items():
        lines.append(f"  {name:<20} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    types = scores["violation_type_labels"]
    lines.append(f"  {'violation types':<20} P {types['precision']:.3f}  R {types['recall']:.3f}  (labels)")
    return "\n".join(lines)


def format_skeleton_errors(scores: dict) -> str:
    """One line per mismatch: file, false or missed, the fact (type, value, scope, region, status), the sentence;
    or the violation types expected and found."""
    return "\n".join(
        f"{e['file']}: violation types, expected {e['expected']}, got {e['got']}"
        if e["error"] == "violation_types"
        else f"{e['file']}: {e['error']} {tuple(e['fact'])}"
        + (f" | {e['sentence'][:160]}" if e.get("sentence") else "")
        for e in scores["errors"]
    )
