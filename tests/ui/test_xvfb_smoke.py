"""Smoke test: the real `argmap MAP` in a real X window on a virtual screen (Xvfb), checked by a screenshot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import SAMPLE_MAP

pytestmark = pytest.mark.xvfb

SIZE = (1600, 1000)

GRAB = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication(sys.argv[:1])
    out, deadline = sys.argv[1], time.monotonic() + float(sys.argv[2])
    while True:
        image = app.primaryScreen().grabWindow(0).toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        if len(colours) > 40 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    time.sleep(1.0)  # let the window finish painting
    app.primaryScreen().grabWindow(0).save(out)
    """
)


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb screen; its DISPLAY name."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is not installed: apt-get install xvfb (see .ci/run and SETUP-NOTES)"
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _argmap_command() -> list[str]:
    script = Path(sys.executable).with_name("argmap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui.main"]


def test_real_window_shows_the_sample_map(x_display: str, tmp_path: Path) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        [*_argmap_command(), str(SAMPLE_MAP)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    shot = tmp_path / "xvfb-smoke.png"
    try:
        grab = subprocess.run(
            [sys.executable, "-c", GRAB, str(shot), "30"], env=env, capture_output=True, text=True, timeout=60
        )
        assert grab.returncode == 0, grab.stderr
        assert app.poll() is None, f"the app exited early:\n{app.communicate()[0]}"
    finally:
        app.terminate()
        output = app.communicate(timeout=10)[0]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == SIZE
    samples = [image.pixel(x, y) for x in range(0, SIZE[0], 5) for y in range(0, SIZE[1], 5)]
    most = max(set(samples), key=samples.count)
    assert len(set(samples)) > 40, f"the screen looks blank; app output:\n{output}"
    assert samples.count(most) / len(samples) < 0.8, "one colour fills most of the screen"
    black = sum(1 for p in samples if p & 0xFFFFFF == 0) / len(samples)
    assert black < 0.2, "the window does not fill the screen (Xvfb's black background shows)"
