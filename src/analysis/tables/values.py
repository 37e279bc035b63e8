"""A table's values in the types of its spec: frames cast for writing, rows formatted as CSV text, text read
from a CSV typed back."""

from __future__ import annotations

import csv
import io
import re
from operator import itemgetter

import pandas as pd

from analysis.schemas import ALL_SPECS, TableSpec


def empty_frame(spec: TableSpec) -> pd.DataFrame:
    """An empty DataFrame with the spec's columns (object dtype)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in spec.columns})


def conform(df: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """Put the contract columns first, in order; the spec's optional columns that are present follow in declared
    order, then any other column; a missing contract column is an error."""
    missing = [c for c in spec.columns if c not in df.columns]
    if missing:
        raise ValueError(f"table {spec.name!r} lacks contract column(s): {', '.join(missing)}")
    optional = [f.name for f in spec.optional_fields if f.name in df.columns]
    known = set(spec.columns) | set(optional)
    extra = [c for c in df.columns if c not in known]
    return df[spec.columns + optional + extra]


INTEGER_TYPES = ("integer",)


def with_contract_types(df: pd.DataFrame, spec: TableSpec | None) -> pd.DataFrame:
    """Cast declared integer columns to nullable Int64 and string columns to str (nulls kept)."""
    if spec is None:
        return df.reset_index(drop=True)
    df = conform(df, spec).reset_index(drop=True).copy()
    for f in spec.fields:
        col = df[f.name]
        if f.type in INTEGER_TYPES:
            df[f.name] = pd.to_numeric(col, errors="raise").astype("Int64")
        elif f.type == "number":
            df[f.name] = pd.to_numeric(col, errors="raise").astype("float64")
        elif f.type in ("string", "date"):
            df[f.name] = col.astype("object").where(col.notna(), None)
            df[f.name] = df[f.name].map(lambda v: v if v is None else str(v))
    return df


# Python types whose values (and None) contract_values gives back as they are, by contract type: one test of the
# column's types in C instead of a test per value
_AS_THEY_ARE = {
    "integer": frozenset({int, type(None)}),
    "number": frozenset({float, type(None)}),
    "string": frozenset({str, type(None)}),
    "date": frozenset({str, type(None)}),
}


def contract_values(rows: list[dict], spec: TableSpec) -> dict[str, list]:
    """The spec's columns of these rows as lists of plain values of the contract type, None for null.

    A value already of its type is kept as it is (int() or str() of it would give it back), without a call."""
    types = {f.name: f.type for f in spec.fields}
    columns = {}
    for name in spec.columns:
        values = _column(rows, name)
        kind = types.get(name)
        if kind in _AS_THEY_ARE and _AS_THEY_ARE[kind].issuperset(map(type, values)):
            pass  # every value None or already of the type (most columns): each would be given back as it is
        elif kind in INTEGER_TYPES:
            values = [v if type(v) is int else None if v is None or v is pd.NA else int(v) for v in values]
        elif kind == "number":
            values = [None if v is None or v is pd.NA else float(v) for v in values]
        elif kind in ("string", "date"):
            values = [v if v is None or type(v) is str else str(v) for v in values]
        columns[name] = values
    return columns


def _column(rows: list[dict], name: str) -> list:
    """The rows' values of one column, None where a row lacks it."""
    try:
        return list(map(itemgetter(name), rows))  # rows mostly have every column: no call of row.get per row
    except KeyError:
        return [row.get(name) for row in rows]


CSV_PLAIN_TYPES = ("string", "date", "integer")  # column types whose CSV text pandas leaves as Python writes it
FLOAT_FORMAT = "%.10g"  # how `write_table` (pandas' to_csv) writes numbers


def _csv_values(values: list, kind: str | None) -> list:
    """A column's values as pandas' to_csv hands them to the csv module: numbers formatted with FLOAT_FORMAT,
    nulls (None, NaN, pd.NA) as None, which the csv module writes empty as pandas' na_rep."""
    if kind == "number":
        return [None if v is None or v != v else FLOAT_FORMAT % v for v in values]  # v != v: NaN
    if kind in CSV_PLAIN_TYPES:
        return values
    return [None if v is None or pd.isna(v) else v for v in values]  # other values (booleans) as they are


def csv_lines(columns: dict[str, list], spec: TableSpec) -> str:
    """The CSV lines (no header) `write_table` writes for `contract_values`, without building a frame.

    pandas formats strings, dates and integers as themselves, numbers with FLOAT_FORMAT, nulls as empty and
    other values (booleans) with str(), then quotes through the csv module: the same module and dialect give
    the same bytes (building a frame to call to_csv costs more than the rows' analysis in small batches). Columns
    of strings and integers alone, most batches of every table, are written directly as the csv module writes them.
    """
    types = {f.name: f.type for f in spec.fields}
    fields = [_csv_values(columns[name], types.get(name)) for name in spec.columns]
    written = _written_columns(fields)
    if written is not None:
        return "\n".join(map(",".join, zip(*written, strict=True))) + "\n" if fields[0] else ""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(zip(*fields, strict=True))
    return buffer.getvalue()


