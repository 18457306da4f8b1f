"""A big map loads with the collector kept off its objects, and with every check of a small one."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from argmap.io.errors import LoadError
from argmap.io.native import FREEZE_CLAIMS, dumps, load, save
from bench.maps import make_map


def test_a_big_map_loads_whole_and_its_objects_are_left_out_of_later_collections(tmp_path: Path) -> None:
    m = make_map(FREEZE_CLAIMS, "dag", seed=2)
    path = tmp_path / "big.argmap.json"
    save(m, path, backup=False)
    frozen = gc.get_freeze_count()
    try:
        assert load(path) == m
        assert gc.get_freeze_count() > frozen + 10 * FREEZE_CLAIMS  # claims, their lists, their strings
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_big_map_with_a_key_written_twice_is_refused(tmp_path: Path) -> None:
    text = dumps(make_map(FREEZE_CLAIMS, "tree", seed=4))
    path = tmp_path / "twice.argmap.json"
    path.write_text(text.replace('"role": "none",', '"role": "none", "role": "premise",', 1), encoding="utf-8")
    with pytest.raises(LoadError, match="'role' appears twice"):
        load(path)
    assert gc.isenabled()
