"""The project's tables on disk: one way to read one (`read_table`: checked against its spec, typed) and one way
to write one (`write_table`, or `stream.TableWriter` as rows come: CSV and Parquet, typed by the spec,
byte-stable). The specs themselves are declared in `analysis.schemas`.

Modules: `read`, `write`, `stream` (writing as rows come), `validate` (the checks, SchemaCheckError), `values`
(values in the spec's types), `formats` (the spec as Frictionless and Arrow schemas, codebook rows).
"""

from analysis.tables.read import read_table
from analysis.tables.validate import SchemaCheckError, validate_table
from analysis.tables.write import write_table

__all__ = ["SchemaCheckError", "read_table", "validate_table", "write_table"]
