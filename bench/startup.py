"""App start to a usable window: median wall time of fresh processes that open the sample map and paint once."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ui.shell.startup import build_window
from ui.document.settings import Settings
from PySide6.QtCore import QSettings
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = build_window(Path(sys.argv[1]), settings)
window.show()
window.repaint()
app.processEvents()
print("ready")
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sample = ROOT / "seeds" / "open-source-ai.argmap.json"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    times = []
    for i in range(runs):
        ini = Path(f"/tmp/argmap-startup-{os.getpid()}-{i}.ini")
        ini.write_text("[general]\nfirst_run=false\n")
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(sample), str(ini)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
        times.append(time.perf_counter() - t0)
        ini.unlink(missing_ok=True)
        if "ready" not in out.stdout:
            sys.exit(out.stderr[-2000:])
    print("| measure | median | min | runs |\n|---|---:|---:|---:|")
    print(
        f"| start to a painted window with the sample map ({env['QT_QPA_PLATFORM']}) | {statistics.median(times):.2f} s | {min(times):.2f} s | {runs} |"
    )


if __name__ == "__main__":
    main()
