"""Small hand-made maps for the evaluation UI tests."""

from __future__ import annotations

from argmap.model import Argument, ArgumentMap, Claim, Relation, Role


def attacked_conclusion() -> ArgumentMap:
    """c1 (conclusion) <- c2 supports; c3 attacks c1; nothing attacks c3.

    Grounded: c3 is unattacked so IN; c3's attack on c1 is IN, so c1 is OUT; c2 is IN.
    DF-QuAD (base 0.5 each): c2 = c3 = 0.5; c1: va = 0.5, vs = 0.5, equal, so c1 = 0.5.
    """
    return ArgumentMap(
        claims=[
            Claim(id="c1", text="Cities should ban cars downtown.", role=Role.CONCLUSION),
            Claim(id="c2", text="Cars pollute the air.", role=Role.PREMISE),
            Claim(id="c3", text="Shops would lose customers.", role=Role.OBJECTION),
        ],
        arguments=[
            Argument(id="a1", premises=["c2"], relation=Relation.SUPPORT, target="c1"),
            Argument(id="a2", premises=["c3"], relation=Relation.ATTACK, target="c1"),
        ],
    )


def expert_reason() -> ArgumentMap:
    """c1 (conclusion) <- c2 by expert opinion (a1)."""
    return ArgumentMap(
        claims=[
            Claim(id="c1", text="Open models are safe.", role=Role.CONCLUSION),
            Claim(id="c2", text="A famous researcher says so.", role=Role.PREMISE),
        ],
        arguments=[
            Argument(
                id="a1", premises=["c2"], relation=Relation.SUPPORT, target="c1", scheme="Expert Opinion"
            )
        ],
    )
