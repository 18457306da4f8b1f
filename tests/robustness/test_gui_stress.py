"""Thousands of random user actions on the sample map in the real window, with invariants after each.

Actions: tag text, connect, link, undercut, switch, detach, edit, tag with a user tag, delete, collapse/expand, pin, undo,
redo, re-layout, switch direction, save, reopen. After each: the map validates without
errors and the canvas shows exactly the map. Every hundred actions, undo-all gives back
the map as last opened and redo-all the map before it.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from argmap import ops
from argmap.analysis.findings import Level, validate
from argmap.model import ArgumentMap, Point, Tag
from tests.conftest import SAMPLE_MAP
from tests.robustness.conftest import LONG, Tally
from tests.ui.prompter import FakePrompter
from ui.document.document import Document
from ui.document.settings import Settings
from ui.shell.main_window import MainWindow

ACTIONS = int(os.environ.get("ARGMAP_STRESS_ACTIONS", 3000 if LONG else 600))
"""Random actions per run; ARGMAP_STRESS_ACTIONS overrides (the outline rebuilds in full, so big runs slow down)."""
CHECK_EVERY = 100


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, style = app.palette(), app.font(), app.style().name()
    settings = Settings(QSettings(str(tmp_path / "stress.ini"), QSettings.Format.IniFormat))
    w = MainWindow(Document(), settings, FakePrompter())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.undo_stack.setClean()
    app.setPalette(palette)
    app.setFont(font)
    app.setStyle(style)


def _dump(m: ArgumentMap) -> dict[str, object]:
    return m.model_dump(exclude={"meta"})


def check_invariants(w: MainWindow) -> None:
    """The map is valid and the canvas shows exactly it."""
    m = w.session.map
    errors = [f for f in validate(m) if f.level is Level.ERROR]
    assert not errors, f"the map became invalid: {errors[0]}"
    scene = w.map_view.map_scene
    assert scene.layout is not None
    claims = {c.id: c for c in m.claims}
    hidden = scene.layout.hidden
    assert hidden <= claims.keys() and (not hidden or m.layout.collapsed), (
        "claims hidden with nothing collapsed"
    )
    assert set(scene.claims) == claims.keys() - hidden, "the canvas shows other claims than the map"
    for cid, item in scene.claims.items():
        assert item.claim == claims[cid], f"the box of {cid} shows stale content"
    arguments = {a.id for a in m.arguments}
    assert set(scene.junctions) <= arguments, "a junction of a removed argument"
    assert {key[0] for key in scene.edges} <= arguments, "a line of a removed argument"
    for a in m.arguments:
        ends = [*a.premises, a.target]
        shown = not (set(ends) & hidden) and a.target not in m.layout.collapsed  # collapsed: reasons hidden
        if shown and a.target in claims:
            assert any(key[0] == a.id for key in scene.edges), (
                f"argument {a.id} is not drawn: {a.premises} -> {a.target}, collapsed {m.layout.collapsed}, "
                f"tray {scene.layout.tray}, cycles {scene.layout.cycles}"
            )


class Stress:
    """The random user: one method per kind of action, each as a user would trigger it."""

    def __init__(self, w: MainWindow, rng: random.Random, folder: Path) -> None:
        self.w, self.rng, self.folder = w, rng, folder
        self.saved: Path | None = None
        assert isinstance(w.prompter, FakePrompter)
        w.prompter.save_answer = folder / "stress.argmap.json"
        w.prompter.save_changes_answer = "save"

    def _claim(self) -> str | None:
        claims = self.w.session.map.claims
        return self.rng.choice(claims).id if claims else None

    def _trigger(self, name: str) -> None:
        actions = {**self.w.map_view.actions_by_name, **self.w.actions_by_name}
        actions[name].trigger()

    def tag(self) -> None:
        text = self.w.article.toPlainText()
        start = self.rng.randrange(max(1, len(text)))
        self.w.article.select_range(start, min(len(text), start + self.rng.randint(0, 120)))
        self._trigger(self.rng.choice(["tag_premise", "tag_conclusion", "tag_objection", "tag_rebuttal"]))

    def connect(self) -> None:
        a, b = self._claim(), self._claim()
        if a and b:
            self.w.selection.set([a, b])
            self._trigger(self.rng.choice(["connect_support", "connect_attack"]))

    def restructure(self) -> None:
        """Link, undercut, switch or detach: the Claim menu's commands on a random selection."""
        m = self.w.session.map
        ids = [c for c in (self._claim(), self._claim(), self._claim()) if c]
        if m.arguments and self.rng.random() < 0.5:
            ids.insert(self.rng.randrange(len(ids) + 1), self.rng.choice(m.arguments).id)
        self.w.selection.set(ids)
        self._trigger(self.rng.choice(["link_premises", "undercut", "toggle_relation", "disconnect"]))

    def edit(self) -> None:
        cid = self._claim()
        if cid:
            words = self.rng.choice(["Open models are safer.", "", "  ", "ünïcode — “quotes” 😀", "x" * 300])
            self.w.session.push(ops.EditClaim(cid, {"text": words or "edited"}))

    def user_tag(self) -> None:
        m, cid = self.w.session.map, self._claim()
        if not m.tags:
            self.w.session.push(ops.AddTag(Tag(id=m.new_id("t"), name="check", color="#aa3300")))
        elif cid:
            tag = self.rng.choice(m.tags).id
            tags = m.claim(cid).tags
            self.w.session.push(
                ops.EditClaim(cid, {"tags": [t for t in tags if t != tag] if tag in tags else [*tags, tag]})
            )

    def delete(self) -> None:
        cid = self._claim()
        if cid:
            self.w.selection.select(cid)
            self._trigger("delete")

    def collapse(self) -> None:
        cid = self._claim()
        if cid and self.w.map_view.select_claim(cid):
            self._trigger(self.rng.choice(["collapse", "expand"]))

    def pin(self) -> None:
        cid = self._claim()
        if cid:
            point = Point(x=self.rng.uniform(-500, 500), y=self.rng.uniform(-500, 500))
            self.w.session.push(ops.SetPin(cid, point))

    def undo(self) -> None:
        self._trigger("undo")

    def redo(self) -> None:
        self._trigger("redo")

    def layout(self) -> None:
        self._trigger(self.rng.choice(["relayout", "left_right"]))

    def save(self) -> None:
        self._trigger("save")
        self.saved = self.w.session.path

    def reopen(self) -> None:
        if self.saved is not None:
            assert self.w.files.open_path(self.saved)

    def all(self) -> list[tuple[Callable[[], None], int]]:
        return [
            (self.tag, 6),
            (self.connect, 6),
            (self.restructure, 4),
            (self.edit, 4),
            (self.user_tag, 2),
            (self.delete, 3),
            (self.collapse, 2),
            (self.pin, 2),
            (self.undo, 5),
            (self.redo, 3),
            (self.layout, 1),
            (self.save, 1),
            (self.reopen, 1),
        ]


