"""Compare argmap's Argdown import (and its export, read back) with Argdown's own model, relation by relation.

    bench/argdown/compare.py [--verbose] [FILE.argdown ...]

Without files it reads every Argdown file in ../shared/corpora/argdown-examples. Argdown's
model comes from `model.mjs` (@argdown/core 2.0.1 with `explodeArguments`; `npm ci` in this
folder first). Both sides are put in one form under the mapping documented in the README:

- a statement is its title (untitled ones: their wording);
- an inference step is its premises and conclusion (Argdown: each exploded step);
- a relation is (from, to, type) with type support, attack or undercut; Argdown's
  contrary / contradictory become a pair of attacks, entails a support;
- argmap's argument aimed at an argument's premises is Argdown's attack (support) on the
  argument; aimed at its inference, Argdown's undercut (of the inference when the argument
  has a premise-conclusion structure).

Prints one line per file that disagrees, the classes of disagreement with their counts,
and the same for the round trip argdown -> argmap -> argdown.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from argmap.io import argdown_read, argdown_write  # noqa: E402
from argmap.io.errors import LoadError  # noqa: E402
from argmap.model import Aim, ArgumentMap, Claim, Relation  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "argdown-examples"
_UNTITLED = re.compile(r"^Untitled \d+$")
_TAG = re.compile(r"#\([^)]*\)|#[\w-]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
Key = tuple[str, ...]
Rel = tuple[Key, Key, str]


def norm(text: str) -> str:
    """Wording compared loosely: no tags, links, emphasis, case, punctuation or spacing."""
    text = _TAG.sub(" ", _LINK.sub(r"\1", text))
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def match_untitled(ref: Canon, got: Canon) -> None:
    """Pair untitled statements whose wording differs only in markup (shortcodes, emphasis): rename in `got`."""

    def keys(c: Canon) -> set[Key]:
        out = {k for r in c.relations for k in r[:2]}
        out |= {k for concl, prem in c.steps for k in (concl, *prem)}
        return {k for k in out if k[0] == "s~"}

    theirs, ours = keys(ref), keys(got)
    left, free = sorted(ours - theirs), sorted(theirs - ours)
    rename: dict[Key, Key] = {}
    for k in left:
        best = max(free, key=lambda f: difflib.SequenceMatcher(None, k[1], f[1]).ratio(), default=None)
        if best is not None and (
            len(left) == len(free) == 1 or difflib.SequenceMatcher(None, k[1], best[1]).ratio() > 0.8
        ):
            rename[k] = best
            free.remove(best)
    if rename:

        def r(k: Key) -> Key:
            if k[0] == "i":
                return ("i", *r((k[1], k[2])), *k[3:])
            return rename.get(k, k)

        got.relations = {(r(a), r(b), t) for a, b, t in got.relations}
        got.steps = {(r(c), frozenset(r(p) for p in prem)) for c, prem in got.steps}


def argdown_models(files: list[Path]) -> dict[str, dict[str, Any]]:
    """Argdown's model of each file (see model.mjs)."""
    out: dict[str, dict[str, Any]] = {}
    for k in range(0, len(files), 50):
        chunk = [str(f) for f in files[k : k + 50]]
        run = subprocess.run(
            ["node", str(HERE / "model.mjs"), *chunk], capture_output=True, text=True, cwd=HERE, check=True
        )
        for line in run.stdout.splitlines():
            if line.startswith("{"):
                doc = json.loads(line)
                out[doc["file"]] = doc
    return out


class Canon:
    """Relations and inference steps of one document in the shared form."""

    def __init__(self) -> None:
        self.relations: set[Rel] = set()
        self.steps: set[tuple[Key, frozenset[Key]]] = set()


