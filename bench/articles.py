"""Benchmark article import against reference texts, and against each format's library used alone; prints tables.

The corpus is the regression corpus of the tests (`tests/argmap/articles/corpus.py`:
legacy encodings, web pages, PDFs, Word files). Each file is imported the way the app
imports it (`load_article`, with the isolated worker) and scored against its
reference text: token F1 (Chinese and Japanese by character), and for plain text the
share decoded exactly. "library alone" is what charset-normalizer, trafilatura,
pypdf and python-docx give without argmap's handling. `--startup` also times
`argmap import` on a small .txt and .html (median of 5 runs).

    .venv/bin/python bench/articles.py [--startup]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from argmap.articles import load_article  # noqa: E402
from argmap.articles.extraction import normalise_text  # noqa: E402
from tests.argmap.articles.corpus import Case, all_cases  # noqa: E402

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+", re.UNICODE)
LIBRARY = {"txt": "charset-normalizer", "html": "trafilatura", "pdf": "pypdf", "docx": "python-docx"}


def f1(text: str, reference: str) -> float:
    """Bag-of-tokens F1 of `text` against `reference` (case kept: a garbled letter is a wrong token)."""
    got, want = Counter(_TOKEN.findall(text)), Counter(_TOKEN.findall(reference))
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def library_alone(fmt: str, data: bytes) -> str:
    """What the format's library gives with its defaults (all it is asked: the text)."""
    if fmt == "txt":
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else ""
    if fmt == "html":
        import trafilatura

        return trafilatura.extract(data) or ""
    if fmt == "pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    import docx
    from docx.table import Table

    out: list[str] = []
    for block in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(block, Table):
            out.extend(" | ".join(cell.text for cell in row.cells) for row in block.rows)
        else:
            out.append(block.text)
    return "\n".join(out)


def seed_cases(folder: Path) -> list[Case]:
    """The seed article as a news page, an A5 handout PDF, a two-column PDF and a Word file (tests' builders)."""
    from tests.argmap.articles import builders

    paragraphs = builders.seed_paragraphs()
    extra = [
        "• Open models are audited by many.",
        "• Closed models are audited by few.",
        "1. Publish the weights.",
        "2. Invite the audits.",
        "Model | Licence",
        "Llama 3.5 | open weights",
    ]
    made = [
        ("seed-news-page.html", builders.write_html, paragraphs),
        ("seed-handout.pdf", builders.write_pdf, paragraphs),
        ("seed-two-column.pdf", builders.write_two_column_pdf, paragraphs),
        ("seed-word.docx", builders.write_docx, paragraphs + extra),
    ]
    cases: list[Case] = []
    for name, write, ref in made:
        path = write(folder / name)
        cases.append(Case(name, path.read_bytes(), "\n\n".join(ref), "the seed article"))
    return cases


def microtext_cases() -> list[Case]:
    """The non-ASCII arg-microtexts of ../shared (real short German texts) saved as Windows-1252, if present."""
    import unicodedata

    folder = ROOT.parent / "shared" / "corpora" / "arg-microtexts" / "corpus"
    cases: list[Case] = []
    for path in sorted(folder.rglob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).strip()
        if not text.isascii():
            cases.append(
                Case(f"microtext-{path.stem}.txt", text.encode("cp1252"), text, "real short text, cp1252")
            )
    return cases


def ours(case: Case, folder: Path) -> str:
    path = folder / case.name
    path.write_bytes(case.data)
    return load_article(path).text


def score(cases: list[Case]) -> None:
    rows: dict[str, list[tuple[float, float, bool, bool]]] = defaultdict(list)
    print(f"{'file':34} {'problem':44} {'argmap':>7} {'library':>8}   (token F1; microtexts: summary only)")
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            fmt = case.name.rsplit(".", 1)[1]
            mine = ours(case, Path(tmp))
            try:
                theirs = normalise_text(library_alone(fmt, case.data))
            except Exception as e:  # the library alone fails on some classes: scored as nothing read
                theirs = ""
                print(f"  ({LIBRARY[fmt]} alone: {type(e).__name__} on {case.name})")
            ref = normalise_text(case.reference)
            a, b = f1(mine, ref), f1(theirs, ref)
            group = "real txt" if case.name.startswith("microtext-") else fmt
            rows[group].append((a, b, mine == ref, theirs == ref))
            if group != fmt:
                continue
            print(f"{case.name:34} {case.problem[:44]:44} {a:7.3f} {b:8.3f}")
    print()
    print(
        f"{'format':8} {'files':>5} {'library alone':20} {'argmap F1':>9} {'library F1':>10} {'argmap exact':>12} {'library exact':>13}"
    )
    for fmt in ("txt", "real txt", "html", "pdf", "docx"):
        r = rows[fmt]
        if not r:
            continue
        mean_a = statistics.fmean(x[0] for x in r)
        mean_b = statistics.fmean(x[1] for x in r)
        exact_a = sum(x[2] for x in r) / len(r)
        exact_b = sum(x[3] for x in r) / len(r)
        print(
            f"{fmt:8} {len(r):5} {LIBRARY[fmt.split()[-1]]:20} {mean_a:9.3f} {mean_b:10.3f} {exact_a:12.0%} {exact_b:13.0%}"
        )


def startup(runs: int = 5) -> None:
    """Median wall time of `argmap import` on a small .txt and .html (a fresh process each run)."""
    from tests.argmap.articles.builders import write_html

    exe = Path(sys.executable).with_name("argmap")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        txt = folder / "small.txt"
        txt.write_text((ROOT / "seeds" / "open-source-ai-zuckerberg-article.txt").read_text(encoding="utf-8"))
        html = write_html(folder / "small.html")
        print(f"\n{'argmap import':20} {'median of ' + str(runs):>14}")
        for src in (txt, html):
            times: list[float] = []
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run(
                    [str(exe), "import", str(src), "-o", str(folder / "out.argmap.json"), "--force"],
                    check=True,
                    capture_output=True,
                )
                times.append(time.perf_counter() - start)
            print(f"{src.name:20} {statistics.median(times):12.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--startup", action="store_true", help="also time `argmap import` (median of 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        score(all_cases() + seed_cases(Path(tmp)) + microtext_cases())
    if args.startup:
        startup()


if __name__ == "__main__":
    main()
