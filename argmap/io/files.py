"""The one place argmap reads user files with size limits and writes files atomically."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
import time
from pathlib import Path

from argmap.io.errors import LoadError, SaveError
from argmap.limits import human_bytes


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of `path`, refusing a missing, unreadable, non-regular or oversized file."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise LoadError(p, "no such file") from None
    except OSError as e:
        raise LoadError(p, f"cannot be read ({e.strerror or e})") from None
    if p.is_dir():
        raise LoadError(p, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(p, "is not a regular file (a pipe or a device?)")  # opening a pipe would block
    if st.st_size > limit:
        raise LoadError(p, f"is {human_bytes(st.st_size)}, over the limit of {human_bytes(limit)}")
    try:
        with p.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise LoadError(p, f"cannot be read ({e.strerror or e})") from None
    if len(data) > limit:
        raise LoadError(p, f"is over the limit of {human_bytes(limit)}")
    return data


def write_atomic(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` so that the file is always either the old or the new content.

    Writes a temporary file in the same folder, fsyncs it, and renames it over the
    target; with `backup`, the previous file is kept as `path + ".bak"`.
    """
    p = Path(path)
    folder = p.parent if str(p.parent) else Path()
    _remove_stale_temps(folder, p.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise SaveError(f"{p}: cannot write in {folder} ({_reason(e)})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):  # mkstemp makes 0600; a saved map gets normal permissions
            os.chmod(tmp, p.stat().st_mode & 0o7777 if p.exists() else 0o666 & ~_umask())
        if p.exists() and backup:
            _copy_backup(p, p.with_name(p.name + ".bak"))
        os.replace(tmp, p)
        _fsync_dir(folder)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise SaveError(f"{p}: could not be saved ({_reason(e)}); the previous file is unchanged") from None


STALE_TEMP_SECONDS = 3600
"""A temporary file of an interrupted save older than this is removed by the next save."""


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Remove `.NAME.*.tmp` files that a killed save left behind (an hour old or more)."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for old in folder.glob(f".{glob.escape(name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if old.is_file() and old.stat().st_mtime < cutoff:
                    old.unlink()


def _copy_backup(src: Path, bak: Path) -> None:
    """Keep the last good version beside the file (hard link when possible, else a copy)."""
    tmp = bak.with_name(bak.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(src, tmp)
    except OSError:
        tmp.write_bytes(src.read_bytes())
    os.replace(tmp, bak)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "the disk is full"
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied: the file or folder is read-only"
    return e.strerror or str(e)
