"""File > Replace article with new version: re-anchor every span, one undo step, lost spans listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from argmap.anchoring import ReanchorResult, reanchor
from argmap.articles import ARTICLE_EXTENSIONS, ImportCancelled
from argmap.io.errors import LoadError
from argmap.model import ArgumentMap
from ui.articles.article_import import import_article
from ui.document.actions import ActionSpec
from ui.document.context import Context

QUOTE_CHARS = 90
ARTICLE_FILTER = "Articles ({})".format(" ".join(f"*{ext}" for ext in ARTICLE_EXTENSIONS))


def summary(result: ReanchorResult) -> str:
    """One line a user reads: how many spans stayed, moved, changed wording, were lost."""
    reworded = sum(1 for m in result.moved if m.how == "reworded")
    moved = len(result.moved) - reworded
    parts = [f"{result.kept} in place", f"{moved} moved", f"{reworded} found with changed wording"]
    lost = len(result.lost)
    tail = f"{lost} could not be found" if lost else "none lost"
    return f"Spans: {', '.join(parts)}; {tail}."


def lost_lines(m: ArgumentMap, result: ReanchorResult) -> list[str]:
    """One line per lost span: its quote and the claim it belonged to (so the user can re-mark it)."""
    names = {c.id: c.text for c in m.claims}
    lines = []
    for claim_id, span in result.lost:
        quote = " ".join(span.quote.split())
        if len(quote) > QUOTE_CHARS:
            quote = quote[: QUOTE_CHARS - 1] + "…"
        claim = " ".join(names.get(claim_id, claim_id).split())
        lines.append(f"“{quote}” — from the claim “{claim}”")
    return lines


class ReanchorReport(QDialog):
    """What re-anchoring did: counts, and every span it could not find again (never dropped silently)."""

    def __init__(
        self, source: str, result: ReanchorResult, m: ArgumentMap, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article replaced — argmap")
        self.summary = QLabel(f"The article is now {source}.\n{summary(result)}")
        self.summary.setWordWrap(True)
        self.lost = QListWidget()
        self.lost.setAccessibleName("Spans not found in the new version")
        self.lost.setWordWrap(True)
        self.lost.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lost.addItems(lost_lines(m, result))
        hint = QLabel(
            "These passages are not in the new version. Their claims keep their wording; "
            "select the passage in the new text and press S to mark it again, or Undo to go back."
            if result.lost
            else "Every marked passage was found in the new version."
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        if result.lost:
            layout.addWidget(self.lost, 1)
        layout.addWidget(buttons)
        self.resize(620, 420 if result.lost else 160)


def replace_article(ctx: Context, path: Path) -> ReanchorReport | None:
    """Load `path` as the new version of the map's article and re-anchor (one undo step); None on failure."""
    try:
        article = import_article(path, ctx.parent)
    except ImportCancelled:
        return None
    except LoadError as e:
        ctx.show_error("Cannot replace the article", str(e))
        return None
    m = ctx.document.map
    result = reanchor(m, article)
    if not ctx.document.push(result.op):
        return None
    report = ReanchorReport(path.name, result, m, ctx.parent)
    ctx.status(summary(result))
    report.show()
    return report


def replace_article_dialog(ctx: Context) -> ReanchorReport | None:
    """File > Replace article with new version…: ask for the file, then replace_article."""
    folder = ctx.document.path.parent if ctx.document.path else Path.home()
    filters = f"{ARTICLE_FILTER};;All files (*)"
    path = ctx.prompter.open_path("Replace article with new version", filters, folder)
    return replace_article(ctx, path) if path is not None else None


def register_article_actions(ctx: Context) -> None:
    """Declare File > Replace article with new version."""
    ctx.registry.add(
        ActionSpec(
            "replace_article",
            "Replace article with new &version…",
            lambda _d: replace_article_dialog(ctx),
            menu="file",
            section="open",
        )
    )
