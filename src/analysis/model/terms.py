"""The formula and its terms: the default formula, the offset, the panel columns a formula names, and what
each coefficient's name means (log of a variable, level of a categorical variable, a variable) with its label.

The one place that reads statsmodels/patsy term names: the interpretation and the report ask here.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import patsy

from analysis.model.data import ModelInputError
from analysis.params import DEFAULTS
from analysis.wording import strings

DEFAULT_FORMULA = DEFAULTS.model_formula
# Names the formula may use besides panel columns; evaluated with numpy only (no caller frame).
FORMULA_NAMESPACE = {"np": np, "numpy": np}
LOG_TERM = re.compile(r"np\.log\((\w+)\)")  # np.log(asn_headcount)
LEVEL_TERM = re.compile(r"C\((\w+)\)\[T\.(.+)\]")  # C(election_type)[T.pilkada]
VARIABLE_TERM = re.compile(r"\w+")  # related_candidates


@dataclass(frozen=True)
class Term:
    """A coefficient's name read: kind 'log', 'level', 'variable' or 'other' (interactions, transforms)."""

    name: str
    kind: str
    variable: str | None = None
    level: str | None = None

    @property
    def factor(self) -> str:
        """The categorical factor as patsy names it (the key of the summary's reference_levels)."""
        return f"C({self.variable})"


def parse_term(term: str) -> Term:
    """What a term of the coefficient table is, e.g. 'np.log(asn_headcount)' -> log of asn_headcount."""
    if match := LOG_TERM.fullmatch(term):
        return Term(term, "log", match.group(1))
    if match := LEVEL_TERM.fullmatch(term):
        return Term(term, "level", *match.groups())
    if VARIABLE_TERM.fullmatch(term):
        return Term(term, "variable", term)
    return Term(term, "other")


def term_label(term: str, reference_levels: Mapping[str, str], lang: str) -> tuple[str, float]:
    """A term's plain label for tables and charts, and the factor its coefficient is scaled by before exp()
    (log 2 for a logged variable, read 'per doubling'; 1 otherwise).

    `reference_levels` is the summary's (factor -> first level), e.g. {"C(election_type)": "pemilu"}.
    """
    t = strings(lang)
    parsed = parse_term(term)
    if parsed.kind == "log":
        return t["term_log"].format(label=t.get(f"var_{parsed.variable}", parsed.variable)), math.log(2)
    if parsed.kind == "level":
        reference = reference_levels.get(parsed.factor, "")
        if parsed.variable == "election_type":
            return t["term_election"].format(
                level=t.get(f"short_{parsed.level}", parsed.level), reference=t.get(f"short_{reference}", reference)
            ), 1.0
        return f"{t.get(f'var_{parsed.variable}', parsed.variable)} = {parsed.level}", 1.0
    return t.get(f"var_{term}", term), 1.0


def split_offset(formula: str) -> tuple[str, str | None]:
    """Take a term `offset(expr)` out of the formula; returns (formula without it, expr or None)."""
    match = re.search(r"(?<![\w.])offset\s*\(", formula)
    if match is None:
        return formula, None
    if formula.find("~") > match.start():
        raise ModelInputError(f"formula {formula!r}: offset(...) belongs on the right of '~'")
    depth, end = 0, None
    for i in range(match.end() - 1, len(formula)):
        depth += {"(": 1, ")": -1}.get(formula[i], 0)
        if depth == 0:
            end = i
            break
    if end is None:
        raise ModelInputError(f"formula {formula!r}: unbalanced parentheses in offset(...)")
    expr = formula[match.end() : end].strip()
    if not expr:
        raise ModelInputError(f"formula {formula!r}: offset() needs an expression, e.g. offset(np.log(asn_headcount))")
    before, after = formula[: match.start()].rstrip(), formula[end + 1 :].lstrip()
    if before.endswith("+"):
        before = before[:-1].rstrip()
    elif after.startswith("+"):
        after = after[1:].lstrip()
    rest = (before + (" + " if before and after and not before.endswith("~") else " ") + after).strip()
    if rest.endswith("~"):
        rest += " 1"
    if re.search(r"(?<![\w.])offset\s*\(", rest):
        raise ModelInputError(f"formula {formula!r}: only one offset(...) term is allowed")
    return rest, expr


def formula_variables(formula: str, columns: list[str] | pd.Index) -> list[str]:
    """The panel columns a formula (or a plain expression) names, in order of first use."""
    names: list[str] = []
    known = set(columns)
    if "~" in formula:
        try:
            description = patsy.ModelDesc.from_formula(formula)
        except patsy.PatsyError as exc:
            raise ModelInputError(f"formula {formula!r}: {str(exc).splitlines()[0]}") from None
        codes = [factor.code for term in description.lhs_termlist + description.rhs_termlist for factor in term.factors]
    else:
        codes = [formula]
    for code in codes:
        try:
            tree = ast.parse(code.strip(), mode="eval")
        except SyntaxError:
            raise ModelInputError(f"formula {formula!r}: {code!r} is not a valid expression") from None
        for node in ast.walk(tree):
            candidate = None
            if isinstance(node, ast.Name):
                candidate = node.id
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "Q"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                candidate = node.args[0].value
            if candidate in known and candidate not in names:
                names.append(candidate)
    return names