def from_argdown(doc: dict[str, Any]) -> Canon:
    """Argdown's model in the shared form."""
    c = Canon()
    texts: dict[str, str] = doc["statements"]

    def st(title: str) -> Key:
        if _UNTITLED.match(title) or doc.get("untitled", {}).get(title):
            return ("s~", norm(texts.get(title, "")))
        return ("s", title)

    inference: dict[tuple[str, int], Key] = {}
    for title, a in doc["arguments"].items():
        for step in a["steps"]:
            prem = frozenset(st(p) for p in step["premises"])
            concl = st(step["conclusion"])
            c.steps.add((concl, prem))
            if step.get("index") is not None:
                inference[(title, step["index"])] = ("i", *concl, *sorted("/".join(p) for p in prem))

    def key(r: dict[str, Any]) -> Key:
        if r["kind"] == "statement":
            return st(r["title"])
        if r["kind"] == "inference":
            return inference.get((r["title"], r["index"]), ("i?", r["title"]))
        return ("a", r["title"])

    for r in doc["relations"]:
        f, t, typ = key(r["from"]), key(r["to"]), r["type"]
        if typ in ("contrary", "contradictory"):
            c.relations |= {(f, t, "attack"), (t, f, "attack")}
        elif typ == "entails":
            c.relations.add((f, t, "support"))
        else:
            c.relations.add((f, t, typ))
    return c


def from_argmap(m: ArgumentMap) -> Canon:
    """argmap's map in the shared form."""
    c = Canon()
    claims = {x.id: x for x in m.claims}
    args = {a.id: a for a in m.arguments}

    def ck(x: Claim) -> Key:
        o = x.origin
        if o is not None and o.format == "argdown":
            if o.data.get("argument") is True and o.id:
                return ("a", o.id)
            if isinstance(o.data.get("gist_of"), str):
                return ("a", str(o.data["gist_of"]))
            if o.id:
                return ("s", o.id)
        return ("s~", norm(x.text))

    def title(a_id: str) -> str:
        a = args[a_id]
        return a.origin.id if a.origin and a.origin.format == "argdown" and a.origin.id else a_id

    def is_step(a_id: str) -> bool:
        a = args[a_id]
        return bool(a.origin and a.origin.format == "argdown" and "step" in a.origin.data)

    for a in m.arguments:
        prem = [ck(claims[p]) for p in a.premises if p in claims]
        if is_step(a.id):
            c.steps.add((ck(claims[a.target]), frozenset(prem)))
            continue
        own = a.origin is not None and a.origin.format == "argdown" and bool(a.origin.id)
        if own:
            src: Key = ("a", title(a.id))
            for p in prem:
                if p[0] != "a":
                    c.relations.add((p, src, "support"))
        else:
            src = prem[0]
        typ = a.relation.value
        if a.origin is not None and a.origin.format == "argdown" and a.origin.data.get("undercut") is True:
            typ = "undercut"
        if a.target in claims:
            dst = ck(claims[a.target])
        elif is_step(a.target) and a.aim is Aim.INFERENCE:
            t = args[a.target]
            dst = ("i", *ck(claims[t.target]), *sorted("/".join(ck(claims[p])) for p in t.premises))
            typ = "undercut" if a.relation is Relation.ATTACK else "support"
        else:
            dst = ("a", title(a.target))
            if a.aim is Aim.INFERENCE and a.relation is Relation.ATTACK:
                typ = "undercut"
        c.relations.add((src, dst, typ))
    return c


def classify(rel: Rel, other: set[Rel]) -> str:
    """A short name for why this relation has no partner on the other side."""
    f, t, typ = rel
    same_ends = [r for r in other if r[0] == f and r[1] == t]
    if same_ends:
        return f"{typ} read as {same_ends[0][2]}"
    flipped = [r for r in other if r[0] == t and r[1] == f]
    if flipped:
        return f"{typ} read in the other direction"
    same_from = [r for r in other if r[0] == f and r[2] == typ]
    if same_from:
        return f"{typ} aimed at another {t[0]}-node"
    return f"{typ} {f[0]}->{t[0]} missing"


