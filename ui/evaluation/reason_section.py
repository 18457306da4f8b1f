"""Details section for the reason a claim is a premise of: relevance, scheme, critical questions checklist."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from argmap.model import Answer, Argument
from argmap.ops import EditArgument, Op
from argmap.schemes import Scheme, load_schemes, objection_op
from ui.details.reason_words import what_it_does
from ui.evaluation.controller import EvaluationController

RELEVANCE: list[tuple[str, float | None]] = [
    ("not set (full)", None),
    ("1.00 fully relevant", 1.0),
    ("0.75", 0.75),
    ("0.50", 0.5),
    ("0.25", 0.25),
    ("0.00 irrelevant", 0.0),
]
ANSWERS = [Answer.UNANSWERED, Answer.YES, Answer.NO]


def narrow(box: QComboBox) -> None:
    """Let a combo box shrink to the dock's width (long scheme names are elided)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)


class ReasonSection(QWidget):
    """Relevance and scheme of the argument whose premise is the selected claim; each edit one undo step."""

    message = Signal(str)

    def __init__(self, evaluation: EvaluationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = evaluation.session
        self.schemes = load_schemes()
        self.claim_id: str | None = None
        self.argument_id: str | None = None
        self._loading = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.relevance = QComboBox()
        self.relevance.setAccessibleName("Relevance")
        narrow(self.relevance)
        self.scheme = QComboBox()
        self.scheme.setAccessibleName("Scheme")
        narrow(self.scheme)
        self.questions = QWidget()
        self.questions.setAccessibleName("Critical questions")
        self.grid = QGridLayout(self.questions)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.answer_boxes: dict[str, QComboBox] = {}
        self.objection_buttons: dict[str, QPushButton] = {}
        form = QFormLayout()
        form.addRow("&Relevance", self.relevance)
        form.addRow("S&cheme", self.scheme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.questions)
        self.relevance.activated.connect(self._commit_relevance)
        self.scheme.activated.connect(self._commit_scheme)

    def show_claim(self, claim_id: str | None) -> None:
        """Follow the selected claim."""
        self.claim_id = claim_id

    def argument(self) -> Argument | None:
        """The reason (argument) the selected claim is a premise of, if any (first in map order)."""
        if self.claim_id is None:
            return None
        return next((a for a in self.session.map.arguments if self.claim_id in a.premises), None)

    def refresh(self) -> None:
        """Reload from the map."""
        arg = self.argument()
        self.setVisible(arg is not None)
        self.argument_id = arg.id if arg is not None else None
        if arg is None:
            return
        self._loading = True
        try:
            self.title.setText(f"<b>Reason:</b> {html.escape(what_it_does(self.session.map, arg))}")
            self.relevance.clear()
            for text, value in RELEVANCE:
                self.relevance.addItem(text, value)
            values = [v for _t, v in RELEVANCE]
            if arg.relevance not in values:
                self.relevance.addItem(f"{arg.relevance:.2f}", arg.relevance)
                values.append(arg.relevance)
            self.relevance.setCurrentIndex(values.index(arg.relevance))
            options = self.schemes.for_relation(arg.relation)
            current = self.schemes.find(arg.scheme or "")
            if current is not None and current not in options:
                options.append(current)
            self.scheme.clear()
            self.scheme.addItem("(no scheme)", None)
            for s in options:
                self.scheme.addItem(s.label, s.id)
            self.scheme.setCurrentIndex(options.index(current) + 1 if current is not None else 0)
            self._fill_questions(arg, current)
        finally:
            self._loading = False

    def _fill_questions(self, arg: Argument, scheme: Scheme | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.answer_boxes.clear()
        self.objection_buttons.clear()
        self.questions.setVisible(scheme is not None)
        if scheme is None:
            return
        for row, q in enumerate(scheme.questions):
            text = QLabel(q.text)
            text.setWordWrap(True)
            box = QComboBox()
            box.setAccessibleName(q.text)
            narrow(box)
            for a in ANSWERS:
                box.addItem(a.value, a)
            answer = arg.answers.get(q.id, Answer.UNANSWERED)
            box.setCurrentIndex(ANSWERS.index(answer))
            box.activated.connect(lambda i, qid=q.id: self._commit_answer(qid, ANSWERS[i]))
            button = QPushButton("Add objection")
            button.setToolTip(f"Add the objection: “{q.suggestion or q.text}”")
            button.clicked.connect(lambda _c=False, qid=q.id: self.add_objection(qid))
            self.grid.addWidget(text, row * 2, 0, 1, 2)
            self.grid.addWidget(box, row * 2 + 1, 0)
            self.grid.addWidget(button, row * 2 + 1, 1)
            button.setVisible(answer is Answer(q.doubt))  # after it has a parent: never a window of its own
            self.answer_boxes[q.id] = box
            self.objection_buttons[q.id] = button

    def _push(self, op: Op) -> None:
        self.session.push(op)

    def _commit_relevance(self, index: int) -> None:
        arg = self.argument()
        value = self.relevance.itemData(index)
        if arg is not None and not self._loading and value != arg.relevance:
            self._push(EditArgument(arg.id, {"relevance": value}))

    def _commit_scheme(self, index: int) -> None:
        arg = self.argument()
        value = self.scheme.itemData(index)
        if arg is not None and not self._loading and value != arg.scheme:
            self._push(EditArgument(arg.id, {"scheme": value}))

    def _commit_answer(self, question_id: str, answer: Answer) -> None:
        arg = self.argument()
        if arg is None or self._loading or arg.answers.get(question_id, Answer.UNANSWERED) is answer:
            return
        answers = {k: v for k, v in arg.answers.items() if k != question_id}
        if answer is not Answer.UNANSWERED:
            answers[question_id] = answer
        self._push(EditArgument(arg.id, {"answers": answers}))

    def add_objection(self, question_id: str) -> None:
        """The doubt-raising answer's offer: add the matching objection (one undo step)."""
        arg = self.argument()
        if arg is None:
            return
        self.session.edit(lambda m: objection_op(m, self.schemes, arg.id, question_id))
