"""Every shared corpus file is tried; its outcome and round trips must match the committed table."""

from __future__ import annotations

import os
from collections import Counter

import pytest

from tests.argmap.io.corpus_table import corpus_rows, from_tsv, to_tsv
from tests.conftest import FIXTURES, SHARED

TABLE = FIXTURES / "interchange" / "corpus_table.tsv"
LEGEND = """
Corpus table: every file under ../shared/corpora, read with argmap.io.formats.read_map (format sniffed).
outcome: imports, or refused with the message the user sees (reason column; for imports, the warnings).
aif, ova, argdown: export in that format (AIFdb shape, OVA3 shape, Argdown), import the bytes again and
compare as graphs: claims matched through their origin ids in their own format (AIF node ids, Argdown
titles), else by argmap id; relations by kind and endpoints (undercuts by the relation they attack);
spans by offsets (in text order). "same" means nothing was lost.
Expected losses, each justified:
- aif column, "N claims' spans changed" (microtexts, OVA3 files with text): the AIFdb shape has no
  source text, so anchors have nowhere to go. The ova column, which writes the article as OVA's HTML
  with anchors, keeps them: use `--to ova` for annotated maps.
Refused on purpose: files that are not maps (LICENSE, README, SOURCE.md, the DTD, the microtexts'
plain .txt texts), the SADFace sample (not AIF), and Argdown snippets with no statement or argument
(lexer fragments, front matter only, @include stubs).
Regenerate after an intended change: ARGMAP_UPDATE_CORPUS_TABLE=1 pytest tests/argmap/io/test_corpus_table.py
"""


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    """Computed once per run (about two seconds); skips like `shared_dir` when ../shared is absent."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return corpus_rows(SHARED / "corpora")


def test_every_corpus_file_matches_the_committed_table(rows: list[dict[str, str]]) -> None:
    if os.environ.get("ARGMAP_UPDATE_CORPUS_TABLE"):
        TABLE.write_text(to_tsv(rows, LEGEND), encoding="utf-8")
    expected = {r["file"]: r for r in from_tsv(TABLE.read_text(encoding="utf-8"))}
    actual = {r["file"]: r for r in rows}
    assert sorted(actual) == sorted(expected), "files were added to or removed from ../shared/corpora"
    changed = [f"{f}: expected {expected[f]}, got {actual[f]}" for f in actual if actual[f] != expected[f]]
    assert not changed, "\n".join(changed[:10])


def test_no_corpus_map_is_refused_and_no_non_map_imports(rows: list[dict[str, str]]) -> None:
    by_file = {r["file"]: r for r in rows}
    for name, row in by_file.items():
        if name.endswith((".json", ".xml")) and "sadface" not in name:
            assert row["outcome"] == "imports", name
        if name.endswith((".txt", ".md", ".dtd")) or "LICENSE" in name:
            assert row["outcome"] == "refused", name
    assert by_file["aif-ova-samples/arguebuf-typescript/data/sadface.json"]["reason"].startswith("is SADFace")


def test_round_trip_figures(rows: list[dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    imported = [r for r in rows if r["outcome"] == "imports"]
    aif_files = [r for r in imported if r["file"].endswith(".json")]
    argdown_files = [r for r in imported if r["file"].endswith((".argdown", ".ad"))]
    lines = [
        f"corpus: {len(rows)} files, {len(imported)} import, {len(rows) - len(imported)} refused",
        f"AIF files through AIFdb shape: {sum(r['aif'] == 'same' for r in aif_files)}/{len(aif_files)} same",
        f"AIF files through OVA3 shape: {sum(r['ova'] == 'same' for r in aif_files)}/{len(aif_files)} same",
        f"Argdown files through Argdown: {sum(r['argdown'] == 'same' for r in argdown_files)}/{len(argdown_files)} same",
    ]
    for fmt in ("aif", "ova", "argdown"):
        counts = Counter("same" if r[fmt] == "same" else "lossy" for r in imported)
        lines.append(f"all imported files through {fmt}: {counts['same']}/{len(imported)} same")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert all(r["argdown"] == "same" for r in argdown_files)
    assert all(r["ova"] == "same" for r in imported)
    assert all(
        r["aif"] == "same"
        for r in imported
        if not r["file"].endswith(".xml") and "xaif.json" not in r["file"]
    )
