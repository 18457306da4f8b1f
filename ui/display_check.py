"""Before Qt starts: is there a display that answers, and are Qt's X11 libraries installed? One line if not.

Qt aborts the whole process when its platform plugin cannot start, with a message
that blames the wrong thing (a stale DISPLAY is reported as a missing libxcb-cursor0).
`display_problem()` asks the same questions first, without importing Qt, so the
`argmap` command can print one line naming the problem and exit.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

NO_DISPLAY = (
    "argmap: no display found ({why}). Run it from a desktop session, "
    "or on a virtual screen: xvfb-run -a argmap [FILE]"
)
MISSING_LIBRARIES = "argmap: Qt cannot open a window: {libraries} {verb} missing; install {them} with: sudo apt-get install {packages}"

QT_X11_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""What Qt's xcb platform plugin loads (ldd of libqxcb.so and libQt6XcbQpa.so), and the Debian package of each."""


def missing_libraries() -> dict[str, str]:
    """The Qt X11 libraries the dynamic loader cannot find, with their Debian packages."""
    missing: dict[str, str] = {}
    for soname, package in QT_X11_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing[soname] = package
    return missing


def x_server_answers(display: str) -> bool:
    """True when an X server accepts a connection on `display` (what Qt's xcb plugin does first)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def _wayland_socket(name: str) -> bool:
    path = Path(name)
    if not path.is_absolute():
        path = Path(os.environ.get("XDG_RUNTIME_DIR", "")) / name
    return path.exists()


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """One line saying why Qt could not open a window here, or None when it can (or renders offscreen)."""
    env = dict(os.environ if environ is None else environ)
    platform = env.get("QT_QPA_PLATFORM", "")
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        return None
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt was told what to use
    wayland = env.get("WAYLAND_DISPLAY", "")
    if not platform and wayland and _wayland_socket(wayland):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        why = (
            f"WAYLAND_DISPLAY={wayland} has no socket and DISPLAY is not set"
            if wayland
            else "DISPLAY and WAYLAND_DISPLAY are not set"
        )
        return NO_DISPLAY.format(why=why)
    missing = missing_libraries()
    if missing:
        many = len(missing) > 1
        return MISSING_LIBRARIES.format(
            libraries=", ".join(missing),
            verb="are" if many else "is",
            them="them" if many else "it",
            packages=" ".join(dict.fromkeys(missing.values())),
        )
    if not x_server_answers(display):
        return NO_DISPLAY.format(why=f"no X server answers on DISPLAY={display}")
    return None
