"""The layers point one way: cli -> core and ui -> core; the core imports neither the CLI, the UI nor Qt, and
the UI never imports the CLI. Imports are read from each module's syntax tree (relative ones resolved), not
grepped, so an import inside a function counts as much as one at the top."""
from __future__ import annotations

import ast
import re
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
    assert "agenda.core.plan.picks" in got and "PySide6.QtCore" in got
    assert "agenda.core.feeds.source" in imports(PACKAGE / "core" / "feeds" / "loading.py")


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


CORE = sorted((PACKAGE / "core").rglob("*.py"))
FACADE = "agenda.core.opened"


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            yield node


def _names(func) -> tuple[str, ...]:
    """``a.b.c(...)`` -> ("a", "b", "c"); anything else -> the names it ends in."""
    out = []
    while isinstance(func, ast.Attribute):
        out.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        out.append(func.id)
    return tuple(reversed(out))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_only_the_feed_facade_opens_picks_or_moves_ids(path):
    # One owner: core/opened.py's OpenedFeed opens the picks store and carries state over to renamed ids;
    # the CLI and the window go through it.
    if module_name(path) in (FACADE, "agenda.core.plan.picks"):
        return
    bad = [f"line {c.lineno}" for c in _calls(path)
           if _names(c.func)[-2:] == ("PicksStore", "open") or _names(c.func)[-1:] == ("carry_over_ids",)]
    assert not bad, f"{module_name(path)} opens a picks store or calls carry_over_ids itself ({', '.join(bad)})"


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_the_core_raises_its_own_errors_not_bare_value_errors(path):
    # Domain errors are AgendaError subclasses (core/errors.py): the CLI turns exactly those into exit 2.
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if _names(exc) == ("ValueError",):
                bad.append(f"line {node.lineno}")
    assert not bad, f"{module_name(path)} raises a bare ValueError ({', '.join(bad)}); raise an AgendaError subclass"


def test_the_checks_above_can_see_what_they_forbid(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(p):\n    PicksStore.open(p, 'k')\n    carry_over_ids(1, 2, 3)\n    raise ValueError('x')\n")
    assert [_names(c.func) for c in _calls(bad)] == [("PicksStore", "open"), ("carry_over_ids",), ("ValueError",)]


UI = [p for p in MODULES if module_name(p).startswith("agenda.ui")]


def _class_bases(path: Path) -> dict[str, list[str]]:
    """Each class in ``path`` and where its bases come from: the module a base name is imported from
    (``PySide6.QtWidgets``), this module's name for a class defined in it, or the name itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    origin: dict[str, str] = {}
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            source = ".".join(base + ([node.module] if node.module else []))
            origin.update({alias.asname or alias.name: source for alias in node.names})
        elif isinstance(node, ast.ClassDef):
            origin.setdefault(node.name, name)
    return {node.name: [origin.get(".".join(_names(b)).split(".")[0], ".".join(_names(b))) for b in node.bases]
            for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}


@pytest.mark.parametrize("path", UI, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_windows_are_composed_not_mixed(path):
    # The main window and the grid are Qt widgets made of parts they own (composition): no base class of
    # ours. No class anywhere in the UI mixes one of ours into a Qt class, and no part guesses at another's
    # attributes with getattr(self, ...).
    for cls, bases in _class_bases(path).items():
        ours = [b for b in bases if b.startswith("agenda")]
        if cls in ("MainWindow", "GridView"):
            assert not ours, f"{cls} has a base class from agenda ({', '.join(ours)}): compose parts instead"
        assert not (ours and len(bases) > 1), f"{module_name(path)}.{cls} mixes {', '.join(ours)} into {bases}"
    guards = [f"line {c.lineno}" for c in _calls(path)
              if _names(c.func) == ("getattr",) and c.args and _names(c.args[0]) == ("self",)]
    assert not guards, f"{module_name(path)} guards with getattr(self, ...) ({', '.join(guards)})"


def test_the_composition_check_sees_a_mixin(tmp_path):
    pkg = tmp_path / "agenda" / "ui"
    pkg.mkdir(parents=True)
    bad = pkg / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QMainWindow\nfrom .days import Days\n\n"
                   "class MainWindow(Days, QMainWindow):\n    def f(self):\n        return getattr(self, 'x', 1)\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path / "agenda"
    try:
        assert _class_bases(bad) == {"MainWindow": ["agenda.ui.days", "PySide6.QtWidgets"]}
        with pytest.raises(AssertionError, match="MainWindow has a base class from agenda"):
            test_windows_are_composed_not_mixed(bad)
    finally:
        PACKAGE = saved


ARCHITECTURE = PACKAGE.parent / "ARCHITECTURE.md"


def _section_of(text: str, folder: str) -> str:
    """The text of ARCHITECTURE.md under the heading that names ``folder`` ("core/plan", "ui"; "" for the
    top of the file, before the first "##" heading)."""
    parts = re.split(r"^(#{2,3} .*)$", text, flags=re.M)
    if not folder:
        return parts[0]
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        if re.search(rf"(?<![\w/])(?:agenda/)?{re.escape(folder)}(?![\w/])", heading):
            return body
    return ""


@pytest.mark.parametrize("path", [p for p in MODULES if p.name not in ("__init__.py",)],
                         ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_architecture_md_names_every_module_where_it_lives(path):
    # The map a newcomer reads: each module is named in the section for its folder (agenda/core/plan/x.py
    # under "core/plan", agenda/ui/panels/x.py as `panels/x.py` under "ui/panels").
    rel = path.relative_to(PACKAGE)
    folder = "/".join(rel.parts[:-1])
    section = _section_of(ARCHITECTURE.read_text(encoding="utf-8"), folder)
    assert re.search(rf"`(?:[\w/]+/)?{re.escape(path.name)}`", section), (
        f"ARCHITECTURE.md does not name {path.name} under its folder's heading ({folder or 'the top'})")


def test_the_architecture_check_sees_a_module_left_out():
    text = "# A\n\n`app.py` starts\n\n## agenda/core: c\n\n| `model.py` | x |\n\n### core/plan: p\n\n| `picks.py` |\n"
    assert "model.py" in _section_of(text, "core") and "picks.py" not in _section_of(text, "core")
    assert "picks.py" in _section_of(text, "core/plan") and _section_of(text, "ui") == ""
    assert "app.py" in _section_of(text, "")
