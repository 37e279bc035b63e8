"""Command line: `python -m analysis COMMAND`.

Each command is a thin edge: it reads files and parameters, calls package functions, writes files. Each stage
command calls the stage's one entry function (the one its notebook calls). Every command takes its settings
from `Params`: the parameters file (`--params`, params.yaml here by default), then `--set key=value`, then the
command's own options when given; no default is written here.
Errors that a user can fix end the command with one line naming the file or key and exit code 2.
"""

from __future__ import annotations

import sys
from importlib import import_module

import typer

from analysis.cli.common import app

# Each module registers its commands on the app; --help lists them in this order, the pipeline's first.
for _commands in ("stages", "scoring", "review"):
    import_module(f"analysis.cli.{_commands}")

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
