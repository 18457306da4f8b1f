"""Saving never loses work: a file changed by another program, a read-only folder, a full disk."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import argmap.io.files
from argmap import ops
from argmap.io.errors import SaveError
from argmap.io.native import load
from tests.conftest import SAMPLE_MAP
from ui.document.document import ChangedOnDisk, Document


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.argmap.json"
    shutil.copy(SAMPLE_MAP, path)
    return path


def _edited(doc: Path) -> Document:
    session = Document()
    session.open(doc)
    session.push(ops.SetTitle("my edit"))
    return session


def test_a_file_changed_by_another_program_is_not_overwritten(qtbot: QtBot, doc: Path) -> None:
    session = _edited(doc)
    theirs = load(doc)
    theirs.title = "their edit"
    doc.write_text(theirs.model_dump_json(), encoding="utf-8")
    with pytest.raises(ChangedOnDisk, match="changed by another program"):
        session.save()
    assert load(doc).title == "their edit"
    assert session.dirty and session.map.title == "my edit"
    session.save(overwrite_changed=True)  # the user chose to replace their version
    assert load(doc).title == "my edit" and not session.dirty


def test_a_touched_but_unchanged_file_saves_normally(qtbot: QtBot, doc: Path) -> None:
    session = _edited(doc)
    os.utime(doc, (1, 1))
    session.save()
    assert load(doc).title == "my edit"


def test_saving_twice_is_not_mistaken_for_another_program(qtbot: QtBot, doc: Path) -> None:
    session = _edited(doc)
    session.save()
    session.push(ops.SetTitle("second"))
    session.save()
    assert load(doc).title == "second"


@pytest.mark.parametrize(
    ("code", "message"),
    [(errno.EACCES, "read-only"), (errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full")],
)
def test_unwritable_places_give_a_clear_message_and_keep_the_document(
    qtbot: QtBot, doc: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    # Tests run as root here, so a chmod would not stop the write: fail the calls instead.
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    before = doc.read_bytes()
    session = _edited(doc)
    target = "fsync" if code == errno.ENOSPC else "mkstemp"
    monkeypatch.setattr(argmap.io.files.os if target == "fsync" else argmap.io.files.tempfile, target, refuse)
    with pytest.raises(SaveError, match=message) as err:
        session.save()
    assert str(doc) in str(err.value) and "Traceback" not in str(err.value)
    assert session.dirty and session.map.title == "my edit" and session.path == doc
    assert doc.read_bytes() == before
    assert [p.name for p in doc.parent.iterdir()] == [doc.name]  # no temporary file left behind
