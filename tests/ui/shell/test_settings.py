"""Preferences survive a restart; bad stored values fall back to defaults; themes have real contrast."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette

from argmap.model import Direction
from ui.document.settings import DEFAULT_FONT_SIZE, Settings, Theme
from ui.look.theme import palette_for


def _contrast(a: QPalette, fg: QPalette.ColorRole, bg: QPalette.ColorRole) -> float:
    def lum(c) -> float:  # type: ignore[no-untyped-def]
        def ch(v: float) -> float:
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

    l1, l2 = sorted((lum(a.color(fg)), lum(a.color(bg))), reverse=True)
    return (l1 + 0.05) / (l2 + 0.05)


def test_settings_round_trip_through_the_file(tmp_path: Path) -> None:
    ini = str(tmp_path / "s.ini")
    s = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert (s.font_size, s.theme, s.direction, s.first_run) == (
        DEFAULT_FONT_SIZE,
        Theme.SYSTEM,
        Direction.TOP_DOWN,
        True,
    )
    s.font_size = 20
    s.theme = Theme.HIGH_CONTRAST
    s.direction = Direction.LEFT_RIGHT
    s.mark_first_run_done()
    existing = tmp_path / "a.argmap.json"
    existing.write_text("{}")
    s.add_recent(existing)
    s.add_recent(tmp_path / "gone.argmap.json")
    s.sync()
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert (again.font_size, again.theme, again.direction, again.first_run) == (
        20,
        Theme.HIGH_CONTRAST,
        Direction.LEFT_RIGHT,
        False,
    )
    assert again.recent_files() == [existing.resolve()]


def test_garbage_values_fall_back(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("font_size", "huge")
    store.setValue("theme", "neon")
    store.setValue("direction", "sideways")
    s = Settings(store)
    assert (s.font_size, s.theme, s.direction) == (DEFAULT_FONT_SIZE, Theme.SYSTEM, Direction.TOP_DOWN)


def test_themes_have_readable_contrast(qapp) -> None:  # type: ignore[no-untyped-def]
    text, base = QPalette.ColorRole.Text, QPalette.ColorRole.Base
    for theme in (Theme.LIGHT, Theme.DARK):
        assert _contrast(palette_for(theme), text, base) >= 7.0
    assert _contrast(palette_for(Theme.HIGH_CONTRAST), text, base) == 21.0
    dark = palette_for(Theme.DARK).color(base)
    assert dark.lightness() < 60


def test_preferences_dialog_applies_and_persists(qtbot, main_window, shell_settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(shell_settings, main_window)
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(22)
    dialog.theme.setCurrentIndex(dialog.theme.findData(Theme.DARK.value))
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.LEFT_RIGHT.value))
    dialog.apply()
    main_window.apply_settings()
    assert main_window.article.font().pointSize() == 22
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert (shell_settings.font_size, shell_settings.direction) == (22, Direction.LEFT_RIGHT)
    main_window.actions_by_name["text_smaller"].trigger()
    assert main_window.article.font().pointSize() == 21 and shell_settings.font_size == 21


def test_new_map_from_article_grows_in_the_preferred_direction(main_window, shell_settings) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SAMPLE_ARTICLE

    shell_settings.direction = Direction.LEFT_RIGHT
    assert main_window.files.open_path(SAMPLE_ARTICLE)
    assert main_window.session.map.layout.direction is Direction.LEFT_RIGHT
