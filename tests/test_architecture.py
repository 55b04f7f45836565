"""The layering rules of docs/ARCHITECTURE.md, checked on the source (AST), so they cannot rot.

A failure names the module and the import (or string) that breaks a rule.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from marker.errors import EXIT_CODES, exit_codes_markdown

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("marker", "watch", "classifiers")

# What each part of marker/ may import from marker/ (besides itself). Lower layers never reach up.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "settings": {"errors"},
    "atomic": {"errors"},
    "domain": {"errors"},
    "reading": {"errors", "settings", "domain"},
    "render": {"errors", "atomic", "domain", "reading"},
    "ledger": {"errors", "atomic", "domain"},
    "worker": {"errors", "atomic", "settings", "domain", "reading", "render"},
    "workspace": {"errors", "settings", "domain", "ledger"},
    "intake": {"errors", "settings", "atomic", "domain", "reading", "render", "ledger", "worker", "workspace"},
    "preflight": {"errors", "settings", "atomic", "domain", "reading", "render", "ledger", "worker", "workspace",
                  "intake"},
    "remark": {"errors", "settings", "atomic", "domain", "reading", "render", "ledger", "worker", "workspace",
               "intake"},
    # The web console is an entrance like the CLI: it calls the same core, never the CLI or the daemon.
    "console": {"errors", "settings", "atomic", "domain", "reading", "render", "ledger", "worker", "workspace",
                "intake", "preflight", "remark"},
}
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX))\b"
                 r"|\bkind\s*(=|IN)\s*\(?\s*'", re.IGNORECASE | re.DOTALL)


def modules() -> Iterator[tuple[str, Path]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            yield name, path


def imports_of(name: str, path: Path) -> set[str]:
    """Every module imported anywhere in the file (function-level imports included)."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parents + ([base] if base else []))
            known = {m for m, _ in modules()}
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in known else base)
    return found


def graph() -> dict[str, set[str]]:
    names = {name for name, _ in modules()}
    return {name: {i for i in imports_of(name, path) if i in names} for name, path in modules()}


def part_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_classifiers_import_nothing_of_marker_or_watch():
    bad = [(m, i) for m, deps in graph().items() if m.startswith("classifiers")
           for i in deps if i.startswith(("marker", "watch"))]
    assert bad == []


def test_only_the_cli_imports_watch():
    bad = [(m, i) for m, deps in graph().items() if not m.startswith(("watch", "marker.cli"))
           for i in deps if i.startswith("watch")]
    assert bad == []


def test_marker_layers_import_only_downwards():
    bad = []
    for module, deps in graph().items():
        if not module.startswith("marker.") or part_of(module) in ("cli", "__init__"):
            continue
        own = part_of(module)
        allowed = ALLOWED[own] | {own}
        bad += [(module, dep) for dep in deps
                if dep.startswith("marker.") and part_of(dep) not in allowed]
    assert bad == []


def test_no_import_cycle_inside_marker():
    edges = {m: {d for d in deps if d.startswith("marker")} for m, deps in graph().items() if m.startswith("marker")}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt == node or nxt == node.rpartition(".")[0]:
                continue  # a module importing its own package's __init__ docstring is no cycle
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == []


def test_sql_lives_only_in_the_ledger_package():
    bad = []
    for module, path in modules():
        if module.startswith("marker.ledger") or module.startswith("classifiers"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                bad.append((module, node.lineno, node.value[:60]))
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("events", "query") and node.args):
                bad.append((module, node.lineno, f".{node.func.attr}(…)"))
    assert bad == []


def test_only_the_settings_loader_reads_the_environment():
    bad = []
    for module, path in modules():
        if module == "marker.settings":
            continue
        source = path.read_text(encoding="utf-8")
        for lineno, line in enumerate(source.splitlines(), 1):
            if re.search(r"\bos\.(environ|getenv|putenv)\b|\bgetenv\(", line):
                bad.append((module, lineno, line.strip()))
    assert bad == []


def test_the_readme_exit_code_table_is_the_one_in_the_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert exit_codes_markdown() in readme
    assert {int(code) for code in EXIT_CODES} >= {0, 1, 2, 3, 5, 8, 10, 130}


def test_help_lists_every_exit_code(cli):
    code, out, _ = cli("--help")
    flat = " ".join(out.split())
    assert code == 0
    for exit_code, (zh, _) in EXIT_CODES.items():
        assert f"{int(exit_code)} {zh}" in flat


def test_no_module_imports_another_modules_private_names():
    bad = []
    for module, path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(("marker", "watch", "classifiers")):
                bad += [(module, node.module, alias.name) for alias in node.names
                        if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert bad == []
