"""The `argmap` entry point: headless commands skip Qt; no display gives one line, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENTRY = "from ui.main import main; import sys; sys.exit(main())"


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args], capture_output=True, text=True, env=env, check=False, timeout=60
    )


def test_no_display_says_so_in_one_line(sample_map_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = _run([str(sample_map_path)], env)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "no display" in proc.stderr and "xvfb-run" in proc.stderr


def test_headless_commands_do_not_import_qt(sample_map_path: Path) -> None:
    code = (
        "import sys; from ui.main import main; rc = main(['stats', sys.argv[1]]); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT'); sys.exit(rc)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(sample_map_path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("NOQT")


def test_unknown_option_is_bad_usage() -> None:
    proc = _run(["--frobnicate"], dict(os.environ))
    assert proc.returncode == 2
    assert "unknown command or option" in proc.stderr
