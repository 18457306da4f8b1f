"""Bug 3: whatever a student types into the export dialog, it never raises; labels have mnemonics."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ui.render.export_dialog import ExportDialog, picture_path

AWKWARD = ["/", ".", "", "..", "a/..", "./", "x" * 5000, "map\x00.png", " ", "~/", "名前", "a.PNG", "b.tar"]


def test_awkward_names_give_a_picture_path() -> None:
    for typed in AWKWARD:
        p = picture_path(typed)
        assert p.suffix.lower() in (".png", ".svg", ".pdf"), typed
        assert "\x00" not in str(p)


def test_typing_in_the_file_field_never_raises(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(Path("/tmp/map.png"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.clear()
    dialog.path_edit.setFocus()
    for ch in "/./..":  # each key press re-reads the path (this raised before)
        qtbot.keyClick(dialog.windowHandle(), ch)
        assert isinstance(dialog.path(), Path)
    for typed in AWKWARD:
        dialog.path_edit.setText(typed)
        assert dialog.path().suffix.lower() in (".png", ".svg", ".pdf")
        assert isinstance(dialog.options(), dict)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_random_text_typed_never_raises(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(Path("map.png"))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(text)  # every character a student could paste
    p = dialog.path()
    assert p.suffix.lower() in (".png", ".svg", ".pdf")
    printable = "".join(c for c in text if " " <= c <= "~")[:12]  # what QTest can type as keys
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, printable)
    assert dialog.path().suffix.lower() in (".png", ".svg", ".pdf")
    dialog.deleteLater()


def test_labels_show_words_with_a_mnemonic_not_an_ampersand(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(Path("map.png"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    file_label = labels[dialog.path_edit]
    assert file_label.text() == "&File:"  # drawn as "File:" with F underlined (a buddy label)
    dialog.scale.setFocus()
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert dialog.path_edit.hasFocus()
