"""Benchmark `argmap grade`: a class of 30 perturbed student maps against a reference; prints a table.

Two references: the seed map (10 claims) and a generated one with 300 claims over a
long article. Each student map is the reference with random claims dropped, spans
shifted, relations flipped, linked premises split and extra claims added. Times the
whole command in a fresh process (what a teacher waits for) and the grading alone.

    .venv/bin/python bench/grade.py [--students 30]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from argmap.classroom.grading import grade_files, student_files
from argmap.io.native import load, save
from argmap.model import Argument, ArgumentMap, Article, Claim, Classroom, Relation, Role, Span
from argmap.ops import EditArgument, EditClaim, RemoveClaim
from argmap.paths import SAMPLE_MAP, seed

ROOT = Path(__file__).resolve().parent.parent


def big_reference(n_claims: int, rng: random.Random) -> ArgumentMap:
    """A reference over an article of n_claims sentences: a tree with some attacks and linked pairs."""
    sentences = [f"Sentence {i} makes point number {i} about open models." for i in range(n_claims + 50)]
    text = " ".join(sentences)
    starts = [sum(len(s) + 1 for s in sentences[:i]) for i in range(len(sentences))]
    claims = [
        Claim(
            id=f"c{i}",
            text=sentences[i],
            spans=[Span.of(text, starts[i], starts[i] + len(sentences[i]))],
            role=Role.CONCLUSION if i == 0 else Role.PREMISE,
        )
        for i in range(n_claims)
    ]
    args: list[Argument] = []
    i = 1
    while i < n_claims:
        target = f"c{rng.randrange(0, i)}"
        rel = Relation.ATTACK if rng.random() < 0.2 else Relation.SUPPORT
        premises = [f"c{i}"] + ([f"c{i + 1}"] if i + 1 < n_claims and rng.random() < 0.15 else [])
        args.append(Argument(id=f"a{i}", premises=premises, relation=rel, target=target))
        i += len(premises)
    return ArgumentMap(title="generated", article=Article(text=text), claims=claims, arguments=args)


def perturb(ref: ArgumentMap, rng: random.Random, name: str) -> ArgumentMap:
    """A plausible student attempt at `ref`."""
    m = ref.model_copy(deep=True)
    m.classroom = Classroom(student=name)
    text = m.article.text if m.article else ""
    for c in list(m.claims[1:]):
        if rng.random() < 0.15:
            RemoveClaim(c.id).apply(m)
    for c in m.claims:
        if c.spans and rng.random() < 0.3:
            s = c.spans[0]
            shift = rng.randint(-15, 15)
            start = min(max(0, s.start + shift), len(text))
            end = min(max(start, s.end + rng.randint(-15, 15)), len(text))
            EditClaim(c.id, {"spans": [Span.of(text, start, end)]}).apply(m)
    for a in list(m.arguments):
        if rng.random() < 0.1:
            flipped = Relation.ATTACK if a.relation is Relation.SUPPORT else Relation.SUPPORT
            EditArgument(a.id, {"relation": flipped}).apply(m)
        if len(a.premises) > 1 and rng.random() < 0.5:
            EditArgument(a.id, {"premises": a.premises[:1]}).apply(m)
    for k in range(rng.randint(0, 3)):
        start = rng.randrange(0, max(1, len(text) - 60))
        m.claims.append(Claim(id=f"x{k}", text="extra", spans=[Span.of(text, start, start + 50)]))
    return m


def run(label: str, ref: ArgumentMap, n: int, folder: Path, rng: random.Random) -> None:
    ref_path = folder / f"{label}-reference.argmap.json"
    save(ref, ref_path, backup=False)
    klass = folder / f"{label}-class"
    klass.mkdir()
    for i in range(n):
        save(perturb(ref, rng, f"Student {i:02d}"), klass / f"s{i:02d}.argmap.json", backup=False)
    t0 = time.perf_counter()
    files = student_files([klass])
    rows = grade_files(load(ref_path), files)
    t_grade = time.perf_counter() - t0
    t0 = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "argmap",
            "grade",
            str(ref_path),
            str(klass),
            "--csv",
            str(folder / f"{label}.csv"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    t_cli = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr
    mean = sum(r.result.total for r in rows if r.result) / len(rows)
    print(
        f"{label:<14} {len(ref.claims):>7} {n:>9} {t_grade:>11.3f} {t_cli:>13.3f} {1000 * t_grade / n:>13.1f} {mean:>11.0%}"
    )


def main() -> None:
    """Print the benchmark table."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--students", type=int, default=30)
    n = p.parse_args().students
    rng = random.Random(2026)
    print(
        f"{'reference':<14} {'claims':>7} {'students':>9} {'grade (s)':>11} "
        f"{'command (s)':>13} {'ms/student':>13} {'mean total':>11}"
    )
    with tempfile.TemporaryDirectory(prefix="argmap-bench-grade-") as tmp:
        run("seed", load(seed(SAMPLE_MAP)), n, Path(tmp), rng)
        run("generated-300", big_reference(300, rng), n, Path(tmp), rng)


if __name__ == "__main__":
    main()
