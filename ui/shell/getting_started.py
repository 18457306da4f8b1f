"""The getting-started panel shown on first run: three steps to a first map."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

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
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.sample_button)
        layout.addStretch(1)
