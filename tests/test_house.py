"""House limits on the package's size, so that they stay kept: no module over 600 lines, no function over 80.

Lines are counted as the formatter leaves them (`ruff format`, run by `make test`); a function's lines run from
its `def` (decorators not counted) to its last line, nested functions included in the function around them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import analysis

SOURCE = Path(analysis.__file__).parent
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def _modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(SOURCE.parent).as_posix()


def test_the_package_has_modules():
    assert len(_modules()) > 10


def test_no_module_is_over_600_lines():
    long = {
        _name(p): n for p in _modules() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines (split them along their natural parts): {long}"


def test_no_function_is_over_80_lines():
    long = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{_name(path)}:{node.lineno} {node.name}"] = lines
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines (split them into named steps): {long}"
