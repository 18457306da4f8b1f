"""User tags: create, rename, recolour, delete, and put on or take off claims."""

from __future__ import annotations

from collections.abc import Sequence

from argmap.edits import lookup
from argmap.model import ArgumentMap, Tag
from argmap.ops import AddTag, Batch, EditClaim, EditTag, Op, OpError, RemoveTag


def new_tag(m: ArgumentMap, name: str, color: str, assign_to: Sequence[str] = ()) -> tuple[Op, str]:
    """Create a tag (the name must be new, ignoring case), put on `assign_to` claims in the same step."""
    name = name.strip()
    if not name:
        raise OpError("a tag needs a name")
    if any(t.name.casefold() == name.casefold() for t in m.tags):
        raise OpError(f"there is already a tag called “{name}”")
    tag_id = m.new_id("t")
    add: Op = AddTag(Tag(id=tag_id, name=name, color=color))
    claims = [lookup.claim(m, cid) for cid in dict.fromkeys(assign_to)]
    if not claims:
        return add, tag_id
    steps = [add] + [EditClaim(c.id, {"tags": [*c.tags, tag_id]}) for c in claims]
    return Batch(steps, f"Add tag “{name}”"), tag_id


def rename_tag(m: ArgumentMap, tag_id: str, name: str) -> Op:
    """Rename a tag, keeping names unique."""
    name = name.strip()
    if not name:
        raise OpError("a tag needs a name")
    if any(t.id != tag_id and t.name.casefold() == name.casefold() for t in m.tags):
        raise OpError(f"there is already a tag called “{name}”")
    lookup.tag(m, tag_id)
    return EditTag(tag_id, {"name": name})


def recolour_tag(m: ArgumentMap, tag_id: str, color: str) -> Op:
    """Give a tag another colour (#rrggbb)."""
    lookup.tag(m, tag_id)
    return EditTag(tag_id, {"color": color.lower()})


def delete_tag(m: ArgumentMap, tag_id: str) -> Op:
    """Delete a tag and take it off every claim."""
    lookup.tag(m, tag_id)
    return RemoveTag(tag_id)


def set_tag(m: ArgumentMap, claim_ids: Sequence[str], tag_id: str, on: bool) -> Op | None:
    """Assign a tag to claims (or take it off); None when nothing changes."""
    lookup.tag(m, tag_id)
    steps: list[Op] = []
    for cid in claim_ids:
        tags = lookup.claim(m, cid).tags
        if on and tag_id not in tags:
            steps.append(EditClaim(cid, {"tags": [*tags, tag_id]}))
        elif not on and tag_id in tags:
            steps.append(EditClaim(cid, {"tags": [t for t in tags if t != tag_id]}))
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else Batch(steps, "Change tags")
