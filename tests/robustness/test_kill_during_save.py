"""Kill a process at random moments while it saves a large map: the file on disk stays whole."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from argmap import __version__
from argmap.analysis.findings import validate
from argmap.io.native import dumps, load, save
from argmap.model import ArgumentMap
from tests.robustness.conftest import LONG, Tally
from tests.robustness.maps import large_map

TRIALS = 2000 if LONG else 120
CLAIMS = 2000


def _saving_child(path: Path, maps: list[ArgumentMap], ready: int) -> None:
    """In the forked child: save the two versions alternately, forever, until killed."""
    try:
        os.write(ready, b"r")
        i = 0
        while True:
            save(maps[i % 2], path)
            i += 1
    finally:
        os._exit(0)


def _leftovers(folder: Path, name: str) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f".{name}.") or p.name.endswith(".bak.tmp")]


def test_file_is_always_old_or_new_after_kill(tmp_path: Path, tally: Tally) -> None:
    maps = [large_map(CLAIMS, seed=1), large_map(CLAIMS, seed=2)]
    for m in maps:
        m.meta.app_version = __version__
    versions = {dumps(m).encode("utf-8") for m in maps}
    assert len(versions) == 2
    path = tmp_path / "big.argmap.json"
    save(maps[0], path, backup=False)
    started = time.perf_counter()
    save(maps[1], path)
    one_save = time.perf_counter() - started
    rng = random.Random(8)
    mid_write = 0
    for _ in range(TRIALS):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(ready_r)
            _saving_child(path, maps, ready_w)
        os.close(ready_w)
        assert os.read(ready_r, 1) == b"r"
        os.close(ready_r)
        time.sleep(rng.uniform(0.0, 3 * one_save))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        tally.add("kill during save: trials")
        leftovers = _leftovers(tmp_path, path.name)
        if any(p.name.startswith(f".{path.name}.") for p in leftovers):
            mid_write += 1  # the temporary copy existed: the kill landed during the write itself
        for p in leftovers:
            p.unlink()
        try:
            assert path.read_bytes() in versions, "the map file is neither the old nor the new version"
            bak = path.with_name(path.name + ".bak")
            assert not bak.exists() or bak.read_bytes() in versions, "the .bak file is damaged"
        except AssertionError:
            tally.fail("kill during save: trials")
            raise
    tally.note("kill during save: trials", "landed mid-write", mid_write)
    assert validate(load(path)) == []
    # Zero mid-write kills would mean the test never exercised the dangerous window.
    assert mid_write > 0, f"none of {TRIALS} kills landed while the file was being written"
