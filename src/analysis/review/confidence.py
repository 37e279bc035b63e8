"""How much to trust a fact: the precision, on the annotated real articles, of the facts read like it.

`resources/rule_confidence.csv` is computed by `python -m analysis review calibrate` from the development set
(`tests/real/dev/gold.jsonl`, texts in `tests/real/dev/articles`, scored by `analysis.evaluate`): every predicted
fact of an annotated article is right (it matches a gold fact) or wrong (optional gold facts are left out). Facts
are grouped by what they are and how they were read, from coarse to fine: fact type; then the rule (the pass
that read it: `region_list`, `count`, `count_each_region`); scope; where the region came from; status. Each group
of at least MIN_FACTS facts gets a row; its confidence is its precision shrunk towards its parent group's
confidence by PRIOR_FACTS pseudo-facts (a small group cannot claim more than its facts show). A fact takes the
confidence of the finest group it belongs to. `n_assigned` and `n_assigned_right` count the development facts
that took each row's confidence, so that the table itself says how well calibrated it is (`calibration`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources

KEY_FIELDS = ("fact_type", "rule", "scope", "region_source", "status")
ANY = "*"  # a key field the group does not split on
MIN_FACTS = 10
PRIOR_FACTS = 5
RESOURCE = "rule_confidence.csv"
COLUMNS = (*KEY_FIELDS, "n_facts", "n_right", "precision", "confidence", "n_assigned", "n_assigned_right")
HIGH = 0.9  # the report says how often facts above this confidence are right


def _key(fact: Mapping) -> tuple[str, ...]:
    return tuple(str(fact.get(name) or "") for name in KEY_FIELDS)


def _coarser(key: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    """The key itself, then the key with its last fields replaced by ANY, down to all ANY."""
    for level in range(len(KEY_FIELDS), -1, -1):
        yield key[:level] + (ANY,) * (len(KEY_FIELDS) - level)


def calibrate(facts: Iterable[Mapping]) -> list[dict]:
    """The confidence table of scored facts (each with the KEY_FIELDS and `right`: True or False)."""
    facts = list(facts)
    groups: dict[tuple[str, ...], list[bool]] = {}
    for fact in facts:
        for key in _coarser(_key(fact)):
            groups.setdefault(key, []).append(bool(fact["right"]))
    confidence: dict[tuple[str, ...], float] = {}
    rows: dict[tuple[str, ...], dict] = {}
    for key in sorted(groups, key=lambda k: (sum(part != ANY for part in k), k)):  # parents before children
        outcomes = groups[key]
        if len(outcomes) < MIN_FACTS:
            continue
        parent = next((confidence[k] for k in list(_coarser(key))[1:] if k in confidence), None)
        right = sum(outcomes)
        prior = parent if parent is not None else 0.5
        confidence[key] = (right + PRIOR_FACTS * prior) / (len(outcomes) + PRIOR_FACTS)
        rows[key] = {
            **dict(zip(KEY_FIELDS, key, strict=True)),
            "n_facts": len(outcomes),
            "n_right": right,
            "precision": round(right / len(outcomes), 3),
            "confidence": round(confidence[key], 3),
            "n_assigned": 0,
            "n_assigned_right": 0,
        }
    for fact in facts:
        row = next((rows[k] for k in _coarser(_key(fact)) if k in rows), None)
        if row is not None:
            row["n_assigned"] += 1
            row["n_assigned_right"] += bool(fact["right"])
    return [rows[key] for key in sorted(rows)]


def table_csv(rows: list[dict]) -> str:
    """The table as the CSV text of the resource file."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def load_table() -> tuple[dict, ...]:
    """The bundled table (`resources/rule_confidence.csv`); empty when it has not been computed."""
    path = resources.files("analysis.resources").joinpath(RESOURCE)
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=1)
def _lookup() -> dict[tuple[str, ...], float]:
    return {_key(row): float(row["confidence"]) for row in load_table()}


def confidence_of(fact: Mapping) -> float | None:
    """The confidence of a fact (a mapping with the KEY_FIELDS): its finest group's; None without a table."""
    return _confidence_of_key(_key(fact))


@lru_cache(maxsize=4096)
def _confidence_of_key(key: tuple[str, ...]) -> float | None:
    """The confidence of the facts with this key: a few hundred keys at most, each looked up once (the table
    is the bundled resource, the same for every article)."""
    table = _lookup()
    return next((table[k] for k in _coarser(key) if k in table), None)


def calibration(rows: Iterable[Mapping], threshold: float = HIGH) -> dict:
    """How right the development facts above `threshold` were: {'threshold', 'n_facts', 'n_right', 'share'}."""
    above = [row for row in rows if float(row["confidence"]) > threshold]
    n = sum(int(row["n_assigned"]) for row in above)
    right = sum(int(row["n_assigned_right"]) for row in above)
    return {"threshold": threshold, "n_facts": n, "n_right": right, "share": round(right / n, 3) if n else None}


def scored_facts(records: list[dict], pred_dir) -> list[dict]:
    """The facts extracted into `pred_dir` from annotated articles, each with its KEY_FIELDS and `right`
    (`analysis.evaluate.fact_outcomes`; facts matching an optional gold fact are left out)."""
    from analysis.evaluate import evaluate_tables_input, fact_outcomes

    facts = evaluate_tables_input(pred_dir)[1]
    outcomes = fact_outcomes(records, facts)
    judged = facts.assign(right=outcomes.eq("right"))[outcomes.isin(["right", "wrong"])]
    return judged[[*KEY_FIELDS, "right"]].to_dict("records")
