"""The `argmap` entry point: headless commands skip Qt; no display gives one line, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def _free_display() -> str:
    """A display number no X server uses here (no socket, no lock file)."""
    for n in range(97, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    raise AssertionError("no free display number")


def _without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_a_stale_display_gets_the_same_one_line_as_no_display(sample_map_path: Path) -> None:
    unset = _run([str(sample_map_path)], _without_display())
    stale = _run([str(sample_map_path)], {**_without_display(), "DISPLAY": _free_display()})
    assert stale.returncode == unset.returncode == 2
    assert stale.stderr.count("\n") == 1, stale.stderr  # one line, not Qt's abort
    assert "libxcb" not in stale.stderr and "Aborted" not in stale.stderr
    assert stale.stderr.split("(")[0] == unset.stderr.split("(")[0] == "argmap: no display found "
    assert "xvfb-run" in stale.stderr and "does not" not in stale.stderr


def test_missing_qt_libraries_get_one_line_naming_the_debian_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui import display_check
    from ui.main import main

    libraries = {"libargmap-test-cursor.so.0": "libxcb-cursor0", **display_check.QT_X11_LIBRARIES}
    monkeypatch.setattr(display_check, "QT_X11_LIBRARIES", libraries)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "libargmap-test-cursor.so.0 is missing" in err
    assert err.strip().endswith("sudo apt-get install libxcb-cursor0")


def test_qt_x11_libraries_name_packages_of_the_apt_list() -> None:
    """The packages the one-line message names are ones the README's apt-get line installs (or theirs)."""
    from tests.conftest import ROOT
    from ui.display_check import QT_X11_LIBRARIES

    listed = (ROOT / ".ci" / "apt-packages.txt").read_text(encoding="utf-8")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1"):
        assert package in QT_X11_LIBRARIES.values() and f"\n{package}\n" in listed


def test_a_name_that_is_neither_a_file_nor_a_command_is_a_usage_error(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # a display is there: still no window, no dialog
    proc = subprocess.run(
        [sys.executable, "-c", ENTRY, "valdiate"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("usage: argmap [FILE]")
    assert "argmap: error: 'valdiate' is neither a file nor a command; did you mean `argmap validate`?" in (
        proc.stderr
    )


def test_help_shows_the_open_a_file_form() -> None:
    proc = _run(["--help"], dict(os.environ))
    assert proc.returncode == 0
    assert proc.stdout.startswith("usage: argmap [FILE]\n")
    assert "validate" in proc.stdout and "--install-desktop-entry" in proc.stdout


def test_install_desktop_entry_writes_the_menu_entry_and_icon(tmp_path: Path) -> None:
    data = tmp_path / "xdg-data"
    proc = _run(["--install-desktop-entry"], {**dict(os.environ), "XDG_DATA_HOME": str(data)})
    assert proc.returncode == 0, proc.stderr
    desktop = data / "applications" / "argmap.desktop"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "argmap.svg"
    assert str(desktop) in proc.stdout and str(icon) in proc.stdout
    entry = dict(
        line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    assert entry["Type"] == "Application" and entry["Name"] == "argmap" and entry["Icon"] == "argmap"
    program = entry["Exec"].removesuffix(" %f")
    assert Path(program.split(" -m ")[0]).is_file(), f"the menu entry runs {program!r}, which is not there"
    from PySide6.QtGui import QImage

    picture = QImage(str(icon))
    assert not picture.isNull() and picture.width() >= 48


def test_install_desktop_entry_into_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    proc = _run(["--install-desktop-entry"], {**dict(os.environ), "XDG_DATA_HOME": str(blocked)})
    assert proc.returncode == 2
    assert (
        proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: ") and "Traceback" not in proc.stderr
    )


def test_export_of_an_argdown_file_gets_the_convert_hint(tmp_path: Path) -> None:
    from tests.argmap.test_cli_hints import ARGDOWN, ARGDOWN_HINT

    source = tmp_path / "debate.argdown"
    source.write_text(ARGDOWN, encoding="utf-8")
    proc = _run(["export", str(source), "-o", str(tmp_path / "map.png")], dict(os.environ))
    assert proc.returncode == 2
    assert proc.stderr == f"error: {source}: {ARGDOWN_HINT}\n"
    assert not (tmp_path / "map.png").exists()