QUOTE = '"'
_QUOTED_FOR = (",", QUOTE, "\n")  # the csv module writes a value holding one in quotes (QUOTE_MINIMAL)
_QUOTED_FOR_SEARCH = re.compile('[,"\n]').search
# Characters some versions of the csv module quote or escape and others do not: left to the module
_LEFT_TO_THE_CSV_MODULE = ("\r", "\x00")
_INTEGERS = frozenset({int, type(None)})
_STRINGS = frozenset({str, type(None)})


def _in_quotes(text: str) -> str:
    return QUOTE + text.replace(QUOTE, QUOTE * 2) + QUOTE


def _written_columns(fields: list[list]) -> list[list[str]] | None:
    """Each column's values as the csv module writes them in rows of more than one value (`_as_written`); None when
    one column is not of strings or integers alone (then known before any is written), or holds a character left to
    the csv module."""
    kinds = [set(map(type, values)) for values in fields]
    if len(fields) < 2 or not all(k <= _INTEGERS or k <= _STRINGS for k in kinds):
        return None  # (a row of one empty value is written '""')
    written = []
    for values, k in zip(fields, kinds, strict=True):
        column = ["" if v is None else str(v) for v in values] if k <= _INTEGERS else _as_written(values)
        if column is None:
            return None
        written.append(column)
    return written


def _as_written(values: list[str | None]) -> list[str] | None:
    """Strings as the csv module writes them: None empty, a string as it is, or in quotes (with each quote doubled)
    when it holds a comma, a quote or a line break; None when one holds a character left to the csv module."""
    texts = [v or "" for v in values]
    joined = "".join(texts)  # (one test of each character over the column, not one per value)
    if any(char in joined for char in _LEFT_TO_THE_CSV_MODULE):
        return None
    if not any(char in joined for char in _QUOTED_FOR):
        return texts
    return [_in_quotes(text) if _QUOTED_FOR_SEARCH(text) else text for text in texts]


def frame_from_values(columns: dict[str, list], spec: TableSpec) -> pd.DataFrame:
    """A frame of `contract_values` with the dtypes `with_contract_types` gives (Int64, float64, object): the
    same frame as with_contract_types(pd.DataFrame(rows, columns=spec.columns)) at a fraction of its cost
    (streamed extraction formats many small batches)."""
    types = {f.name: f.type for f in spec.fields}
    dtypes = {"integer": "Int64", "number": "float64"}
    return pd.DataFrame(
        {
            name: pd.Series(pd.array(values, dtype=dtypes.get(types.get(name), object)))
            if types.get(name) in dtypes
            else pd.Series(values, dtype=object)
            for name, values in columns.items()
        },
        columns=spec.columns,
    )


_BOOLEAN_TEXT = {"True": True, "False": False}
_PLAIN_INTEGER = re.compile(r"^-?(0|[1-9]\d*)$")


def lossless_kind(present: pd.Series) -> str:
    """The type of a column no spec declares, chosen so that writing it back gives the same text: booleans
    only as True/False, integers only without leading zeros or '+', numbers only where '%.10g' formatting
    gives the text back (codes such as '36.10' or '007' stay text)."""
    if not len(present):
        return "string"
    if present.isin(list(_BOOLEAN_TEXT)).all():
        return "boolean"
    if present.str.match(_PLAIN_INTEGER).all():
        return "integer"
    numbers = pd.to_numeric(present, errors="coerce")
    if numbers.notna().all() and all(format(n, ".10g") == t for n, t in zip(numbers, present, strict=True)):
        return "number"
    return "string"


def typed_column(values: pd.Series, kind: str | None) -> pd.Series:
    """Text read from a CSV, typed: integer -> Int64, number -> float64, boolean -> boolean, else string.
    `kind` None: a column no spec declares, typed by `lossless_kind`."""
    if kind is None:
        kind = lossless_kind(values.dropna())
    if kind == "integer":
        return pd.to_numeric(values).astype("Int64")
    if kind == "number":
        return pd.to_numeric(values).astype("float64")
    if kind == "boolean":
        return values.map({"true": True, "false": False, **_BOOLEAN_TEXT}, na_action="ignore").astype("boolean")
    return values.astype("string")


def known_field_types() -> dict[str, str]:
    """Column name -> type over every spec of this module, for names that have one type everywhere."""
    seen: dict[str, set[str]] = {}
    for spec in ALL_SPECS:
        for f in spec.all_fields:
            seen.setdefault(f.name, set()).add(f.type)
    return {name: next(iter(kinds)) for name, kinds in seen.items() if len(kinds) == 1}