def test_random_user_actions_keep_map_and_canvas_consistent(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, tally: Tally
) -> None:
    doc = tmp_path / "sample.argmap.json"
    shutil.copy(SAMPLE_MAP, doc)
    w = window
    assert w.files.open_path(doc)
    seed = int(os.environ.get("ARGMAP_STRESS_SEED", "8"))
    rng = random.Random(seed)
    stress = Stress(w, rng, tmp_path)
    choices = stress.all()
    moves, weights = [c for c, _ in choices], [n for _, n in choices]
    opened = _dump(w.session.map)
    history: list[str] = []
    for i in range(1, ACTIONS + 1):
        move = rng.choices(moves, weights)[0]
        history.append(move.__name__)
        tally.add("GUI stress: random actions")
        try:
            move()
            if i % 10 == 0 or move.__name__ == "reopen":
                QApplication.processEvents()  # paint and run deferred deletes now and then; syncs are direct
            if move.__name__ == "reopen" and stress.saved is not None:
                opened = _dump(w.session.map)
            check_invariants(w)
            if i % CHECK_EVERY == 0:
                before = _dump(w.session.map)
                stack = w.session.undo_stack
                index = stack.index()  # steps undone just before stay undone
                while stack.canUndo():
                    stack.undo()
                assert _dump(w.session.map) == opened, "undo-all did not give back the map as last opened"
                check_invariants(w)
                while stack.index() < index:
                    stack.redo()
                assert _dump(w.session.map) == before, "redo did not give back the edited map"
                check_invariants(w)
        except Exception as e:
            tally.fail("GUI stress: random actions")
            raise AssertionError(f"seed {seed}, action {i}; last actions: {history[-12:]}: {e}") from e
    tally.note("GUI stress: random actions", "claims at the end", len(w.session.map.claims))
