"""The registry gives every key one meaning and builds menus in declaration order."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from ui.document.actions import ActionSpec, Registry
from ui.document.document import Document


def test_a_key_cannot_mean_two_things(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    reg = Registry(Document(), host)
    reg.add(ActionSpec("one", "One", lambda _d: None, ["Ctrl+K"], "claim", "a"))
    with pytest.raises(ValueError, match="Ctrl\\+K is the key of both 'one' and 'two'"):
        reg.add(ActionSpec("two", "Two", lambda _d: None, ["Ctrl+K"], "claim", "a"))
    reg.add(ActionSpec("three", "Three", lambda _d: None, (), "claim", "b"))
    reg.add_submenu("claim/more", "More", "a")
    assert reg.in_menu("claim") == [["one", "menu:claim/more"], ["three"]]
