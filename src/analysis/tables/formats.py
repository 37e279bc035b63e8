"""A table's spec in the forms others read it: the Frictionless Table Schema of `datapackage.json`, the Arrow
schema of its Parquet file, the codebook's rows; and a spec inferred for a table no spec declares."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.schemas import CODEBOOK, Field, TableSpec


def _xsd_pattern(pattern: str) -> str:
    """Table Schema patterns are implicitly anchored: drop the ^...$ anchors."""
    return pattern.removeprefix("^").removesuffix("$")


def frictionless_field(f: Field) -> dict:
    """A Table Schema field descriptor: name, type, description, unit (custom property) and constraints."""
    descriptor: dict = {"name": f.name, "type": f.type, "description": f.description}
    if f.type == "date":
        descriptor["format"] = "%Y-%m-%d"
    if f.unit:
        descriptor["unit"] = f.unit
    constraints: dict = {}
    if f.required:
        constraints["required"] = True
    if f.enum is not None:
        constraints["enum"] = list(f.enum)
    if f.minimum is not None:
        constraints["minimum"] = f.minimum
    if f.pattern is not None:
        constraints["pattern"] = _xsd_pattern(f.pattern)
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def frictionless_schema(spec: TableSpec) -> dict:
    """A Table Schema: fields in file order, missing values (empty cells), primary and foreign keys."""
    schema: dict = {"fields": [frictionless_field(f) for f in spec.fields], "missingValues": [""]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [dict(fk) for fk in spec.foreign_keys]
    return schema


def _inferred_type(series: pd.Series) -> str:
    values = series.dropna()
    if len(values) == 0:
        return "string"
    if pd.api.types.is_bool_dtype(series) or values.map(lambda v: isinstance(v, bool)).all():
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    return "string"


def infer_spec(
    df: pd.DataFrame,
    name: str,
    *,
    title: str | None = None,
    description: str | None = None,
    base: TableSpec | None = None,
) -> TableSpec:
    """A spec for the columns `df` has: the base spec's fields (contract and optional) where it knows them,
    a type inferred from the data for any other column (described as such)."""
    if base is not None:
        base = base.for_columns(df.columns)
    known = {f.name: f for f in base.fields} if base is not None else {}
    fields = list(base.fields) if base is not None else []
    for column in df.columns:
        if column not in known:
            fields.append(
                Field(
                    str(column),
                    _inferred_type(df[column]),
                    f"Column {column!r} of {name} (type inferred from the data; not in the codebook's "
                    "declared schema).",
                )
            )
    return TableSpec(
        name=name,
        title=title or (base.title if base is not None else name.replace("_", " ").capitalize()),
        description=description or (base.description if base is not None else f"Table {name} of the run."),
        fields=tuple(fields),
        primary_key=base.primary_key if base is not None else (),
        foreign_keys=base.foreign_keys if base is not None else (),
    )


def arrow_schema(spec: TableSpec):
    """The Parquet (Arrow) schema of a table from its spec alone, so that a column's type never depends on the
    data (an all-empty column is still int64 or string). Dates stay ISO text, as in the CSV."""
    import pyarrow as pa

    types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    return pa.schema([pa.field(f.name, types.get(f.type, pa.string())) for f in spec.fields])


def _constraint_text(f: Field) -> str:
    parts = []
    if f.enum is not None:
        parts.append("one of: " + ", ".join(f.enum))
    if f.minimum is not None:
        parts.append(f">= {f.minimum}")
    if f.pattern is not None:
        parts.append(f"pattern {f.pattern}")
    return "; ".join(parts)


def codebook_rows(specs: Iterable[TableSpec]) -> pd.DataFrame:
    """The data dictionary as a table (the CODEBOOK spec): one row per column of every table, contract and
    optional columns alike."""
    rows = [
        {
            "table": spec.name,
            "column": f.name,
            "type": f.type,
            "unit": f.unit,
            "required": f.required,
            "constraints": _constraint_text(f) or None,
            "description": f.description,
        }
        for spec in specs
        for f in spec.all_fields
    ]
    return pd.DataFrame(rows, columns=CODEBOOK.columns)
