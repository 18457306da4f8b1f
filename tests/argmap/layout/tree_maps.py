"""Fixed trees for the golden-layout test: the sample map (both directions) and a generated tree, with fixed box sizes."""

from __future__ import annotations

import random

from argmap.io.native import load
from argmap.model import Argument, ArgumentMap, Claim, Direction, Relation

SAMPLE = "seeds/open-source-ai.argmap.json"


def generated_tree(n: int = 120, seed: int = 7) -> ArgumentMap:
    """A tree of `n` claims: reasons several levels deep, some linked premises, attacks and undercuts."""
    rng = random.Random(seed)
    claims = [Claim(id="c0", text="c0")]
    args: list[Argument] = []
    on: dict[int, list[str]] = {}
    i = 1
    while i < n:
        parent = rng.randrange(i)
        k = min(n - i, rng.choice((1, 1, 1, 2, 3)))
        prem = [f"c{i + j}" for j in range(k)]
        claims += [Claim(id=p, text=p) for p in prem]
        mine = on.setdefault(parent, [])
        if mine and rng.random() < 0.05:
            target, rel = rng.choice(mine), Relation.ATTACK
        else:
            target, rel = f"c{parent}", rng.choice((Relation.SUPPORT, Relation.ATTACK))
            mine.append(f"a{len(args)}")
        args.append(Argument(id=f"a{len(args)}", premises=prem, relation=rel, target=target))
        i += k
    return ArgumentMap(title="generated tree", claims=claims, arguments=args)


def cases() -> dict[str, tuple[ArgumentMap, dict[str, tuple[float, float]]]]:
    """Name -> (map, box sizes) for every golden layout."""
    out: dict[str, tuple[ArgumentMap, dict[str, tuple[float, float]]]] = {}
    for name, m in (("sample", load(SAMPLE)), ("tree", generated_tree())):
        sizes = {
            c.id: (float(120 + (k * 37) % 140), float(36 + (k * 13) % 70)) for k, c in enumerate(m.claims)
        }
        out[name] = (m, sizes)
    m, sizes = out["sample"]
    lr = m.model_copy(update={"layout": m.layout.model_copy(update={"direction": Direction.LEFT_RIGHT})})
    out["sample-lr"] = (lr, sizes)
    return out
