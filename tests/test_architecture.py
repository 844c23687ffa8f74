"""Conventions that keep the code's shape: UI at the edge."""

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


def test_only_app_and_one_ui_module_import_streamlit():
    sources = [*ROOT.glob("*.py"), *(ROOT / "events").rglob("*.py"), *(ROOT / "maps").rglob("*.py")]
    importers = {str(p.relative_to(ROOT)) for p in sources if {"streamlit", "streamlit_folium"} & _imports(p)}
    assert importers == {"app.py", "ui.py", "events/cli.py"}
    cli = (ROOT / "events" / "cli.py").read_text(encoding="utf-8")
    assert "import streamlit\n" not in cli and "from streamlit.web import cli" in cli  # the launcher only


def test_no_print_outside_the_cli():
    offenders = []
    for folder in ("events", "maps"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "cli.py":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            in_main = [
                n for n in ast.walk(tree) if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test)
            ]
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
