"""Scoring extracted tables against gold annotations.

Facts: a predicted fact is correct when file, fact_type, value, scope/region_code and (for violation
counts) status agree with a gold fact; matching is one-to-one. Predictions that match a gold
`optional_facts` entry are neither rewarded nor penalised. Articles: region set, election (type and
year), publication date (where the gold gives one) and violation-type set.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import partial
from pathlib import Path, PurePosixPath

import pandas as pd

from analysis.schemas import ARTICLES, FACTS
from analysis.tables import read_table

FACT_TYPES = ("asn_headcount", "violation_count", "related_candidates")
GOLD_FIELDS = {
    "asn_headcount": "asn_headcount",
    "violation_count": "violation_counts",
    "related_candidates": "related_candidates",
}


def read_gold(path: Path) -> list[dict]:
    records = []
    with path.open("r", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
                record = _with_fact_types_spelt_out(record)
                problem = _gold_problem(record)
                if problem:
                    raise ValueError(f"{path}:{number}: {problem}")
                records.append(record)
    return records


NATIONAL_SCOPE_NAMES = ("nasional", "national")  # the annotators' "scope" of a national figure
GOLD_FACT_TYPES = ("violation_count", "asn_headcount", "related_candidates")
# Spellings annotators use for the types of optional facts: the singular of a list's name, the list's name
FACT_TYPE_SPELLINGS = {"related_candidate": "related_candidates", "violation_counts": "violation_count"}


def _with_fact_types_spelt_out(record: dict) -> dict:
    """The record with its optional facts' types as the tables name them ('related_candidate' is
    'related_candidates')."""
    optional = record.get("optional_facts") or []
    if not any(item.get("fact_type") in FACT_TYPE_SPELLINGS for item in optional):
        return record
    spelt = [
        {**item, "fact_type": FACT_TYPE_SPELLINGS.get(item.get("fact_type"), item.get("fact_type"))}
        for item in optional
    ]
    return {**record, "optional_facts": spelt}


def _gold_problem(record: dict) -> str | None:
    """What keeps an annotation from being scored, or None."""
    if not record.get("file"):
        return "no 'file'"
    for k, item in enumerate(record.get("optional_facts") or []):
        if item.get("value") is not None and item.get("fact_type") not in GOLD_FACT_TYPES:
            return f"optional fact {k} of {record['file']} has no fact_type (one of {', '.join(GOLD_FACT_TYPES)})"
    return None


def _file_key(source_file: str) -> str:
    return PurePosixPath(source_file.split("#", 1)[0]).name


def _gold_key(fact_type: str, item: dict) -> tuple:
    # a figure without a region code is national, whichever field names it ("scope" or "region": "nasional")
    national = item.get("scope") in NATIONAL_SCOPE_NAMES or not item.get("region_code")
    region = "" if national else (item.get("region_code") or "")
    status = item.get("status", "") if fact_type == "violation_count" else ""
    return (fact_type, int(item["value"]), "national" if national else "regional", region, status)


def _pred_key(row: pd.Series) -> tuple:
    status = (row["status"] or "") if row["fact_type"] == "violation_count" else ""
    region = "" if row["scope"] == "national" else (row["region_code"] or "")
    return (row["fact_type"], int(row["value"]), row["scope"], region, status)


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0 if fn == 0 else 0.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def _judge_facts(gold: list[dict], facts: pd.DataFrame) -> tuple[dict, dict, list[dict]]:
    """Each predicted fact of an annotated article judged ('right', 'wrong' or 'optional', by the facts' index),
    the counts per fact type, and the mismatches."""
    counts = {t: Counter() for t in FACT_TYPES}
    outcomes: dict = {}
    errors = []
    gold_files = {g["file"] for g in gold}
    facts = facts[facts["source_file"].map(_file_key).isin(gold_files)]
    by_file = {f: grp for f, grp in facts.groupby(facts["source_file"].map(_file_key))}
    for record in gold:
        expected = Counter()
        for fact_type, field in GOLD_FIELDS.items():
            for item in record.get(field) or []:
                if item.get("value") is not None:
                    expected[_gold_key(fact_type, item)] += 1
        optional = [o for o in record.get("optional_facts") or [] if o.get("value") is not None]
        predicted = by_file.get(record["file"], facts.iloc[0:0])
        for index, row in predicted.iterrows():
            key = _pred_key(row)
            if expected[key] > 0:
                expected[key] -= 1
                counts[key[0]]["tp"] += 1
                outcomes[index] = "right"
            elif any(
                o["fact_type"] == key[0] and int(o["value"]) == key[1] and (o.get("region_code") or "") == key[3]
                for o in optional
            ):
                outcomes[index] = "optional"
            else:
                counts[key[0]]["fp"] += 1
                outcomes[index] = "wrong"
                errors.append(
                    {"file": record["file"], "error": "false_positive", "fact": list(key), "sentence": row["sentence"]}
                )
        for key, left in expected.items():
            if left > 0:
                counts[key[0]]["fn"] += left
                errors.append({"file": record["file"], "error": "missed", "fact": list(key)})
    return outcomes, counts, errors


def score_facts(gold: list[dict], facts: pd.DataFrame) -> tuple[dict, list[dict]]:
    """Per fact type and overall P/R/F1, plus the list of mismatches for inspection."""
    _, counts, errors = _judge_facts(gold, facts)
    scores = {t: _prf(c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}
    total = sum(counts.values(), Counter())
    scores["all"] = _prf(total["tp"], total["fp"], total["fn"])
    return scores, errors


def fact_outcomes(gold: list[dict], facts: pd.DataFrame) -> pd.Series:
    """Per row of `facts`: 'right' or 'wrong' as `score_facts` counts it, 'optional' (matches an optional gold
    fact: neither), or missing for a fact of an article without annotation."""
    outcomes, _, _ = _judge_facts(gold, facts)
    return pd.Series(outcomes, index=facts.index, dtype=object) if len(facts) else pd.Series([], dtype=object)


def _cell(row: pd.Series | None, col: str):
    """The value of an article row's column; None when the article or the value is missing."""
    return row[col] if row is not None and pd.notna(row[col]) else None


def _codes(value) -> list[str]:
    return sorted(str(value).split(";")) if value else []


def score_articles(gold: list[dict], articles: pd.DataFrame) -> tuple[dict, list[dict]]:
    rows = {_file_key(r["source_file"]): r for _, r in articles.iterrows()}
    tallies = {k: Counter() for k in ("region", "election", "date", "violation_types")}
    type_counts = Counter()  # violation-type labels over all articles: the F1 of the codes, not of the sets
    errors = []

    def check(name: str, file: str, ok: bool, expected, got) -> None:
        tallies[name]["total"] += 1
        tallies[name]["correct"] += int(ok)
        if not ok:
            errors.append({"file": file, "error": name, "expected": expected, "got": got})

    for record in gold:
        row = rows.get(record["file"])
        get = partial(_cell, row)
        check(
            "region",
            record["file"],
            _codes(get("region_codes")) == sorted(record.get("region_codes") or []),
            record.get("region_codes"),
            get("region_codes"),
        )
        election = record.get("election") or {}
        got_year = get("election_year")
        check(
            "election",
            record["file"],
            get("election_type") == election.get("type")
            and (int(got_year) if got_year is not None else None) == election.get("year"),
            election,
            {"type": get("election_type"), "year": got_year},
        )
        if record.get("published"):
            check(
                "date", record["file"], get("published") == record["published"], record["published"], get("published")
            )
        elif get("published"):
            errors.append({"file": record["file"], "error": "date_not_in_gold", "got": get("published")})
        expected_types, got_types = set(record.get("violation_types") or []), set(_codes(get("violation_types")))
        check(
            "violation_types",
            record["file"],
            got_types == expected_types,
            record.get("violation_types"),
            get("violation_types"),
        )
        type_counts.update(
            tp=len(got_types & expected_types), fp=len(got_types - expected_types), fn=len(expected_types - got_types)
        )
    result = {}
    for name, t in tallies.items():
        total = t["total"]
        result[name] = {
            "correct": t["correct"],
            "total": total,
            "accuracy": round(t["correct"] / total, 4) if total else None,
        }
    result["violation_types"]["labels"] = _prf(type_counts["tp"], type_counts["fp"], type_counts["fn"])
    return result, errors


def evaluate_tables(gold: list[dict], articles: pd.DataFrame, facts: pd.DataFrame) -> dict:
    fact_scores, fact_errors = score_facts(gold, facts)
    article_scores, article_errors = score_articles(gold, articles)
    matched = set(articles["source_file"].map(_file_key)) & {g["file"] for g in gold}
    return {
        "n_gold_articles": len(gold),
        "n_matched_articles": len(matched),
        "facts": fact_scores,
        "articles": article_scores,
        "errors": fact_errors + article_errors,
    }


EVIDENCE_FIELDS = ("asn_headcount", "violation_counts", "related_candidates", "optional_facts")


def evidence_problems(records: list[dict], articles_dir: Path) -> list[str]:
    """One line per annotation that does not hold against its text: an evidence phrase that is not a verbatim
    substring of the article. Records whose text is absent are not checked (see `present_records`)."""
    problems = []
    for record in present_records(records, articles_dir):
        text = (articles_dir / record["file"]).read_text(encoding="utf-8")
        for field in EVIDENCE_FIELDS:
            for item in record.get(field) or []:
                if item.get("text") and item["text"] not in text:
                    problems.append(f"{record['file']}: {field} evidence not in the text: {item['text']!r}")
    return problems


def present_records(records: list[dict], articles_dir: Path) -> list[dict]:
    """The annotations whose article text has been collected into `articles_dir` (texts of real news are not
    redistributed: a checkout may hold some, all or none of them)."""
    return [r for r in records if (articles_dir / r["file"]).is_file()]


def evaluate_paths(gold: Path, pred_dir: Path, only_present: bool = False) -> dict:
    """Score the tables in `pred_dir` (articles.csv, facts.csv) against the gold JSONL; with `only_present`,
    against the annotations of the articles the tables hold."""
    return evaluate_records(read_gold(gold), pred_dir, only_present)


def evaluate_tables_input(pred_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles and facts tables of `pred_dir` as scoring reads them: missing values None."""
    # unchecked: the scores are of what extraction wrote, as it wrote it (even a fact repeating a primary key)
    articles = read_table(pred_dir, "articles", ARTICLES, check=False)
    facts = read_table(pred_dir, "facts", FACTS, check=False)
    return articles.astype(object).where(articles.notna(), None), facts.astype(object).where(facts.notna(), None)


def evaluate_records(records: list[dict], pred_dir: Path, only_present: bool = False) -> dict:
    """`evaluate_paths` for gold records already read."""
    articles, facts = evaluate_tables_input(pred_dir)
    if only_present:
        files = set(articles["source_file"].map(_file_key))
        records = [r for r in records if r["file"] in files]
    return evaluate_tables(records, articles, facts)


def format_scores(scores: dict) -> str:
    lines = [
        f"gold articles: {scores['n_gold_articles']} (matched in predictions: {scores['n_matched_articles']})",
        f"{'fact type':<20} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn",
    ]
    for name, s in scores["facts"].items():
        lines.append(
            f"{name:<20} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}  {s['tp']:>3} {s['fp']:>3} "
            f"{s['fn']:>3}"
        )
    lines.append("article-level accuracy:")
    for name, s in scores["articles"].items():
        accuracy = "n/a" if s["accuracy"] is None else f"{s['accuracy']:.3f}"
        lines.append(f"  {name:<16} {accuracy} ({s['correct']}/{s['total']})")
    labels = scores["articles"]["violation_types"].get("labels")
    if labels:
        lines.append(
            f"violation-type codes: P {labels['precision']:.3f}  R {labels['recall']:.3f}  "
            f"F1 {labels['f1']:.3f}  (tp {labels['tp']}, fp {labels['fp']}, fn {labels['fn']})"
        )
    if scores.get("errors"):
        lines.append(f"mismatches: {len(scores['errors'])} (see the JSON output for details)")
    return "\n".join(lines)


def format_errors(scores: dict) -> str:
    """The mismatches, one line each: file, kind, and the fact or field (with the sentence of a false positive)."""
    lines = []
    for error in scores.get("errors", []):
        if "fact" in error:
            detail = " ".join(str(part) for part in error["fact"])
            sentence = f" | {error['sentence'][:160]}" if error.get("sentence") else ""
            lines.append(f"{error['file']}: {error['error']}: {detail}{sentence}")
        else:
            lines.append(
                f"{error['file']}: {error['error']}: expected {error.get('expected')!r}, got {error.get('got')!r}"
            )
    return "\n".join(lines)


REAL_NEWS_SETS = ("dev", "blind")
# A real-news set is scored where most of its texts are collected: the stored copies of a few pages cannot
# always be found again (tests/real/README.md); its scores are then those of the texts present.
MIN_SHARE_COLLECTED = 0.9


def collected_enough(records: list[dict], articles_dir: Path) -> bool:
    """Whether at least MIN_SHARE_COLLECTED of the annotated articles have their text in `articles_dir`."""
    return bool(records) and len(present_records(records, articles_dir)) >= MIN_SHARE_COLLECTED * len(records)


def real_news_summary(scores_by_set: dict[str, dict]) -> dict:
    """What the report and README say of extraction on real news: per annotated set, the facts' counts and
    P/R/F1 and the article attributes' accuracies (no text, no error list)."""
    summary = {}
    for name, scores in scores_by_set.items():
        articles = scores["articles"]
        summary[name] = {
            "articles": scores["n_gold_articles"],  # those scored: the annotated articles whose text is collected
            "facts": {k: scores["facts"]["all"][k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")},
            "attributes": {k: {"correct": v["correct"], "total": v["total"]} for k, v in articles.items()},
            "violation_type_codes_f1": articles["violation_types"]["labels"]["f1"],
        }
    return summary


def carry_over_summary(summary: dict, previous_path: Path) -> dict:
    """The summary with the sets it could not score taken from the one written before (a set whose texts are
    not collected here keeps the figures it was last scored with, rather than leaving the report)."""
    if not previous_path.exists():
        return summary
    previous = json.loads(previous_path.read_text(encoding="utf-8"))
    return {**{name: figures for name, figures in previous.items() if name not in summary}, **summary}


def write_scores(scores: dict, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(scores, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
