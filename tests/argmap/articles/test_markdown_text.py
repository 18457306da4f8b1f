"""Markdown articles: readable text without markup, the top heading or front matter as the title."""

from __future__ import annotations

from pathlib import Path

from argmap.articles import load_article

SOURCE = """# Open models are *safer*

Open models, Zuckerberg argues, allow for **global** safety auditing.
By making them [available](https://example.com/llama "Llama") to researchers,
bugs are spotted earlier. ![chart](https://example.com/chart.png)

## Objections

- Many worry about *misuse*.
- Running `top-tier` models needs <b>serious</b> computing power.

1. First reason.
2. Second reason.

> Open source wins.

| Model | Licence |
|-------|---------|
| Llama | open    |
"""


def test_markdown_reads_as_plain_paragraphs(tmp_path: Path) -> None:
    p = tmp_path / "notes.md"
    p.write_text(SOURCE, encoding="utf-8")
    art = load_article(p)
    assert art.format == "md"
    assert art.title == "Open models are safer"
    assert art.text.split("\n\n") == [
        "Open models, Zuckerberg argues, allow for global safety auditing. By making them available "
        "to researchers, bugs are spotted earlier.",
        "Objections",
        "• Many worry about misuse.",
        "• Running top-tier models needs serious computing power.",
        "1. First reason.",
        "2. Second reason.",
        "Open source wins.",
        "Model | Licence",
        "Llama | open",
    ]


def test_front_matter_title_and_no_heading(tmp_path: Path) -> None:
    p = tmp_path / "post.markdown"
    p.write_text('---\ntitle: "A post"\ndate: 2025-06-01\n---\nJust *one* paragraph.\n', encoding="utf-8")
    art = load_article(p)
    assert (art.title, art.text) == ("A post", "Just one paragraph.")


def test_heading_below_text_is_not_the_title(tmp_path: Path) -> None:
    p = tmp_path / "later.md"
    p.write_text("Intro line.\n\n# Heading\n\nBody.\n", encoding="utf-8")
    art = load_article(p)
    assert art.title == "later"
    assert art.text == "Intro line.\n\nHeading\n\nBody."
