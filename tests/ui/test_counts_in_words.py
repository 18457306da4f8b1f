"""Counts the window shows read as plain English: "1 argument", never "1 arguments"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from argmap.model import Argument, ArgumentMap, Claim, Relation
from tests.ui.prompter import FakePrompter
from ui.shell.main_window import MainWindow


def test_the_status_bar_counts_one_claim_and_one_argument_in_the_singular(
    main_window: MainWindow, prompter: FakePrompter
) -> None:
    one = ArgumentMap(
        claims=[Claim(id="c1", text="Schools should start later.")],
    )
    main_window.load(one, None)
    QApplication.processEvents()
    assert main_window.counts.text() == "1 claim (0 in the article) · 0 arguments"
    two = ArgumentMap(
        claims=[Claim(id="c1", text="Schools should start later."), Claim(id="c2", text="Teens sleep late.")],
        arguments=[Argument(id="a1", premises=["c2"], relation=Relation.SUPPORT, target="c1")],
    )
    main_window.load(two, None)
    QApplication.processEvents()
    assert main_window.counts.text() == "2 claims (0 in the article) · 1 argument"
    assert main_window.counts.isVisible()
