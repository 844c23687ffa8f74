"""The declared stack is the stack: pyproject.toml declares what the code imports, plus the
engines and tools chosen on purpose (ENGINES), and nothing else; the lock file pins it all."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Declared on purpose though never imported by name: what they are for.
ENGINES = {
    "pyarrow": "pandas' Parquet engine (the copy of imported events beside the store)",
    "vl-convert-python": "Altair's PNG engine (the timeline download)",
    "ruff": "the linter and formatter tests/test_lint.py runs",
}
RUNTIME = [ROOT / "app.py", ROOT / "ui.py", ROOT / "events", ROOT / "maps", ROOT / "sitrep"]
DEVELOPMENT = [ROOT / "tests", ROOT / "bench"]


def _name(requirement: str) -> str:
    return _normal(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def _declared() -> tuple[frozenset[str], frozenset[str]]:
    """(runtime dependencies, optional ones), normalised names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    optional = {_name(r) for extra in project["optional-dependencies"].values() for r in extra}
    return frozenset(map(_name, project["dependencies"])), frozenset(optional)


def _local() -> set[str]:
    """Modules of this repository (packages, top-level modules, tests' and bench's helpers)."""
    folders = [ROOT, ROOT / "tests", ROOT / "bench"]
    return {p.stem for folder in folders for p in folder.glob("*.py")} | {"events", "maps", "sitrep"}


def _imports(paths: list[Path]) -> dict[str, set[str]]:
    """Third-party top-level module -> the files importing it."""
    found: dict[str, set[str]] = {}
    local = _local()
    files = [f for p in paths for f in ([p] if p.is_file() else sorted(p.rglob("*.py")))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for top in {n.split(".")[0] for n in names} - local - set(sys.stdlib_module_names):
                found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


@cache
def _providers() -> dict[str, list[str]]:
    return metadata.packages_distributions()


def _distributions(module: str) -> set[str]:
    return {_normal(d) for d in _providers().get(module, [])}


@pytest.mark.parametrize(("paths", "allowed"), [(RUNTIME, "runtime"), (DEVELOPMENT, "any")])
def test_every_import_is_declared(paths, allowed):
    runtime, optional = _declared()
    declared = runtime if allowed == "runtime" else runtime | optional
    undeclared = {module: sorted(files) for module, files in _imports(paths).items()
                  if not _distributions(module) & declared}  # fmt: skip
    assert undeclared == {}


def test_every_declared_dependency_is_imported_or_an_engine():
    runtime, optional = _declared()
    imported_at_run_time = {d for m in _imports(RUNTIME) for d in _distributions(m)}
    imported_anywhere = imported_at_run_time | {d for m in _imports(DEVELOPMENT) for d in _distributions(m)}
    assert sorted(runtime - imported_at_run_time - set(ENGINES)) == []
    assert sorted(optional - imported_anywhere - set(ENGINES)) == []


def test_the_lock_pins_every_declared_dependency():
    runtime, optional = _declared()
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    pinned = {_normal(line.split("==")[0]) for line in lines if "==" in line}
    assert sorted((runtime | optional) - pinned) == []
