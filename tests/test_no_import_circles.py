"""No two core modules import each other, directly or round a longer circle, at module level or inside a
function: a circle means neither can be read (or loaded) without the other, and a function-level import
that hides one breaks as soon as someone moves it up."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "sipdumas"


def modules(core: Path) -> dict[str, Path]:
    found = {}
    for path in core.rglob("*.py"):
        parts = list(path.relative_to(core.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph(core: Path = CORE) -> dict[str, set[str]]:
    """Module -> the modules of the ``core`` package it imports anywhere in its text (a package's
    ``__init__`` counts only where it is imported by name, not as the parent of a module imported)."""
    mods = modules(core)

    def known(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in mods}
    for module, path in mods.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                names = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
            else:
                continue
            for name in names:
                target = known(name) if name.split(".")[0] == core.name else None
                if target and target != module:
                    graph[module].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
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
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_a_circle_through_a_function_level_import_is_found(tmp_path):
    core = tmp_path / "pkg"
    (core / "sub").mkdir(parents=True)
    (core / "__init__.py").write_text("")
    (core / "sub" / "__init__.py").write_text("")
    (core / "a.py").write_text("from pkg.sub import b\n")
    (core / "sub" / "b.py").write_text("from . import c\n")
    (core / "sub" / "c.py").write_text("def later():\n    from pkg import a\n")
    (core / "d.py").write_text("import pkg.a\n")
    graph = import_graph(core)
    assert graph["pkg.d"] == {"pkg.a"}
    assert circles(graph) == [["pkg.a", "pkg.sub.b", "pkg.sub.c"]]


def test_no_core_modules_import_each_other_in_a_circle():
    graph = import_graph()
    found = circles(graph)
    detail = "\n".join(
        " <-> ".join(group) + "".join(f"\n    {m} imports {sorted(graph[m] & set(group))}" for m in group)
        for group in found
    )
    assert not found, f"import circles:\n{detail}"
