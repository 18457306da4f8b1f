"""Exports are the same bytes whatever the run: the same map gives the same SVG in any process, and a big
map's picture is the same whether its items were built for the export or all at sync."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRectF

from argmap.io.native import save
from argmap.model import ArgumentMap
from argmap.paths import SAMPLE_MAP, seed
from tests.ui.map.big_maps import tree_map
from ui.map.scene import MapScene
from ui.render.export import export_scene

N = 2_500


def linked_tree(n: int) -> ArgumentMap:
    """A tree of `n` claims where every twelfth reason has two linked premises (lines hang from a bar)."""
    m = tree_map(n)
    merged = {f"a{i + 1}" for i in range(1, n - 1, 12)}
    args = []
    for a in m.arguments:
        if a.id in merged:
            continue
        i = int(a.id[1:])
        if f"a{i + 1}" in merged:
            a = a.model_copy(update={"premises": [f"c{i}", f"c{i + 1}"]})
        args.append(a)
    return m.model_copy(update={"arguments": args})


def _export_in_a_fresh_process(source: Path, out: Path, hash_seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from ui.main import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", code, "export", str(source), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_the_same_map_exports_the_same_svg_in_two_fresh_processes(tmp_path: Path) -> None:
    big = tmp_path / "linked.argmap.json"
    save(linked_tree(N), big, backup=False)
    for source in (seed(SAMPLE_MAP), big):
        (tmp_path / "one").mkdir(exist_ok=True)
        (tmp_path / "two").mkdir(exist_ok=True)
        first = _export_in_a_fresh_process(source, tmp_path / "one" / "map.svg", "1")
        second = _export_in_a_fresh_process(source, tmp_path / "two" / "map.svg", "2")
        assert b"<path" in first
        assert first == second, f"{source.name}: the SVG differs between runs"


def test_a_big_map_exports_the_same_picture_built_lazily_or_all_at_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m = linked_tree(N)
    whole = MapScene(lazy_min=10 * N)  # every item built at sync, in the map's order
    whole.sync(m)
    lazy = MapScene()  # items built only for the export (as `argmap export` does)
    lazy.sync(m)
    panned = MapScene()  # items built around a window moving across the map, then the rest for the export
    panned.sync(m)
    assert lazy.lazy and panned.lazy and not whole.lazy
    assert not lazy.edges.built()
    b = panned.map_rect()
    for step in range(6):
        x = b.left() + b.width() * step / 6
        panned.reveal(QRectF(x, b.top() + b.height() / 3, 1366, 768))
    assert 0 < len(panned.edges.built()) < len(panned.edges)
    for name, scene in (("whole", whole), ("lazy", lazy), ("panned", panned)):
        (tmp_path / name).mkdir()
        for suffix in ("png", "svg"):
            export_scene(scene, tmp_path / name / f"map.{suffix}")
        assert len(list(scene.items())) == len(list(whole.items()))
    for suffix in ("png", "svg"):
        assert (tmp_path / "whole" / f"map.{suffix}").read_bytes() == (
            tmp_path / "lazy" / f"map.{suffix}"
        ).read_bytes()
    assert (tmp_path / "whole" / "map.svg").read_bytes() == (tmp_path / "panned" / "map.svg").read_bytes()
