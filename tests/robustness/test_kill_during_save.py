"""Kill a process at random moments while it saves a large map: the file on disk stays whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

from argmap import __version__
from argmap.analysis.findings import validate
from argmap.io.native import dumps, load, save
from tests.conftest import ROOT
from tests.robustness.conftest import LONG, Tally
from tests.robustness.maps import large_map

TRIALS = 2000 if LONG else 60
CLAIMS = 1000


def _ask(server: subprocess.Popen[bytes], command: str) -> str:
    stdin: IO[bytes] | None = server.stdin
    stdout: IO[bytes] | None = server.stdout
    assert stdin is not None and stdout is not None
    stdin.write(command.encode() + b"\n")
    stdin.flush()
    return stdout.readline().decode().strip()


def _temporaries(folder: Path, name: str) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f".{name}.") or p.name.endswith(".bak.tmp")]


def _wait_for_write(folder: Path, name: str, limit: float) -> None:
    """Return once the saver's temporary file appears (the write has begun), or after `limit` seconds."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if any(p.startswith(f".{name}.") for p in os.listdir(folder)):
            return
        time.sleep(0.0005)


def test_file_is_always_old_or_new_after_kill(tmp_path: Path, tally: Tally) -> None:
    maps = [large_map(CLAIMS, seed=1), large_map(CLAIMS, seed=2)]
    for m in maps:
        m.meta.app_version = __version__
    versions = {dumps(m).encode("utf-8") for m in maps}
    path = tmp_path / "big.argmap.json"
    save(maps[0], path, backup=False)
    started = time.perf_counter()
    save(maps[1], path)
    cycle = time.perf_counter() - started
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.robustness.save_child", str(path), str(CLAIMS)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    rng = random.Random(8)
    mid_write = 0
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == b"ready"
        for trial in range(TRIALS):
            pid = int(_ask(server, "fork"))
            if trial % 2:  # half the kills: a random moment of a save cycle
                time.sleep(rng.uniform(0.0, 2 * cycle))
            else:  # the other half: a random moment after the temporary file appears
                _wait_for_write(tmp_path, path.name, 5 * cycle + 1)
                time.sleep(rng.uniform(0.0, 0.01))
            os.kill(pid, signal.SIGKILL)
            assert _ask(server, "reap") == "reaped"
            tally.add("kill during save: trials")
            leftovers = _temporaries(tmp_path, path.name)
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
    finally:
        server.kill()
        server.wait()
        for stream in (server.stdin, server.stdout):
            if stream is not None:
                stream.close()
    tally.note("kill during save: trials", "landed mid-write", mid_write)
    assert validate(load(path)) == []
    # Zero mid-write kills would mean the test never exercised the dangerous window.
    assert mid_write > 0, f"none of {TRIALS} kills landed while the file was being written"
