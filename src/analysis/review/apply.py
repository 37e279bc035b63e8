"""Applying people's decisions to the extracted facts, on every run.

- A fact's decisions are grouped by reviewer; a reviewer's latest (by date, then file and row) is theirs.
- When the reviewers agree (same decision, same corrections), it is applied: `review` accepted, corrected,
  rejected, `reviewer` the names (';'). A corrected fact takes the person's fields and says what changed
  (`corrected`); a rejected one stays in facts, flagged, and leaves the panel (`panel_facts`).
- When they disagree, nothing is applied: the fact stays unreviewed and every row is logged as a `conflict`.
- A decision whose fact is not extracted any more is `stale`: its article's text changed (the same file or
  address now has another content hash) or the rules no longer read that fact. Never dropped silently.
- An added fact enters with its evidence: the phrase found in the article's text gives its span, sentence and
  fact_id (rule `person`, no confidence); a phrase not in the text is `stale`, one the extraction already
  reads is `exists` (accept or correct that fact instead).

The log (`review_log`) has one row per decision with its outcome, in the order of the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.reference.gazetteer import load_gazetteer
from analysis.review.decisions import FACT_FIELDS, Decision
from analysis.review.ids import fact_id

REVIEWED = {"accept": "accepted", "correct": "corrected", "reject": "rejected", "add": "added"}
LOG_COLUMNS = ("file", "row", "fact_id", "decision", "reviewer", "date", "outcome", "detail")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Reviewed:
    facts: pd.DataFrame
    log: pd.DataFrame


def _plain(value):
    return None if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else value


def _changes(fact: dict, decision: Decision) -> dict:
    """The fields a correction changes: {field: (machine, person)}."""
    changes = {}
    for name, value in decision.fields.items():
        machine = _plain(fact.get(name))
        machine = int(machine) if name in ("value", "election_year") and machine is not None else machine
        person = value if value not in ("", None) else None
        if (machine or None) != person and not (machine == 0 and person == 0):
            changes[name] = (machine, person)
    return changes


def _verdict(fact: dict | None, decision: Decision) -> tuple:
    changes = _changes(fact, decision) if fact is not None and decision.decision == "correct" else {}
    kind = "accept" if decision.decision == "correct" and not changes else decision.decision
    return kind, tuple(sorted((k, v[1]) for k, v in changes.items()))


def with_region(row: dict, code: str | None) -> dict:
    gaz = load_gazetteer()
    return row | {
        "region_code": code,
        "region_name": gaz.name(code) if code else None,
        "province_code": code[:2] if code else None,
        "province_name": gaz.name(code[:2]) if code else None,
    }


def _corrected(fact: dict, changes: dict) -> dict:
    row = dict(fact)
    for name, (_, person) in changes.items():
        row[name] = person
    if "region_code" in changes or row.get("scope") == "national":
        row = with_region(row, None if row.get("scope") == "national" else row.get("region_code"))
        row["region_source"] = None  # placed by a person, not by the text
    row["corrected"] = "; ".join(
        f"{k}: {'' if a is None else a} -> {'' if b is None else b}" for k, (a, b) in changes.items()
    )
    return row


def _sentence_around(text: str, start: int, end: int) -> str:
    begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    return text[begin : after.start() if after else len(text)].strip()


def _article_of(decision: Decision, articles: pd.DataFrame) -> dict | None:
    ok = articles[articles["status"] == "ok"]
    for column, value in (("article_id", decision.article_id), ("source_file", decision.source_file)):
        if value:
            found = ok[ok[column] == value]
            if len(found):
                return found.iloc[0].to_dict()
    if decision.url and "url" in ok.columns:
        found = ok[ok["url"] == decision.url]
        if len(found):
            return found.iloc[0].to_dict()
    return None


def _added(decision: Decision, articles: pd.DataFrame, texts: dict[str, str]) -> tuple[dict | None, str]:
    """The fact a person added, or None and why it cannot be placed."""
    article = _article_of(decision, articles)
    if article is None:
        return None, "its article is not in the corpus (or its text changed)"
    text = texts.get(article["article_id"], "")
    start = text.find(decision.evidence)
    if start < 0:
        return None, "the evidence phrase is not in the article's text"
    end = start + len(decision.evidence)
    fields = {k: (v if v != "" else None) for k, v in decision.fields.items()}
    row = {
        "article_id": article["article_id"],
        "source_file": article["source_file"],
        **{k: fields.get(k) for k in FACT_FIELDS},
        "sentence": _sentence_around(text, start, end),
        "start_char": start,
        "end_char": end,
        "fact_id": fact_id(article.get("content_sha256") or "", start, end, fields["fact_type"]),
        "rule": "person",
        "confidence": None,
    }
    region = None if fields.get("scope") == "national" else fields.get("region_code")
    return with_region(row, region), ""


def _stale_reason(decision: Decision, articles: pd.DataFrame) -> str:
    ok = articles[articles["status"] == "ok"]
    same_place = ok[(ok["source_file"] == decision.source_file)] if decision.source_file else ok.iloc[0:0]
    if decision.article_id and len(same_place) and decision.article_id not in set(same_place["article_id"]):
        return "the article's text changed since the review"
    if decision.article_id and decision.article_id not in set(ok["article_id"]):
        return "the article is not in the corpus any more (or its text changed)"
    return "the fact is not extracted any more"


def _latest_per_reviewer(decisions: list[Decision]) -> list[Decision]:
    latest: dict[str, Decision] = {}
    for decision in sorted(decisions, key=lambda d: (d.date or "", d.file, d.row)):
        latest[decision.reviewer.casefold()] = decision
    return list(latest.values())


def apply_decisions(
    facts: pd.DataFrame, articles: pd.DataFrame, texts: dict[str, str], decisions: list[Decision]
) -> Reviewed:
    """The facts with the decisions applied (and the added facts), and the log of every decision."""
    rows = {row["fact_id"]: row for row in facts.to_dict("records")}
    for row in rows.values():
        row.setdefault("corrected", None)
    outcome: dict[tuple[str, int], tuple[str, str, str]] = {}  # (file, row) -> (fact_id, outcome, detail)
    groups: dict[str, list[Decision]] = {}
    added: dict[str, dict] = {}
    for decision in decisions:
        if decision.decision == "add":
            row, why = _added(decision, articles, texts)
            if row is None:
                outcome[(decision.file, decision.row)] = ("", "stale", why)
                continue
            if row["fact_id"] in rows:
                outcome[(decision.file, decision.row)] = (row["fact_id"], "exists", "already extracted: accept it")
                continue
            added.setdefault(row["fact_id"], row)
            groups.setdefault(row["fact_id"], []).append(decision)
        elif decision.fact_id not in rows:
            outcome[(decision.file, decision.row)] = (decision.fact_id, "stale", _stale_reason(decision, articles))
        else:
            groups.setdefault(decision.fact_id, []).append(decision)
    for key, group in groups.items():
        latest = _latest_per_reviewer(group)
        base = rows.get(key) or added[key]
        verdicts = {_verdict(base if key in rows else None, d) for d in latest}
        names = ";".join(sorted({d.reviewer for d in latest}, key=str.casefold))
        if len(verdicts) > 1:
            detail = "reviewers disagree: " + "; ".join(f"{d.reviewer}: {d.decision}" for d in latest)
            for decision in group:
                outcome[(decision.file, decision.row)] = (key, "conflict", detail)
            continue
        kind = verdicts.pop()[0]
        if key in added:
            rows[key] = added[key] | {"review": "added", "reviewer": names, "corrected": None}
        elif kind == "correct":
            rows[key] = _corrected(rows[key], _changes(rows[key], latest[0])) | {"review": "corrected"}
        else:
            rows[key] = rows[key] | {"review": REVIEWED[kind]}
        rows[key]["reviewer"] = names
        for decision in group:
            superseded = decision not in latest
            outcome[(decision.file, decision.row)] = (
                key,
                "superseded" if superseded else "applied",
                "a later decision of the same reviewer" if superseded else rows[key]["review"],
            )
    return Reviewed(_ordered(rows, facts, articles), _log(decisions, outcome))


def _ordered(rows: dict[str, dict], facts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Facts in document order, then start_char and type (an added fact among its article's)."""
    columns = [*facts.columns, *(["corrected"] if "corrected" not in facts.columns else [])]
    frame = pd.DataFrame(list(rows.values()), columns=columns)
    position = {a: n for n, a in enumerate(articles.loc[articles["status"] == "ok", "article_id"])}
    order = frame.assign(_at=frame["article_id"].map(position), _start=frame["start_char"].astype(int))
    order = order.sort_values(["_at", "_start", "fact_type"], kind="stable")
    return frame.loc[order.index].reset_index(drop=True)


def _log(decisions: list[Decision], outcome: dict) -> pd.DataFrame:
    records = []
    for d in decisions:
        key, result, detail = outcome[(d.file, d.row)]
        records.append(
            {
                "file": d.file,
                "row": d.row,
                "fact_id": key or None,
                "decision": d.decision,
                "reviewer": d.reviewer,
                "date": d.date or None,
                "outcome": result,
                "detail": detail,
            }
        )
    return pd.DataFrame(records, columns=list(LOG_COLUMNS))


def panel_facts(facts: pd.DataFrame, require_review: bool = False) -> pd.DataFrame:
    """The facts that may feed the panel: never a rejected one; with `require_review`, only those a person
    accepted, corrected or added."""
    if "review" not in facts.columns:
        return facts.iloc[0:0] if require_review else facts
    review = facts["review"].fillna("unreviewed")
    keep = review.isin(["accepted", "corrected", "added"]) if require_review else review != "rejected"
    return facts[keep]
