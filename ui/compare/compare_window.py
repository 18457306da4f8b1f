"""The side-by-side Map Match window: both maps marked, and the report lines with their scores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from argmap.analysis.map_match import MatchResult, Weights, map_match
from argmap.analysis.overlay import match_marks
from argmap.classroom.assignment import load_assignment, save_assignment
from argmap.classroom.same_article import onto_reference_article
from argmap.io.errors import LoadError, SaveError
from argmap.model import ArgumentMap
from ui.compare.marks import MarkItem, apply_marks
from ui.compare.pairing_panel import PairingPanel
from ui.compare.text_pane import CompareText
from ui.compare.weights_panel import WeightsPanel
from ui.document.document import Document
from ui.map import MapView


def _is_package(path: Path) -> bool:
    """True when `path` is an assignment package (so the weights can be saved back into it)."""
    try:
        load_assignment(path)
    except LoadError:
        return False
    return True


def _pct(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.0%}"


def _side(title: str, view: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(f"<b>{title}</b>")
    layout.addWidget(heading)
    layout.addWidget(view, 1)
    return box


class CompareWindow(QWidget):
    """Article, student map and reference side by side; a report line selects its claims and shows them in the text.

    Raises DifferentArticle (a ValueError) when the maps were made from different articles; a map of
    another copy of the same article is compared on the reference's text (`article_note` says what moved).
    """

    def __init__(
        self,
        student: ArgumentMap,
        reference: ArgumentMap,
        weights: Weights | None = None,
        parent: QWidget | None = None,
        *,
        source: Path | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Compare with reference — argmap")
        self.reference_map = reference
        # a map of another copy of the same article (.docx, .md) is re-anchored onto the reference's text
        student, self.article_note = onto_reference_article(reference, student)
        self.student_map = student
        self.weights_panel = WeightsPanel(weights or Weights())
        self.assignment_path = source if source is not None and _is_package(source) else None
        self.weights_panel.save_button.setVisible(self.assignment_path is not None)
        self.weights_panel.save_button.clicked.connect(self.save_weights)
        self.pairing = PairingPanel(reference, student)
        self.result: MatchResult = map_match(reference, student, self.weights_panel.weights())
        # copies: nothing done in this window can change the open document
        self.student_view = MapView(Document(student.model_copy(deep=True), parent=self))
        self.reference_view = MapView(Document(reference.model_copy(deep=True), parent=self))
        for view in (self.student_view, self.reference_view):
            view.setInteractive(False)
        self.reference_marks: dict[str, MarkItem] = {}
        self.student_marks: dict[str, MarkItem] = {}
        self.text = CompareText(reference, student, {}, {})
        maps = QSplitter(Qt.Orientation.Horizontal)
        maps.addWidget(_side("Article (missing: vermillion, extra: yellow)", self.text))
        maps.addWidget(_side("Your map", self.student_view))
        maps.addWidget(_side("Reference", self.reference_view))
        maps.setSizes([360, 620, 620])
        self.report = QTreeWidget()
        self.report.setAccessibleName("Map Match report")
        self.report.setHeaderLabels(["Line", "Score", "Explanation"])
        self.report.setRootIsDecorated(False)
        self.report.setWordWrap(True)
        self.summary = QLabel()
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.report)
        bottom.addWidget(self.pairing)
        bottom.addWidget(self.weights_panel)
        bottom.setSizes([900, 420, 280])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(maps)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([660, 270])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.report.itemClicked.connect(self._show_line)
        self.pairing.overridesChanged.connect(lambda _o: self.recompute())
        self.weights_panel.weightsChanged.connect(lambda _w: self.recompute())
        self.pairing.ref_combo.currentIndexChanged.connect(self._show_chosen)
        self.pairing.student_combo.currentIndexChanged.connect(self._show_chosen)
        self._saved_pairings()
        self._show_result()
        self.resize(1600, 1000)

    def recompute(self) -> None:
        """Re-score with the teacher's current pairings and weights; marks, text and report follow."""
        self.result = map_match(
            self.reference_map, self.student_map, self.weights_panel.weights(), self.pairing.overrides
        )
        self._show_result()

    def _show_result(self) -> None:
        ref_marks, stu_marks = match_marks(self.result)
        self.reference_marks = apply_marks(self.reference_view.map_scene, ref_marks)
        self.student_marks = apply_marks(self.student_view.map_scene, stu_marks)
        self.text.set_marks(ref_marks, stu_marks)
        self.pairing.show_alignment(self.result.alignment)
        counts = {
            "matched": sum(v == "matched" for v in ref_marks.values()),
            "missing": sum(v == "missing" for v in ref_marks.values()),
            "extra": sum(v == "extra" for v in stu_marks.values()),
        }
        self.summary.setText(
            f"{counts['matched']} matched · {counts['missing']} missing from your map · "
            f"{counts['extra']} extra in your map"
            + (f" · your map was {self.article_note}" if self.article_note else "")
        )
        self.report.clear()
        for line in self.result.lines:
            item = QTreeWidgetItem([line.title, _pct(line.score), line.detail])
            item.setData(0, Qt.ItemDataRole.UserRole, list(line.ids))
            item.setToolTip(2, line.detail)
            self.report.addTopLevelItem(item)
        total = QTreeWidgetItem(["Total", _pct(self.result.total), "weighted mean of the lines that apply"])
        font = total.font(0)
        font.setBold(True)
        for col in range(3):
            total.setFont(col, font)
        self.report.addTopLevelItem(total)
        self.report.resizeColumnToContents(0)
        self.report.resizeColumnToContents(1)

    def student_key(self) -> str:
        """Whose pairings these are in the assignment: the student's name, as `argmap grade` looks them up."""
        c = self.student_map.classroom
        return c.student if c is not None else ""

    def _saved_pairings(self) -> None:
        """Start from the pairings saved in the assignment for this student, if any."""
        if self.assignment_path is None:
            return
        try:
            saved = load_assignment(self.assignment_path).pairings.get(self.student_key(), {})
        except LoadError:
            return
        for ref_id, student_id in saved.items():
            self.pairing.overrides[ref_id] = student_id
        if saved:
            self.pairing.overridesChanged.emit(dict(self.pairing.overrides))

    def save_weights(self) -> bool:
        """Write the current weights and this student's pairings into the assignment package the reference came from."""
        if self.assignment_path is None:
            return False
        try:
            package = load_assignment(self.assignment_path)
            pairings = dict(package.pairings)
            if self.pairing.overrides:
                pairings[self.student_key()] = dict(self.pairing.overrides)
            else:
                pairings.pop(self.student_key(), None)
            update = {"weights": self.weights_panel.weights(), "pairings": pairings}
            save_assignment(package.model_copy(update=update), self.assignment_path)
        except (LoadError, SaveError) as e:
            QMessageBox.warning(self, "Save to the assignment", str(e))
            return False
        self.weights_panel.saved(self.assignment_path.name)
        return True

    def _show_chosen(self) -> None:
        """Select the claims picked in the pairing panel, so the teacher sees which boxes they are."""
        r, s = self.pairing.ref_combo.currentData(), self.pairing.student_combo.currentData()
        if isinstance(r, str):
            self.reference_view.select_claims([r])
        if isinstance(s, str):
            self.student_view.select_claims([s])

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_maps)  # after the views have taken their new size

    def fit_maps(self) -> None:
        """Show each map whole in its half (side by side, comparing matters more than reading)."""
        for view in (self.student_view, self.reference_view):
            view.zoom_fit()

    def lines(self) -> list[tuple[str, str]]:
        """(line title, score) as listed, the total last."""
        out = []
        for i in range(self.report.topLevelItemCount()):
            item = self.report.topLevelItem(i)
            if item is not None:
                out.append((item.text(0), item.text(1)))
        return out

    def marks(self) -> tuple[dict[str, str], dict[str, str]]:
        """(student claim -> mark text, reference claim -> mark text), what the boxes read."""

        def read(items: dict[str, MarkItem]) -> dict[str, str]:
            return {cid: m.text() for cid, m in items.items()}

        return read(self.student_marks), read(self.reference_marks)

    def _show_line(self, item: QTreeWidgetItem) -> None:
        ids = item.data(0, Qt.ItemDataRole.UserRole)
        if not isinstance(ids, list) or not ids:
            return
        ref_ids = [str(i) for i in ids if str(i) in self.reference_view.map_scene.claims]
        self.reference_view.select_claims(ref_ids)
        self.text.show_claims(ref_ids)
        to_student = self.result.alignment.to_student
        self.student_view.select_claims([to_student[i] for i in ref_ids if i in to_student])
