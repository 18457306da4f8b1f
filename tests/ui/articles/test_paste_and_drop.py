"""New map from the clipboard (Ctrl+Shift+V) and from an article file dropped on the window."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.conftest import SAMPLE_MAP
from tests.ui.prompter import FakePrompter
from ui.classroom.report_pdf import html_to_pdf
from ui.files.file_actions import pasted_title
from ui.shell.main_window import MainWindow

SENTENCES = ["Cities should plant more trees.", "Trees cool the streets in summer.", "They also cost little."]


def _drop(w: MainWindow, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    w.dropEvent(event)


def test_paste_makes_a_new_unsaved_map_of_the_clipboard_text(main_window: MainWindow) -> None:
    w = main_window
    action = w.actions_by_name["new_from_clipboard"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+V")
    QApplication.clipboard().setText("Plant trees\r\n\r\n" + " ".join(SENTENCES))
    action.trigger()
    article = w.session.map.article
    assert article is not None
    assert article.text == "Plant trees\n\n" + " ".join(SENTENCES)
    assert article.source == "clipboard" and article.format == "paste"
    assert w.session.map.title == "Plant trees"
    assert w.session.path is None and not w.session.dirty
    assert SENTENCES[1] in w.article.toPlainText()


def test_empty_clipboard_says_so_and_keeps_the_document(
    main_window: MainWindow, prompter: FakePrompter
) -> None:
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    QApplication.clipboard().setText("  \n\t ")
    assert not w.files.new_from_clipboard()
    assert prompter.errors == [
        ("Nothing to paste", "The clipboard holds no text. Copy the article's text first, then try again.")
    ]
    assert w.session.path == SAMPLE_MAP


def test_long_first_line_is_shortened_for_the_title() -> None:
    title = pasted_title("word " * 40)
    assert title == " ".join(["word"] * 16) + "…"  # 80 characters cut at the last whole word
    assert pasted_title("\n\n  Short title \nbody") == "Short title"


def _make(kind: str, folder: Path) -> Path:
    path = folder / f"article.{kind}"
    if kind in ("txt", "md"):
        path.write_text(("# Trees\n\n" if kind == "md" else "") + "\n\n".join(SENTENCES), encoding="utf-8")
    elif kind == "html":
        path.write_text(
            "<html><body><nav>Menu Login</nav><article>"
            + "".join(f"<p>{s} More words here so the reader keeps it.</p>" for s in SENTENCES)
            + "</article><footer>Read also: other news</footer></body></html>",
            encoding="utf-8",
        )
    elif kind == "docx":
        d = docx.Document()
        for s in SENTENCES:
            d.add_paragraph(s)
        d.save(str(path))
    else:
        html_to_pdf("".join(f"<p>{s}</p>" for s in SENTENCES), path)
    return path


@pytest.mark.parametrize("kind", ["txt", "md", "html", "pdf", "docx"])
def test_dropping_an_article_file_starts_a_new_map(
    main_window: MainWindow, tmp_path: Path, kind: str
) -> None:
    path = _make(kind, tmp_path)
    _drop(main_window, path)
    article = main_window.session.map.article
    assert article is not None, f"dropping a .{kind} did not create a map"
    where = [article.text.find(s) for s in SENTENCES]
    assert -1 not in where and where == sorted(where)
    assert main_window.session.path is None


def test_dropping_a_map_still_opens_it(main_window: MainWindow) -> None:
    _drop(main_window, SAMPLE_MAP)
    assert main_window.session.path == SAMPLE_MAP
