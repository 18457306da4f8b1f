"""Test set-up: offscreen Qt, a private XDG_RUNTIME_DIR, hypothesis profiles, shared fixtures."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _private_folder(variable: str, prefix: str) -> None:
    """Point `variable` at a new mode-0700 temp folder (unless set) and remove it when pytest exits."""
    if os.environ.get(variable):
        return
    folder = tempfile.mkdtemp(prefix=prefix)  # mkdtemp makes it 0700
    os.environ[variable] = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


_private_folder("XDG_RUNTIME_DIR", "argmap-xdg-")
# Autosaves, crash logs and recovery offers go to a private folder, never the user's.
_private_folder("ARGMAP_STATE_DIR", "argmap-state-")

# CI runs a fixed, bounded, derandomised profile (the same examples every run, so a red CI
# is reproducible); locally "dev" explores new random examples each run, and
# ARGMAP_HYPOTHESIS=long runs many more.
settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("ARGMAP_HYPOTHESIS", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
SHIPPED_SAMPLE_MAP = SEEDS / "open-source-ai.argmap.json"
"""The sample as installed: the app opens it as an unsaved copy (tests/ui/test_first_run_sample.py)."""
_private_folder("ARGMAP_TEST_SAMPLE_DIR", "argmap-sample-")
SAMPLE_MAP = Path(os.environ["ARGMAP_TEST_SAMPLE_DIR"]) / SHIPPED_SAMPLE_MAP.name
"""A user's copy of the sample map (same bytes, outside the install), which opens as that file."""
if not SAMPLE_MAP.exists():
    shutil.copyfile(SHIPPED_SAMPLE_MAP, SAMPLE_MAP)
SAMPLE_ARTICLE = SEEDS / "open-source-ai-zuckerberg-article.txt"


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_at_exit() -> object:
    """PySide6 6.11 segfaults at interpreter exit on the offscreen platform while the
    clipboard holds mime data set from Python (the copy/paste tests put some there)."""
    yield None
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()


@pytest.fixture
def sample_map_path() -> Path:
    """Path of a user's copy of the sample map (see SAMPLE_MAP)."""
    return SAMPLE_MAP


@pytest.fixture
def sample_map():  # type: ignore[no-untyped-def]
    """A fresh copy of the sample map."""
    from argmap.io.native import load

    return load(SAMPLE_MAP)


@pytest.fixture
def shared_dir() -> Path:
    """../shared (corpora, docs); tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
