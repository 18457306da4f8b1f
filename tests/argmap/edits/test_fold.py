"""Folding a map to its first layer: one undo step that collapses every reason's branch and nothing else."""

from __future__ import annotations

from argmap import edits
from argmap.model import Argument, ArgumentMap, Claim, Relation


def _map() -> ArgumentMap:
    claims = [Claim(id=i, text=f"Claim {i}.") for i in ("top", "a", "b", "c", "a1", "a2", "b1")]
    args = [
        Argument(id="x1", premises=["a"], target="top", relation=Relation.SUPPORT),
        Argument(
            id="x2", premises=["b", "c"], target="top", relation=Relation.ATTACK
        ),  # linked: both in the layer
        Argument(id="x3", premises=["a1"], target="a", relation=Relation.SUPPORT),
        Argument(id="x4", premises=["a2"], target="a1", relation=Relation.SUPPORT),
        Argument(id="x5", premises=["b1"], target="b", relation=Relation.ATTACK),
    ]
    return ArgumentMap(title="t", claims=claims, arguments=args)


def test_fold_collapses_the_first_layer_claims_that_have_reasons_in_one_undoable_step() -> None:
    m = _map()
    op = edits.fold_to_first_layer(m, "top")
    assert op is not None and op.label == "Fold to the first layer"  # what Edit > Undo names
    inverse = op.apply(m)
    assert m.layout.collapsed == ["a", "b"]  # "c" has no reasons: nothing to fold under it
    inverse.apply(m)
    assert m.layout.collapsed == []


def test_nothing_to_fold_gives_no_step() -> None:
    m = _map()
    edits.fold_to_first_layer(m, "top").apply(m)  # type: ignore[union-attr]
    assert edits.fold_to_first_layer(m, "top") is None  # already folded
    assert edits.fold_to_first_layer(m, "a2") is None  # a claim without reasons
