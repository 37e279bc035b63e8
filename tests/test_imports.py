"""The package's modules import one another without a circle.

The graph is read from the source with `ast`: every import counts, at the top of a module or inside a
function (deferring an import hides a circle, it does not break it), and so does one under
`if TYPE_CHECKING:`. `from analysis.x import name` is an edge to the submodule `analysis.x.name` when
there is one, else to the module (or package `__init__`) `analysis.x`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import analysis

SOURCE = Path(analysis.__file__).parent


def _module_names() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package (a package is its `__init__`)."""
    modules = {}
    for path in sorted(SOURCE.rglob("*.py")):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, modules: dict) -> set[str]:
    """The modules of the package an import statement loads."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & modules.keys()
    base = node.module or ""
    if node.level:  # relative: from . import x, from ..y import z
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
    targets = {f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names}
    return targets & modules.keys()


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of the package it imports."""
    modules = _module_names()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[name] = {
            target
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for target in _targets(node, name, path.name == "__init__.py", modules)
        } - {name}
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return circles


def test_the_graph_sees_every_kind_of_import():
    graph = import_graph()
    assert "analysis.nlp.lexicon" in graph["analysis.nlp.status"]  # from analysis.nlp import lexicon as lx
    assert "analysis.ingest" in graph["analysis.distributed"]  # inside a function: from analysis.ingest import ...
    assert "analysis.reference.gazetteer" in graph["analysis.ingest.metadata"]
    assert import_circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert import_circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle():
    circles = import_circles(import_graph())
    assert not circles, "modules that import one another in a circle: " + "; ".join(
        " <-> ".join(circle) for circle in circles
    )
