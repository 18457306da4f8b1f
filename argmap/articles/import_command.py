"""`argmap import ARTICLE -o MAP`: a new, empty map holding an article, made headlessly."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from argmap.exit_codes import EXIT_OK, EXIT_USAGE, fail
from argmap.wording import counted

MAP_SUFFIXES = (".json", ".argdown", ".ad")
"""Map files (native, AIF, OVA, Argdown): `argmap convert` reads them, `argmap import` refuses them."""


def run(args: argparse.Namespace) -> int:
    """Read the article, write the map; exit 2 with one message on unreadable input or an unwritable MAP."""
    from argmap.articles import import_article
    from argmap.io.errors import LoadError, SaveError

    out: Path = args.output
    if args.article.suffix.lower() in MAP_SUFFIXES:
        print(
            f"error: {args.article}: is a map file, not an article; to turn it into an argmap map use "
            f"`argmap convert {args.article} -o {out}`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if out.exists() and not args.force:
        print(f"error: {out}: already exists; choose another name or pass --force", file=sys.stderr)
        return EXIT_USAGE
    try:
        imported = import_article(args.article)
    except LoadError as e:
        return fail(e)
    article = imported.article
    for warning in imported.warnings:
        print(f"warning: {article.source}: {warning}", file=sys.stderr)
    from argmap.io.native import save  # after the import: the model loads while a reader process starts
    from argmap.model import ArgumentMap

    title = args.title if args.title is not None else article.title
    m = ArgumentMap(title=title, article=article)
    try:
        save(m, out, backup=False)
    except SaveError as e:
        return fail(e)
    paragraphs = article.text.count("\n\n") + 1
    print(
        f"{out}: new map “{title}” with the article {article.source} "
        f"({article.format}, {counted(len(article.text), 'character')}, {counted(paragraphs, 'paragraph')})"
    )
    return EXIT_OK
