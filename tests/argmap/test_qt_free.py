"""The core never imports Qt: every argmap module imports in a process where PySide6 cannot load."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import argmap


def test_every_core_module_imports_without_qt(tmp_path: Path) -> None:
    names = sorted(
        m.name for m in pkgutil.walk_packages(argmap.__path__, "argmap.") if not m.name.endswith("__main__")
    )
    assert len(names) >= 8
    for blocked in ("PySide6", "shiboken6"):
        pkg = tmp_path / blocked
        pkg.mkdir()
        (pkg / "__init__.py").write_text(f"raise ImportError('{blocked} is blocked in this test')\n")
    code = "import importlib, sys\nfor n in sys.argv[1:]:\n    importlib.import_module(n)\nprint(len(sys.argv) - 1)"
    proc = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); exec({code!r})", *names],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(len(names))
