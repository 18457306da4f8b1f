"""Tagging from the article, declared in the registry: C / P / O / R make a claim of the selected text, S adds a span."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject

from argmap import edits
from argmap.edits.tagging import Attached, tag_and_attach
from argmap.model import ArgumentMap, Role
from argmap.ops import Op, OpError
from ui.document.actions import ActionSpec, Scope
from ui.document.context import Context
from ui.document.document import Document
from ui.look.palette import role_label
from ui.text.article_pane import ArticlePane

TAG_KEYS = {Role.CONCLUSION: "C", Role.PREMISE: "P", Role.OBJECTION: "O", Role.REBUTTAL: "R"}


class ClaimCommands(QObject):
    """Turns the article selection into claims (argmap.edits); each is one undo step."""

    def __init__(self, ctx: Context, article: ArticlePane) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.article = article
        reg = ctx.registry
        for role, key in TAG_KEYS.items():
            label = role_label(role)
            reg.add(
                ActionSpec(
                    f"tag_{role.value}",
                    f"Tag as {label}",
                    self._tagger(role),
                    [key],
                    "claim",
                    "tag",
                    "tag",
                    Scope.ARTICLE,
                    f"Tag the selected text as {label.lower()} ({key})",
                    f"{label} ({key})",
                )
            )
        reg.add(
            ActionSpec(
                "add_span",
                "Add selected text to the claim",
                lambda _d: self.add_span_from_article(),
                ["S"],
                "claim",
                "tag",
                scope=Scope.ARTICLE,
            )
        )
        article.context_actions = [reg.action(f"tag_{r.value}") for r in TAG_KEYS] + [reg.action("add_span")]

    def _tagger(self, role: Role) -> Callable[[Document], object]:
        return lambda _d: self.tag_selection(role)

    def tag_selection(self, role: Role) -> None:
        """Tag the article selection (or the sentence at the caret) as a new claim, attached to the selected claim.

        argmap.edits.tagging says where it goes; the claim the student builds on is selected after.
        """
        start, end = self.article.selected_range()
        chosen = self.ctx.selection.claims(self.ctx.document.map)
        selected = chosen[-1] if chosen else None
        made: list[Attached] = []

        def build(m: ArgumentMap) -> Op:
            done = tag_and_attach(m, start, end, role, selected)
            made.append(done)
            return done.op

        if self.ctx.document.edit(build):
            self.ctx.selection.select(made[0].select)
            self.article.setFocus()
            self.ctx.status(made[0].message)

    def add_span_from_article(self) -> None:
        """Anchor the current claim to the text selected in the article too."""
        claim_id = self.ctx.selection.current
        if claim_id is None:
            self.ctx.document.refuse(OpError("select a claim first, then the text to add to it"))
            return
        start, end = self.article.selected_range()
        self.ctx.document.edit(partial(edits.add_span, claim_id=claim_id, start=start, end=end))