def diff(ref: Canon, got: Canon) -> list[str]:
    """Classes of disagreement between Argdown's model (ref) and another reading (got)."""
    match_untitled(ref, got)
    out: list[str] = []
    for r in sorted(ref.relations - got.relations):
        out.append("only Argdown: " + classify(r, got.relations))
    for r in sorted(got.relations - ref.relations):
        out.append("only argmap: " + classify(r, ref.relations))
    missing = ref.steps - got.steps
    extra = got.steps - ref.steps
    out += ["only Argdown: inference step"] * len(missing)
    out += ["only argmap: inference step"] * len(extra)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true", help="list each differing relation")
    ns = ap.parse_args()
    files = ns.files or sorted(p for p in CORPUS.rglob("*") if p.suffix in (".argdown", ".ad"))
    models = argdown_models(files)
    stats: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    trip_classes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        exported: dict[str, Path] = {}
        results: dict[str, tuple[Canon, Canon] | str] = {}
        for k, f in enumerate(files):
            doc = models.get(str(f), {})
            name = f.relative_to(CORPUS) if f.is_relative_to(CORPUS) else f
            if "exception" in doc or not doc:
                stats["not comparable: Argdown builds no model"] += 1
                results[str(name)] = f"not comparable, Argdown fails: {doc.get('exception', '?')[:80]}"
                continue
            if doc.get("errors"):
                stats["Argdown reports a syntax error (model compared anyway)"] += 1
            try:
                m = argdown_read.read(f.read_bytes(), f.name).map
            except LoadError as e:
                stats["refused by argmap"] += 1
                results[str(name)] = f"argmap refuses: {e}"
                continue
            out = Path(tmp) / f"{k}.argdown"
            out.write_bytes(argdown_write.write(m).data)
            exported[str(out)] = f
            results[str(name)] = (from_argdown(doc), from_argmap(m))
        back = argdown_models(list(map(Path, exported)))
        trips = {
            str(exported[p].relative_to(CORPUS))
            if exported[p].is_relative_to(CORPUS)
            else str(exported[p]): from_argdown(d) if "exception" not in d else None
            for p, d in back.items()
        }
        for name, res in results.items():
            if isinstance(res, str):
                print(f"  {name}: {res}")
                continue
            ref, got = res
            stats["comparable"] += 1
            stats["relations in Argdown"] += len(ref.relations)
            stats["inference steps in Argdown"] += len(ref.steps)
            d = diff(ref, got)
            if d:
                stats["disagree"] += 1
                print(f"  {name}: {len(d)} differences")
                if ns.verbose:
                    for line in diff_lines(ref, got):
                        print(f"      {line}")
            classes.update(d)
            trip = trips.get(name)
            if trip is None:
                stats["round trip: export rejected by Argdown"] += 1
                continue
            td = diff(ref, trip)
            if td:
                stats["round trip differs"] += 1
                print(f"  {name}: round trip changes {len(td)} relations or steps")
                if ns.verbose:
                    for line in diff_lines(ref, trip):
                        print(f"      rt {line}")
            trip_classes.update(td)
    print()
    print("| figure | files or relations |\n|---|---:|")
    for k2, v in stats.items():
        print(f"| {k2} | {v} |")
    print(f"| agree | {stats['comparable'] - stats['disagree']} |")
    print(
        f"| round trip keeps every relation and step | {stats['comparable'] - stats['round trip differs'] - stats['round trip: export rejected by Argdown']} |"
    )
    print("\n| class of disagreement (import) | count |\n|---|---:|")
    for k2, v in classes.most_common():
        print(f"| {k2} | {v} |")
    print("\n| class of disagreement (round trip) | count |\n|---|---:|")
    for k2, v in trip_classes.most_common():
        print(f"| {k2} | {v} |")
    return 0


def diff_lines(ref: Canon, got: Canon) -> list[str]:
    """Each relation or step on one side only, written out."""
    out = [f"only Argdown: {r}" for r in sorted(ref.relations - got.relations)]
    out += [f"only argmap:  {r}" for r in sorted(got.relations - ref.relations)]
    out += [f"only Argdown step: {s}" for s in sorted(ref.steps - got.steps, key=str)]
    out += [f"only argmap step:  {s}" for s in sorted(got.steps - ref.steps, key=str)]
    return out


if __name__ == "__main__":
    sys.exit(main())
