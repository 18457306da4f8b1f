"""The box's right-click submenus: change its kind, and put a tag on it or take it off."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from argmap import edits
from argmap.model import ArgumentMap, Role
from argmap.ops import Op
from ui.look.palette import role_label

if TYPE_CHECKING:
    from ui.map.view import MapView

KINDS = (Role.CONCLUSION, Role.PREMISE, Role.OBJECTION, Role.REBUTTAL, Role.NONE)


def kind_menu(view: MapView, claim_ids: list[str], parent: QMenu) -> QMenu:
    """The Kind submenu: one checkable entry per kind; choosing one retags the selected claims."""
    menu = QMenu("&Kind", parent)
    m = view.current_map()
    roles = {m.claim(cid).role for cid in claim_ids if any(c.id == cid for c in m.claims)}
    for role in KINDS:
        action = menu.addAction(role_label(role))
        action.setCheckable(True)
        action.setChecked(roles == {role})
        action.triggered.connect(lambda _c=False, r=role: _set_kind(view, claim_ids, r))
    return menu


def tag_menu(view: MapView, claim_ids: list[str], parent: QMenu) -> QMenu:
    """The Tag submenu: one checkable entry per tag (checked when every selected claim has it)."""
    menu = QMenu("&Tag", parent)
    m = view.current_map()
    if not m.tags:
        none = menu.addAction("No tags yet: make one in the Tags panel (New…)")
        none.setEnabled(False)
        return menu
    claims = [c for c in m.claims if c.id in claim_ids]
    for tag in m.tags:
        action = menu.addAction(tag.name)
        action.setCheckable(True)
        on = bool(claims) and all(tag.id in c.tags for c in claims)
        action.setChecked(on)
        action.triggered.connect(
            lambda _c=False, t=tag.id, now=on: view.session.edit(
                lambda mm: edits.set_tag(mm, claim_ids, t, not now)
            )
        )
    return menu


def _set_kind(view: MapView, claim_ids: list[str], role: Role) -> None:
    for cid in claim_ids:
        view.session.edit(partial(_role_of, claim_id=cid, role=role))


def _role_of(m: ArgumentMap, claim_id: str, role: Role) -> Op | None:
    return edits.set_role(m, claim_id, role)
