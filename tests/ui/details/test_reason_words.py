"""The details panel says what a reason does in plain words that follow its aim, never "undercut" or an id."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from argmap.io.argdown_read import read
from argmap.io.native import save
from argmap.model import Aim, ArgumentMap
from ui.details.reason_words import what_it_does
from ui.shell.main_window import MainWindow

DOC = b"""[s]: Schools should ban phones.
  + <Distraction>: Phones distract pupils.
    - <Selective>: Those studies picked bad schools.

[t]: Homework should be short.
  + <Tired>: Pupils are tired.
    <_ <Other causes>: Tiredness has other causes.
"""

ATTACKS_THE_REASON = (
    "“Those studies picked bad schools.” attacks the reason “Phones distract pupils.” "
    "(given for “Schools should ban phones.”)"
)
QUESTIONS_THE_STEP = (
    "“Tiredness has other causes.” questions whether “Pupils are tired.” supports “Homework should be short.”"
)


def _map() -> ArgumentMap:
    return read(DOC, "phones.argdown").map


def _ids(m: ArgumentMap) -> dict[str, str]:
    """Argdown title -> argument id; claim wording -> claim id."""
    out = {a.origin.id: a.id for a in m.arguments if a.origin is not None and a.origin.id}
    out.update({c.text: c.id for c in m.claims})
    return out


def test_the_words_follow_the_aim_of_an_attack_on_an_argument() -> None:
    m = _map()
    ids = _ids(m)
    assert what_it_does(m, m.argument(ids["Selective"])) == ATTACKS_THE_REASON
    assert what_it_does(m, m.argument(ids["Other causes"])) == QUESTIONS_THE_STEP
    assert what_it_does(m, m.argument(ids["Distraction"])) == (
        "“Phones distract pupils.” is a reason for “Schools should ban phones.”"
    )
    undercut = m.argument(ids["Other causes"])
    undercut.aim = Aim.PREMISES
    assert what_it_does(m, undercut).startswith(
        "“Tiredness has other causes.” attacks the reason “Pupils are tired.”"
    )


def test_linked_premises_speak_together_and_long_wording_is_shortened() -> None:
    m = _map()
    ids = _ids(m)
    selective = m.argument(ids["Selective"])
    selective.premises.append(ids["Pupils are tired."])
    m.claim(ids["Phones distract pupils."]).text = "Phones distract pupils " + "in every lesson " * 10
    words = what_it_does(m, selective)
    assert words.startswith(
        "“Those studies picked bad schools.” and “Pupils are tired.” together attack the reason"
    )
    assert "in every…”" in words and len(words) < 260


# --- in the window: clicks where things are drawn --------------------------------------------


def _click(w: MainWindow, widget: QWidget, pos: QPoint) -> None:
    handle = w.windowHandle()
    assert handle is not None
    at = widget.mapTo(w, pos)
    QTest.mouseMove(handle, at)
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QApplication.processEvents()


def _box_point(w: MainWindow, claim_id: str) -> QPoint:
    view = w.map_view
    item = view.map_scene.claims[claim_id]
    assert item.isVisible()
    p = view.mapFromScene(item.sceneBoundingRect().center())
    assert view.viewport().rect().contains(p), f"the box of {claim_id} is out of view"
    return p


def _junction_point(w: MainWindow, argument_id: str) -> QPoint:
    view = w.map_view
    p = view.mapFromScene(view.map_scene.junctions[argument_id].scenePos())
    assert view.viewport().rect().contains(p), f"the dot of {argument_id} is out of view"
    return p


def _shown_text(w: MainWindow) -> str:
    """Every label the details dock shows, as a student reads it."""
    return "\n".join(
        label.text() for label in w.details.findChildren(QLabel) if label.isVisibleTo(w) and label.text()
    )


def test_clicking_the_attacker_and_its_connector_shows_what_the_reason_does(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    w = main_window
    m = _map()
    ids = _ids(m)
    path = tmp_path / "phones.argmap.json"
    save(m, path)
    assert w.files.open_path(path)
    handle = w.windowHandle()
    assert handle is not None
    QTest.keySequence(handle, QKeySequence("Ctrl+0"))  # fit the whole map
    QApplication.processEvents()

    qtbot.wait(QApplication.doubleClickInterval() + 50)
    _click(w, w.map_view.viewport(), _box_point(w, ids["Those studies picked bad schools."]))
    assert w.details.claim_id == ids["Those studies picked bad schools."]
    assert w.details.does.isVisibleTo(w)
    assert w.details.does.text() == ATTACKS_THE_REASON

    qtbot.wait(QApplication.doubleClickInterval() + 50)
    _click(w, w.map_view.viewport(), _box_point(w, ids["Tiredness has other causes."]))
    assert w.details.does.text() == QUESTIONS_THE_STEP
    assert "undercut" not in _shown_text(w).lower()

    qtbot.wait(QApplication.doubleClickInterval() + 50)
    _click(w, w.map_view.viewport(), _junction_point(w, ids["Selective"]))
    shown = _shown_text(w)
    assert f"This connection: {ATTACKS_THE_REASON}" in shown
    assert "undercut" not in shown.lower() and ids["Selective"] not in shown.split()

    qtbot.wait(QApplication.doubleClickInterval() + 50)
    _click(w, w.map_view.viewport(), _box_point(w, ids["Schools should ban phones."]))
    assert not w.details.does.isVisibleTo(w), "a conclusion is no reason: no empty row"


def test_the_projector_calls_only_an_attack_on_the_step_an_undercut() -> None:
    from ui.evaluation.projector import reasons_of

    m = _map()
    ids = _ids(m)
    [phones] = reasons_of(m, ids["Schools should ban phones."])
    assert phones.undercuts == ("But the reason is not so: Those studies picked bad schools.",)
    [tired] = reasons_of(m, ids["Homework should be short."])
    assert tired.undercuts == ("Undercut, this does not follow: Tiredness has other causes.",)
