"""Conventions that keep the code's shape: the faces (app.py and ui.py, the sitrep command) at
the edge, stages used through their packages, one coordinate order."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


STAGES = [ROOT / "events", ROOT / "maps"]  # the pipeline and the map builders
FACES = {"app", "ui", "sitrep"}  # the dashboard and the command: what talks to people
UI = {"streamlit", "streamlit_folium"}


def _sources(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in sorted(folder.rglob("*.py"))]


def test_stages_never_import_a_face_or_streamlit():
    offenders = {str(p.relative_to(ROOT)): sorted(found) for p in _sources(*STAGES)
                 if (found := (FACES | UI) & _imports(p))}  # fmt: skip
    assert offenders == {}


def test_the_command_only_launches_streamlit():
    """sitrep serve starts Streamlit's launcher on app.py; the command draws no UI itself."""
    modules = set()
    for path in _sources(ROOT / "sitrep"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
            elif isinstance(node, ast.Import):
                modules |= {a.name for a in node.names}
    assert {m for m in modules if m.split(".")[0] in UI} == {"streamlit.web", "streamlit.web.cli"}


def test_no_print_outside_the_command():
    offenders = []
    for path in _sources(*STAGES, ROOT / "sitrep"):
        if path == ROOT / "sitrep" / "cli.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_main = [n for n in ast.walk(tree) if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test)]
        allowed = {id(c) for n in in_main for c in ast.walk(n)}
        offenders += [f"{path.name}:{n.lineno}" for n in ast.walk(tree)
                      if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "print"
                      and id(n) not in allowed]  # fmt: skip
    assert offenders == []


def test_the_place_stage_is_used_through_its_package_only():
    """events.places offers its names in its __init__; nothing outside reaches into its modules."""
    offenders = []
    sources = [*ROOT.glob("*.py"), *(ROOT / "events").rglob("*.py"), *(ROOT / "maps").rglob("*.py"),
               *(ROOT / "bench").rglob("*.py")]  # fmt: skip
    for path in sources:
        if (ROOT / "events" / "places") in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            modules = [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            modules += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            offenders += [f"{path.name}: {m}" for m in modules if m.startswith("events.places.")]
    assert offenders == []


def _latitude_first(node: ast.AST) -> bool:
    """A list or tuple built (not unpacked) with a latitude name before a longitude name."""
    if not isinstance(node, ast.List | ast.Tuple) or not isinstance(node.ctx, ast.Load):
        return False
    names = [getattr(e, "id", "") for e in node.elts[:2]]
    return len(names) == 2 and names[0].startswith("lat") and names[1].startswith("lon")


def test_positions_flip_to_lat_lon_in_one_helper_only():
    """Positions are [lon, lat] everywhere; maps/coords.py alone builds Leaflet's [lat, lon]."""
    offenders = []
    for path in [*(ROOT / "events").rglob("*.py"), *(ROOT / "maps").rglob("*.py"), ROOT / "app.py",
                 ROOT / "ui.py"]:  # fmt: skip
        if path == ROOT / "maps" / "coords.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(ROOT)}:{n.lineno}" for n in ast.walk(tree) if _latitude_first(n)]
    assert offenders == []


# The stages of events/, lowest first: a stage imports only the stages before it (and the
# shared errors and settings); the use cases (service, evaluate) sit above them all.
STAGE_ORDER = ["reading", "places", "records", "extraction", "store", "exchange"]
SHARED = {"errors", "settings"}


def _stage_of(path: Path) -> str:
    relative = path.relative_to(ROOT / "events").parts
    return relative[0] if len(relative) > 1 else Path(relative[0]).stem


def test_stages_import_only_the_stages_below_them():
    upward = []
    for path in _sources(ROOT / "events"):
        stage = _stage_of(path)
        if stage not in STAGE_ORDER:
            continue
        allowed = set(STAGE_ORDER[: STAGE_ORDER.index(stage) + 1]) | SHARED
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            modules += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for module in modules:
                parts = module.split(".")
                if parts[0] == "events" and len(parts) > 1 and parts[1] not in allowed:
                    upward.append(f"{path.relative_to(ROOT)} imports {module}")
    assert upward == []


def test_every_stage_is_a_package_that_says_what_it_offers():
    for stage in STAGE_ORDER:
        init = ROOT / "events" / stage / "__init__.py"
        assert init.exists(), stage
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), stage
    loose = {p.stem for p in (ROOT / "events").glob("*.py")} - {"__init__"}
    assert loose == SHARED | {"service", "evaluate"}  # the use cases the faces share


def test_extraction_loads_no_store_nor_pandas():
    """The extraction use case and the command (the first call a user waits for) import neither the
    store nor pandas under it: they load when a store is opened (half a second of every first call)."""
    import subprocess
    import sys

    code = (
        "import sys, events.service, sitrep.cli; print(sorted({'pandas', 'events.store'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
