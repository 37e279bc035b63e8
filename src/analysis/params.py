"""The parameters file: defaults, loading, overrides and validation.

Settings flow one way: params.yaml -> Params -> CLI (`--params`, `--set`) -> Papermill parameters -> package
functions. Each default is written once, in `Params`; `DEFAULTS` holds them for the package functions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

CYCLE_PATTERN = re.compile(r"^(pilkada|pemilu|pileg|pilpres)-(19|20)\d\d$")


class ParamsError(ValueError):
    """A parameters file or override that cannot be used; the message names the key."""


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    corpus: Path = Path("data/raw/articles")
    gold: Path | None = Path("data/raw/gold/seeds.jsonl")
    sources: Path | None = Path("data/raw/SOURCES.csv")
    reviews: Path | None = Path("data/raw/reviews")
    cited: Path | None = Path("data/raw/cited")
    require_review: bool = False
    reference_dir: Path = Path("data/raw/reference")
    output: Path = Path("data/processed")
    build_dir: Path = Path("build")
    reports_dir: Path = Path("reports")
    cycles: list[str] = Field(default_factory=list)
    report_languages: list[Literal["id", "en"]] = Field(default_factory=lambda: ["id", "en"])
    renderer: Literal["auto", "quarto", "nbconvert"] = "auto"
    report_max_bytes: int = Field(default=2_000_000, ge=300_000)  # size budget of each HTML report page
    report_top_n: int = Field(default=25, ge=1)  # rows of the report's top-N tables when the full list is too long
    model_family: Literal["auto", "poisson", "negbin"] = "auto"
    model_formula: str = "violations_reported ~ np.log(asn_headcount) + related_candidates + C(election_type)"
    max_file_bytes: int = Field(default=5_000_000, gt=0)
    n_process: int = Field(default=1, ge=1)
    batch_size: int = Field(default=64, ge=1)
    engine: Literal["local", "dask"] = "local"
    scheduler: str | None = None
    dataset_version: str = "0.1.0"
    release_date: dt.date | None = None
    publisher: str = "ASN Neutrality Watch"
    serve_port: int = Field(default=8001, ge=1, le=65535)

    @field_validator("cycles")
    @classmethod
    def _cycles_are_keys(cls, value: list[str]) -> list[str]:
        for cycle in value:
            if not CYCLE_PATTERN.match(cycle):
                raise ValueError(f"{cycle!r} is not a cycle like 'pilkada-2024' or 'pemilu-2019'")
        return value

    @field_validator("model_formula")
    @classmethod
    def _formula_has_outcome(cls, value: str) -> str:
        if "~" not in value:
            raise ValueError("a formula needs an outcome, '~' and terms")
        return value

    def resolved(self, root: Path) -> Params:
        """The same parameters with relative paths made absolute against `root`."""
        updates = {}
        for name in (
            "corpus",
            "gold",
            "sources",
            "reviews",
            "cited",
            "reference_dir",
            "output",
            "build_dir",
            "reports_dir",
        ):
            value = getattr(self, name)
            if value is not None and not Path(value).is_absolute():
                updates[name] = (root / value).resolve()
        return self.model_copy(update=updates)

    def for_notebook(self) -> dict[str, Any]:
        """All parameters as plain JSON-able values (what Papermill injects)."""
        return self.model_dump(mode="json")


# Every default of the project, written once (above): package functions and CLI options take theirs from here.
DEFAULTS = Params()


def _format_error(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        key = ".".join(str(p) for p in item["loc"]) or "(file)"
        if item["type"] == "extra_forbidden":
            known = ", ".join(Params.model_fields)
            parts.append(f"unknown key {key!r} (known keys: {known})")
        else:
            parts.append(f"bad value for {key!r}: {item['msg']}")
    return "; ".join(parts)


def parse_override(text: str) -> tuple[str, Any]:
    """Parse one `key=value` override; the value is read as YAML (so lists and numbers work)."""
    if "=" not in text:
        raise ParamsError(f"override {text!r} is not of the form key=value")
    key, raw = text.split("=", 1)
    key = key.strip()
    try:
        value = yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError as exc:
        raise ParamsError(f"bad value for {key!r}: not valid YAML ({exc.problem})") from None
    return key, value


def with_options(settings: Params, options: Mapping[str, Any]) -> Params:
    """`settings` with the options a command was given (None: not given), validated again."""
    given = {key: value for key, value in options.items() if value is not None}
    if not given:
        return settings
    try:
        return Params(**(settings.model_dump() | given))
    except ValidationError as exc:
        raise ParamsError(_format_error(exc)) from None


def load_params(path: Path | None, overrides: list[str] | tuple[str, ...] = ()) -> Params:
    """Read the parameters file (defaults when `path` is None), apply overrides, validate."""
    data: dict[str, Any] = {}
    if path is not None:
        if not path.is_file():
            raise ParamsError(f"{path}: parameters file not found")
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ParamsError(f"{path}: not valid YAML ({exc})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ParamsError(f"{path}: expected a mapping of key: value")
        data.update(loaded or {})
    for override in overrides:
        key, value = parse_override(override)
        data[key] = value
    try:
        return Params(**data)
    except ValidationError as exc:
        where = f"{path}: " if path is not None else ""
        raise ParamsError(where + _format_error(exc)) from None
