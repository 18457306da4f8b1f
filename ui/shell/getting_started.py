"""The getting-started panel shown on first run: three steps to a first map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

STEPS = """
<h3>Getting started</h3>
<ol>
<li><b>Select a sentence</b> in the article (or just click into it).</li>
<li><b>Press a key to tag it:</b> <b>C</b> conclusion, <b>P</b> premise,
<b>O</b> objection, <b>R</b> rebuttal. A box appears in the map.</li>
<li><b>Connect claims:</b> drag one box onto another, or select two claims in the
outline (the reason first, then the claim it is about) and press <b>Ctrl+K</b>
(<b>Ctrl+Shift+K</b> for an objection).</li>
<li>Click a highlighted sentence to find its box; edit the wording in <b>Details</b>.</li>
</ol>
<p>Every change can be undone with <b>Ctrl+Z</b>. <b>F1</b> lists every shortcut.</p>
"""

SAMPLE_OPEN = (
    "The sample is open: click a highlighted sentence in the article to find its box, "
    "or select a new sentence and press a key to tag it."
)


class GettingStartedPanel(QWidget):
    """Short instructions with a button that opens the sample article and map."""

    openSampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Getting started")
        text = QLabel(STEPS)
        text.setWordWrap(True)
        self.sample_button = QPushButton("Open the sample article and map")
        self.sample_button.clicked.connect(self.openSampleRequested.emit)
        self.sample_note = QLabel(SAMPLE_OPEN)
        self.sample_note.setWordWrap(True)
        self.sample_note.hide()
        inner = QWidget()
        steps = QVBoxLayout(inner)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.addWidget(text)
        steps.addWidget(self.sample_note)
        steps.addStretch(1)
        scroll = QScrollArea()  # a short dock scrolls the steps instead of cutting them off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.sample_button)

    def set_sample_open(self, is_open: bool) -> None:
        """Offer the sample only when it is not the open map; otherwise say what to try in it."""
        self.sample_button.setVisible(not is_open)
        self.sample_note.setVisible(is_open)
