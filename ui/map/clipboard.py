"""Cut, copy and paste of claims: a JSON payload on the clipboard, pasted with fresh ids."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from argmap.model import Argument, ArgumentMap, Claim
from argmap.ops import AddArgument, AddClaim, Batch, Op

MIME = "application/x-argmap-claims+json"


def payload(m: ArgumentMap, ids: list[str]) -> dict[str, Any]:
    """The chosen claims and the reasons among them (both ends chosen), as plain data."""
    chosen = set(ids)
    claims = [c for c in m.claims if c.id in chosen]
    args = [a for a in m.arguments if a.target in chosen and set(a.premises) <= chosen]
    return {
        "article": m.article.sha256 if m.article is not None else None,
        "claims": [c.model_dump(mode="json") for c in claims],
        "arguments": [a.model_dump(mode="json") for a in args],
    }


def paste_op(m: ArgumentMap, data: dict[str, Any]) -> tuple[Op, list[str]] | None:
    """Ops that add pasted claims with fresh ids; spans are kept only for the same article."""
    same_article = m.article is not None and data.get("article") == m.article.sha256
    tags = {t.id for t in m.tags}
    work = m.model_copy()
    work.claims = list(m.claims)
    work.arguments = list(m.arguments)
    renamed: dict[str, str] = {}
    steps: list[Op] = []
    try:
        for raw in data.get("claims", []):
            c = Claim.model_validate(raw)
            new_id = work.new_id("c")
            renamed[c.id] = new_id
            c = c.model_copy(
                update={
                    "id": new_id,
                    "spans": c.spans if same_article else [],
                    "tags": [t for t in c.tags if t in tags],
                }
            )
            work.claims.append(c)
            steps.append(AddClaim(c))
        for raw in data.get("arguments", []):
            a = Argument.model_validate(raw)
            new_id = work.new_id("a")
            a = a.model_copy(
                update={
                    "id": new_id,
                    "premises": [renamed[p] for p in a.premises],
                    "target": renamed[a.target],
                }
            )
            work.arguments.append(a)
            steps.append(AddArgument(a))
    except (ValueError, KeyError, TypeError):
        return None
    if not renamed:
        return None
    return Batch(steps, "Paste"), list(renamed.values())


def copy_to_clipboard(m: ArgumentMap, ids: list[str]) -> bool:
    """Put the claims on the system clipboard (also as plain text, one wording per line)."""
    if not ids:
        return False
    data = payload(m, ids)
    mime = QMimeData()
    mime.setData(MIME, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(str(c["text"]) for c in data["claims"]))
    QGuiApplication.clipboard().setMimeData(mime)
    _release_at_exit_offscreen()
    return True


def _release_at_exit_offscreen() -> None:
    """Empty the clipboard when an offscreen app quits.

    PySide6 6.11 segfaults at exit on the offscreen platform while the clipboard holds
    mime data set from Python; on a desktop the data stays for other programs.
    """
    app = QGuiApplication.instance()
    if app is None or QGuiApplication.platformName() != "offscreen" or app.property("argmapClipboardGuard"):
        return
    app.setProperty("argmapClipboardGuard", True)
    app.aboutToQuit.connect(_clear_clipboard)


def _clear_clipboard() -> None:
    QGuiApplication.clipboard().clear()


def from_clipboard() -> dict[str, Any] | None:
    """The claims on the clipboard, or plain text lines as new claims; None when there is nothing."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat(MIME):
        try:
            data = json.loads(bytes(mime.data(MIME).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        return data if isinstance(data, dict) else None
    if mime.hasText():
        lines = [ln.strip() for ln in mime.text().splitlines() if ln.strip()][:200]
        return {"claims": [{"id": f"p{i}", "text": ln} for i, ln in enumerate(lines)], "arguments": []}
    return None
