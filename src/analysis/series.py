"""The national series: every national violation figure as it was stated, with its date, stage and source.

National counts are cumulative and restated as a season unfolds (Pilkada 2020 nationwide: several hundred
reported in June, over a thousand by December, from Bawaslu, KASN and BKN). The `national` table gives one
headline value per cycle and stage, the latest stated; `national_series` keeps every one, as of the date of the
article that stated it, with the national body its sentence names, so that a reader sees how the count grew and
who gave each figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from analysis.evidence import typed_by_spec
from analysis.reference.institutions import institution_forms
from analysis.schemas import NATIONAL_SERIES

NATIONAL_SOURCES = ("Bawaslu", "KASN", "BKN", "Kemendagri", "KemenPAN-RB")  # bodies that give national figures
STAGES = {
    "violations_reported": "reported",
    "violations_proven": "proven",
    "violations_sanctioned": "sanctioned",
    "violations_unspecified": "unspecified",
}
SERIES_KEY = ["election_type", "election_year", "stage", "value", "as_of", "institution"]


@lru_cache(maxsize=1)
def _source_pattern() -> tuple[re.Pattern, dict[str, str]]:
    forms = {form: acronym for form, acronym in institution_forms() if acronym in NATIONAL_SOURCES}
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)"), forms


def institution_named(sentence: str | None) -> str | None:
    """The first national body a sentence names ('Badan Pengawas Pemilu', 'KASN', 'Kemenpan RB'), as its
    acronym; None when it names none."""
    if not sentence:
        return None
    pattern, forms = _source_pattern()
    found = pattern.search(sentence)
    return forms[found.group(1)] if found else None


def national_series(occurrences: pd.DataFrame, evidence: pd.DataFrame) -> pd.DataFrame:
    """One row per national violation figure as stated (cycle, stage, value, date, body), with how many
    articles and outlets stated it and whether the national table uses it."""
    national = occurrences[
        occurrences["placed"] & (occurrences["scope"] == "national") & occurrences["measure"].isin(list(STAGES))
    ]
    groups: dict[tuple, list[dict]] = {}
    for row in national.to_dict("records"):
        key = (
            row["election_type"],
            int(row["election_year"]),
            STAGES[row["measure"]],
            int(row["value"]),
            row["published"] or None,
            institution_named(row["sentence"]),
        )
        groups.setdefault(key, []).append(row)
    chosen = evidence[(evidence["used_in"] == "national") & evidence["chosen"]]
    headlines = {
        (r["election_type"], int(r["election_year"]), r["measure"], int(r["value"])) for r in chosen.to_dict("records")
    }
    stage_measure = {stage: measure for measure, stage in STAGES.items()}
    rows = []
    for key, items in groups.items():
        items = sorted(
            items, key=lambda o: (o["published"] is None, o["published"] or "", o["article_id"], o["start_char"])
        )
        rows.append(
            {
                "series_key": "|".join("" if v is None else str(v) for v in key),
                **dict(zip(SERIES_KEY, key, strict=True)),
                "headline": (key[0], key[1], stage_measure[key[2]], key[3]) in headlines,
                "n_articles": len({o["article_id"] for o in items}),
                "n_sources": len({o["source_key"] for o in items}),
                "article_ids": ";".join(sorted({o["article_id"] for o in items})),
                "example_sentence": items[0]["sentence"],
            }
        )
    frame = typed_by_spec(pd.DataFrame(rows, columns=NATIONAL_SERIES.columns), NATIONAL_SERIES)
    order = frame.assign(_as_of=frame["as_of"].astype("string").fillna("9999"), _body=frame["institution"].fillna(""))
    order = order.sort_values(["election_year", "election_type", "stage", "_as_of", "value", "_body"], kind="stable")
    return frame.loc[order.index].reset_index(drop=True)
