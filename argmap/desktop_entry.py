"""`argmap --install-desktop-entry`: put argmap's .desktop file and icon in the user's XDG data folder."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from argmap.paths import resource

DESKTOP_FILE = "argmap.desktop"
ICON_FILE = "argmap.svg"


def data_home(environ: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (the XDG rule)."""
    value = (os.environ if environ is None else environ).get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def launcher() -> str:
    """The command the menu entry runs: the `argmap` script of this installation when there is one."""
    script = Path(sys.executable).with_name("argmap")
    if script.is_file() and os.access(script, os.X_OK):
        return str(script)
    found = shutil.which("argmap")
    return found or f"{sys.executable} -m ui.main"


def _quoted(command: str) -> str:
    """A program path as the Desktop Entry spec wants it: quoted when it holds a space."""
    if " -m " in command or " " not in command:
        return command
    return '"' + command.replace("\\", "\\\\").replace('"', '\\"') + '"'


def install(root: Path | None = None) -> list[Path]:
    """Write the .desktop file and the scalable icon under `root` (the XDG data folder); returns the files."""
    base = root or data_home()
    desktop = base / "applications" / DESKTOP_FILE
    icon = base / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE
    text = resource(DESKTOP_FILE).read_text(encoding="utf-8")
    lines = [
        f"Exec={_quoted(launcher())} %f" if line.startswith("Exec=") else line for line in text.splitlines()
    ]
    desktop.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copyfile(resource("icons", ICON_FILE), icon)
    return [desktop, icon]
