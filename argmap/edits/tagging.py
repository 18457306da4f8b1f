"""Tagging attaches: a claim tagged in the article joins the map under the selected claim, as its kind says.

The rule, for a selected claim S and a new claim N tagged from the article:

- premise: N becomes a reason for S (support);
- objection: N attacks S;
- rebuttal: N attacks S when S is an objection; when S is not an objection but exactly
  one objection attacks S, N answers that objection (the student is looking at the
  claim and answering what was said against it); otherwise N waits in the tray, since
  a rebuttal that attacked the student's own premise or conclusion would be wrong;
- conclusion: N starts a new root (never under S);
- nothing selected, or a plain claim: N waits in the tray, as before.

Everything is one op (a Batch), so one undo takes the claim and its link back.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.edits import ROLE_LABELS, tag_span
from argmap.model import Argument, ArgumentMap, Claim, Relation, Role
from argmap.ops import AddArgument, Batch, Op

QUOTE_WORDS = 8
"""Words of the target's wording quoted in the status message."""


@dataclass(frozen=True)
class Attached:
    """What tagging did: the op (one undo step), the new claim, where it went, and a sentence for the user."""

    op: Op
    claim_id: str
    target_id: str | None
    """The claim the new one was attached to (None: a new root or the tray)."""
    message: str
    """Plain words for the status bar: "Premise added as a reason for “Open models …”"."""

    @property
    def select(self) -> str:
        """The claim to select afterwards: the one the student builds on.

        Attached: the target stays selected, so the next tagged premise joins it too.
        A conclusion or a tray claim: the new claim.
        """
        return self.target_id or self.claim_id


def quote(text: str, words: int = QUOTE_WORDS) -> str:
    """The first words of a wording in curly quotes, with an ellipsis when cut."""
    parts = text.split()
    shown = " ".join(parts[:words])
    return f"“{shown}…”" if len(parts) > words else f"“{shown}”"


def _objections_of(m: ArgumentMap, claim_id: str) -> list[str]:
    """Objection claims that attack `claim_id` directly (one premise each), in map order."""
    roles = {c.id: c.role for c in m.claims}
    return [
        a.premises[0]
        for a in m.arguments
        if a.target == claim_id
        and a.relation is Relation.ATTACK
        and len(a.premises) == 1
        and roles.get(a.premises[0]) is Role.OBJECTION
    ]


def attach_target(m: ArgumentMap, role: Role, selected: str | None) -> tuple[str | None, Relation, str]:
    """Where a new claim of this kind goes when `selected` is selected: (target, relation, why).

    `target` is None for the tray or a new root; `why` explains a rebuttal left in the tray.
    """
    ids = {c.id: c for c in m.claims}
    chosen: Claim | None = ids.get(selected) if selected is not None else None
    if chosen is None or role in (Role.CONCLUSION, Role.NONE):
        return None, Relation.SUPPORT, ""
    if role is Role.PREMISE:
        return chosen.id, Relation.SUPPORT, ""
    if role is Role.OBJECTION or chosen.role is Role.OBJECTION:
        return chosen.id, Relation.ATTACK, ""
    answers = _objections_of(m, chosen.id)
    if len(answers) == 1:
        return answers[0], Relation.ATTACK, ""
    if answers:
        return None, Relation.ATTACK, "select the objection it answers, then drag the rebuttal onto it"
    return (
        None,
        Relation.ATTACK,
        "a rebuttal answers an objection: select one, then drag the rebuttal onto it",
    )


def tag_and_attach(m: ArgumentMap, start: int, end: int, role: Role, selected: str | None) -> Attached:
    """Tag `[start, end)` of the article as a new claim and attach it to the selected claim (see above).

    Raises OpError (from `tag_span`) when there is no article or no text there.
    """
    add, claim_id = tag_span(m, start, end, role)
    kind = ROLE_LABELS[role]
    target, relation, why = attach_target(m, role, selected)
    if target is None:
        if role is Role.CONCLUSION:
            text = f"{kind} added: a new main claim. Tag premises now to give it reasons"
        elif why:
            text = f"{kind} added, not connected yet: {why}"
        else:
            text = f"{kind} added, not connected yet (select a claim first and tagging attaches to it)"
        return Attached(add, claim_id, None, text)
    arg_id = m.new_id("a", {claim_id})
    link = AddArgument(Argument(id=arg_id, premises=[claim_id], relation=relation, target=target))
    words = quote(m.claim(target).text)
    if relation is Relation.SUPPORT:
        name, text = f"Add {kind.lower()} as a reason", f"{kind} added as a reason for {words}"
    else:
        name, text = f"Add {kind.lower()} against a claim", f"{kind} added against {words}"
    return Attached(Batch([add, link], name), claim_id, target, text)
