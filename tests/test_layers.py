"""The layers point one way: cli -> core and ui -> core; the core imports neither the CLI, the UI nor Qt, and
the UI never imports the CLI. Imports are read from each module's syntax tree (relative ones resolved), not
grepped, so an import inside a function counts as much as one at the top."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "agenda"
MODULES = sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, as absolute names."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.add(target)
            out.update(f"{target}.{alias.name}" for alias in node.names)  # `from . import x` imports x
    return out


def forbidden(path: Path) -> tuple[str, ...]:
    name = module_name(path)
    if name.startswith("agenda.core"):
        return ("agenda.cli", "agenda.ui", "PySide6", "shiboken6")
    if name.startswith("agenda.ui"):
        return ("agenda.cli",)
    return ()


def test_the_reader_resolves_relative_imports():
    got = imports(PACKAGE / "ui" / "controller.py")
    assert "agenda.core.picks" in got and "PySide6.QtCore" in got
    assert "agenda.core.source" in imports(PACKAGE / "core" / "loading.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_imports_point_one_way(path):
    bad = sorted(m for m in imports(path) for f in forbidden(path) if m == f or m.startswith(f + "."))
    assert not bad, f"{module_name(path)} imports {bad}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_each_module_owns_one_thing_and_says_so(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 400, f"{path.name}: {len(text.splitlines())} lines; split it by concern"
    if text.strip():
        assert ast.get_docstring(ast.parse(text)), f"{path.name}: no docstring saying what it owns"
