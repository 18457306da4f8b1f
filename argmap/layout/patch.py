"""Small edits applied to a built Structure in place: a reason added under a claim, or taken away again.

`Layouter.update` compares the map with the one it last laid out. When the change is
one block of new arguments whose premises are all new claims (what "add a reason"
and its redo do), or the removal of such a block (its undo), the structure is
patched here and only the nodes returned as changed are placed again. Anything
else (None) means: build the structure afresh.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from argmap.layout.structure import DUMMY, Structure

ArgSig = tuple[str, str, tuple[str, ...], str]
"""(id, target, premises, relation) of an argument, to compare two versions of a map cheaply."""


def block_change(old: Sequence[object], new: Sequence[object]) -> tuple[int, int, int]:
    """(index, removed, inserted) when `new` is `old` with one contiguous block replaced, else None."""
    n_old, n_new = len(old), len(new)
    i = 0
    top = min(n_old, n_new)
    while i < top and (old[i] is new[i] or old[i] == new[i]):
        i += 1
    j = 0
    while j < top - i and (
        old[n_old - 1 - j] is new[n_new - 1 - j] or old[n_old - 1 - j] == new[n_new - 1 - j]
    ):
        j += 1
    return i, n_old - i - j, n_new - i - j


def add_reasons(
    s: Structure,
    old_ids: Sequence[str],
    at: int,
    added: Sequence[ArgSig],
    new_claims: set[str],
    group_pro_con: bool,
) -> set[str] | None:
    """Hang new arguments (premises all new claims) under existing visible nodes; the nodes changed."""
    row = s.row
    used: set[str] = set()
    added_ids = {a[0] for a in added}
    for _aid, target, premises, _ in added:
        if target not in row or target in added_ids or not premises:
            return None
        if target in s.collapsed:
            return None
        if len(set(premises)) != len(premises) or not all(
            p in new_claims and p not in used for p in premises
        ):
            return None
        used.update(premises)
    pos: dict[str, float] = {}

    def where(a: str) -> float:
        k = pos.get(a)
        if k is None:
            k = pos[a] = old_ids.index(a)
        return k

    changed: set[str] = set()
    for n, (aid, target, premises, relation) in enumerate(added):
        is_undercut = target in s.premises
        key = at - 1 + (n + 1) / (len(added) + 1)
        s.target[aid] = target
        s.relation[aid] = relation
        s.premises[aid] = list(premises)
        s.args.append(aid)  # arguments are drawn in document order by the caller, whatever this order
        pos[aid] = key
        if is_undercut:
            row[aid] = row[target] + 2
            node = DUMMY + aid
            row[node] = row[target] + 1
            s.children[node] = [aid]
            kids = s.children[target]
            undercuts = [k for k in kids if k.startswith(DUMMY)]
            before = sum(1 for k in undercuts if where(k[len(DUMMY) :]) < key)
            kids.insert(len(kids) - len(undercuts) + before, node)
            changed.add(node)
        else:
            row[aid] = row[target] + 1
            kids = s.children[target]
            mine = (group_pro_con and relation != "support", key)
            i = 0
            for k in kids:
                if (group_pro_con and s.relation[k] != "support", where(k)) > mine:
                    break
                i += 1
            kids.insert(i, aid)
        s.children[aid] = list(premises)
        for p in premises:
            row[p] = row[aid] + 1
            s.tree_parent[p] = aid
            s.children[p] = []
            s.claims.append(p)
            changed.add(p)
        changed.update((aid, target))
    if new_claims - used:
        return None
    return changed


def remove_reasons(s: Structure, removed: Sequence[ArgSig], gone_claims: set[str]) -> set[str] | None:
    """Take away arguments whose premises are leaves that go with them; the nodes changed."""
    gone_args = {a[0] for a in removed}
    for aid, _target, premises, _ in removed:
        if aid not in s.row or any(not k.startswith(DUMMY) and k not in premises for k in s.children[aid]):
            return None
        if any(k.startswith(DUMMY) for k in s.children[aid]) or set(premises) != gone_claims & set(premises):
            return None
        for p in premises:
            if s.children.get(p) or s.tree_parent.get(p) != aid or p in s.shared:
                return None
    if gone_claims != {p for a in removed for p in a[2]}:
        return None
    for _aid, target, _premises, _ in removed:  # a conclusion left with no reasons goes to the tray
        root = target not in s.premises and target not in s.tree_parent
        if root and all(k in gone_args for k in s.children[target]):
            return None
    changed: set[str] = set()
    for aid, target, premises, _ in removed:
        parent = target
        if target in s.premises:
            node = DUMMY + aid
            s.children[target].remove(node)
            del s.children[node], s.row[node]
            changed.add(target)
        else:
            s.children[target].remove(aid)
        changed.add(parent)
        for p in premises:
            del s.row[p], s.tree_parent[p], s.children[p]
        del s.row[aid], s.children[aid], s.target[aid], s.relation[aid], s.premises[aid]
    for a in gone_args:
        s.args.remove(a)
    for c in gone_claims:
        s.claims.remove(c)
    return changed - gone_args - gone_claims


def add_to_tray(s: Structure, old_claims: Sequence[str], at: int, added: Sequence[str]) -> bool:
    """New claims that nothing refers to go to the tray, in document order."""
    pos: dict[str, float] = {c: i for i, c in enumerate(old_claims)}
    for n, c in enumerate(added):
        key = at - 1 + (n + 1) / (len(added) + 1)
        s.tray.insert(bisect_left(s.tray, key, key=pos.__getitem__), c)
        pos[c] = key
    return True


def remove_from_tray(s: Structure, gone: set[str]) -> bool:
    """Claims leaving the tray; False when one of them is not in the tray."""
    if not gone <= set(s.tray):
        return False
    s.tray = [c for c in s.tray if c not in gone]
    return True


def patch_structure(
    s: Structure,
    old_claims: list[str],
    claims: list[str],
    old_ids: list[str],
    block: tuple[int, list[ArgSig], list[ArgSig]],
    group_pro_con: bool,
    gone_ids: dict[str, int],
) -> set[str] | None:
    """Apply an added or removed reason (or tray claim) to `s`; None when the change is of another kind.

    `block` is where the arguments changed: (index, the old ones there, the new ones).
    Ids that went are put in `gone_ids`, claims with the row they were on.
    """
    i, c_gone, c_new = block_change(old_claims, claims)
    j, removed, added = block
    if c_gone == 0 and not removed and c_new:
        new_claims = set(claims[i : i + c_new])
        if new_claims & s.refs:
            return None
        if not added:
            add_to_tray(s, old_claims, i, claims[i : i + c_new])
            return set()
        if {a[0] for a in added} & s.refs:
            return None
        changed = add_reasons(s, old_ids, j, added, new_claims, group_pro_con)
        if changed is not None:
            for a in added:
                s.refs.add(a[1])
                s.refs.update(a[2])
        return changed
    if c_new == 0 and not added and c_gone:
        gone = set(old_claims[i : i + c_gone])
        if not removed:
            return set() if remove_from_tray(s, gone) else None
        rows = {c: s.row[c] for c in gone if c in s.row}
        changed = remove_reasons(s, removed, gone)
        if changed is not None:
            gone_ids.update(rows)
            gone_ids.update((a[0], -1) for a in removed)
        return changed
    return None


def parent_in(s: Structure) -> Callable[[str], str | None]:
    """Node -> its parent in the layout tree (None for a root)."""
    tree_parent, target, premises = s.tree_parent, s.target, s.premises

    def parent(n: str) -> str | None:
        if n.startswith(DUMMY):
            return target[n[len(DUMMY) :]]
        up = tree_parent.get(n)
        if up is not None:
            return up
        t = target.get(n)
        if t is None:
            return None
        return DUMMY + n if t in premises else t

    return parent
