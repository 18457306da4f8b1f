"""Projector mode: one branch in large, high-contrast type (the claim, then its reasons revealed one at a time)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from argmap.model import Aim, Argument, ArgumentMap, Relation, Role

BACKGROUND = "#FFFFFF"
INK = "#000000"
SUPPORT_INK = "#00573A"
"""Dark bluish green: 8.9:1 on white."""
ATTACK_INK = "#8A2D00"
"""Dark vermillion: 9.0:1 on white."""
CLAIM_PT = 32
REASON_PT = 26
HINT_PT = 24
HELP = "Space / → next reason · ← hide one · Enter: focus the last reason · ↑ parent · Esc or F11: leave"


@dataclass(frozen=True)
class Reason:
    """One reason or objection of the focused claim, as shown."""

    argument_id: str
    relation: Relation
    text: str
    first_premise: str
    undercuts: tuple[str, ...] = ()
    """One line per reason aimed at this one, with what it does: an undercut says the step does not
    follow; an attack on the premises says the reason is not so; a support backs it up."""

    @property
    def is_objection(self) -> bool:
        """True for an objection (an attack), False for a reason for the claim."""
        return self.relation is not Relation.SUPPORT


def remaining(reasons: list[Reason], revealed: int) -> str:
    """What is still to come, objections counted apart from reasons: "2 more reasons · 1 more objection"."""
    left = reasons[revealed:]
    objections = sum(r.is_objection for r in left)
    supports = len(left) - objections
    parts = [f"{supports} more {'reason' if supports == 1 else 'reasons'}"]
    if objections:
        parts.append(f"{objections} more {'objection' if objections == 1 else 'objections'}")
    return " · ".join(parts)


def main_claim(m: ArgumentMap) -> str | None:
    """Where projector mode starts without a selection: the first conclusion, else the first claim."""
    for c in m.claims:
        if c.role is Role.CONCLUSION:
            return c.id
    return m.claims[0].id if m.claims else None


def reasons_of(m: ArgumentMap, claim_id: str) -> list[Reason]:
    """Reasons for, then objections to, a claim in map order (linked premises joined with "and")."""
    texts = {c.id: " ".join(c.text.split()) for c in m.claims}
    args = [a for a in m.arguments if a.target == claim_id]
    args.sort(key=lambda a: a.relation is not Relation.SUPPORT)

    def wording(premises: list[str]) -> str:
        return " — and — ".join(texts.get(p, p) for p in premises)

    return [
        Reason(
            a.id,
            a.relation,
            wording(a.premises),
            a.premises[0],
            tuple(f"{_aimed_words(u)}: {wording(u.premises)}" for u in m.arguments if u.target == a.id),
        )
        for a in args
    ]


def _aimed_words(u: Argument) -> str:
    """What a reason aimed at another reason does, following its aim (only an attack on the step is an undercut)."""
    if u.relation is Relation.SUPPORT:
        return "Backed up"
    if u.aim is Aim.PREMISES:
        return "But the reason is not so"
    return "Undercut, this does not follow"


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1..21)."""

    def lum(c: str) -> float:
        q = QColor(c)
        parts = [q.redF(), q.greenF(), q.blueF()]
        lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _label(pt: int, color: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    font = QFont()
    font.setPointSize(pt)
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"color: {color}; background: {BACKGROUND};")
    return label


class ProjectorWindow(QWidget):
    """Full-screen view of a branch. `closed` fires when Esc leaves it."""

    closed = Signal()

    def __init__(self, m: ArgumentMap, claim_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Projector mode — argmap")
        self.map = m
        self.claim_id = claim_id or main_claim(m)
        self.revealed = 0
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.claim = _label(CLAIM_PT, INK, bold=True)
        self.claim.setAccessibleName("Claim")
        self.reason_labels: list[QLabel] = []
        self.footer = _label(HINT_PT, INK)
        self.footer.setText(HELP)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(60, 40, 60, 30)
        self.layout_.setSpacing(24)
        self.layout_.addWidget(self.claim)
        self.reasons_box = QVBoxLayout()
        self.reasons_box.setSpacing(18)
        self.layout_.addLayout(self.reasons_box)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus(self.claim_id)

    def reasons(self) -> list[Reason]:
        """The focused claim's reasons and objections."""
        return reasons_of(self.map, self.claim_id) if self.claim_id else []

    def focus(self, claim_id: str | None) -> None:
        """Show this claim's branch with no reason revealed yet."""
        self.claim_id = claim_id
        self.revealed = 0
        if claim_id is None:
            self.claim.setText("This map has no claims yet.")
        else:
            self.claim.setText(" ".join(self.map.claim(claim_id).text.split()))
        self._show_reasons()

    def reveal_next(self) -> None:
        """Show one more reason."""
        self.revealed = min(self.revealed + 1, len(self.reasons()))
        self._show_reasons()

    def hide_last(self) -> None:
        """Hide the last reason shown."""
        self.revealed = max(self.revealed - 1, 0)
        self._show_reasons()

    def shown_reasons(self) -> list[str]:
        """The reason texts on screen, in order."""
        return [label.text() for label in self.reason_labels]

    def _show_reasons(self) -> None:
        for label in self.reason_labels:
            self.reasons_box.removeWidget(label)
            label.deleteLater()
        self.reason_labels = []
        all_reasons = self.reasons()
        for r in all_reasons[: self.revealed]:
            support = r.relation is Relation.SUPPORT
            label = _label(REASON_PT, SUPPORT_INK if support else ATTACK_INK)
            label.setText(f"{'+ Because' if support else '− However'}: {r.text}")
            self.reasons_box.addWidget(label)
            self.reason_labels.append(label)
            for u in r.undercuts:  # shown under the reason they cut
                cut = _label(REASON_PT - 2, SUPPORT_INK if u.startswith("Backed up") else ATTACK_INK)
                cut.setText(f"      ⤷ {u}")
                self.reasons_box.addWidget(cut)
                self.reason_labels.append(cut)
        self.footer.setText(f"{remaining(all_reasons, self.revealed)} · {HELP}")

    def _parent_of(self, claim_id: str) -> str | None:
        for a in self.map.arguments:
            if claim_id in a.premises and any(c.id == a.target for c in self.map.claims):
                return a.target
        return None

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        k = Qt.Key
        if key in (k.Key_Escape, k.Key_F11):  # F11 toggles, as it opened it
            self.close()
        elif key in (k.Key_Space, k.Key_Right, k.Key_Down, k.Key_PageDown, k.Key_N):
            self.reveal_next()
        elif key in (k.Key_Left, k.Key_Backspace, k.Key_PageUp, k.Key_P):
            self.hide_last()
        elif key in (k.Key_Return, k.Key_Enter) and self.revealed:
            self.focus(self.reasons()[self.revealed - 1].first_premise)
        elif key == k.Key_Up and self.claim_id is not None:
            parent = self._parent_of(self.claim_id)
            if parent is not None:
                self.focus(parent)
        else:
            super().keyPressEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
