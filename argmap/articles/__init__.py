"""Article loaders: txt, md, html, pdf, docx and pasted text -> an Article with stable plain text.

The names below load on first use, so the extraction child process (which imports
only the extractor it runs) starts without pydantic or the other loaders.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.articles.isolation import ImportCancelled
    from argmap.articles.loader import (
        ARTICLE_EXTENSIONS,
        FORMATS,
        Imported,
        article_from_text,
        import_article,
        load_article,
    )

__all__ = [
    "ARTICLE_EXTENSIONS",
    "FORMATS",
    "ImportCancelled",
    "Imported",
    "article_from_text",
    "import_article",
    "load_article",
]

_HOME = {
    "ARTICLE_EXTENSIONS": "argmap.articles.loader",
    "FORMATS": "argmap.articles.loader",
    "article_from_text": "argmap.articles.loader",
    "load_article": "argmap.articles.loader",
    "import_article": "argmap.articles.loader",
    "Imported": "argmap.articles.loader",
    "ImportCancelled": "argmap.articles.isolation",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(importlib.import_module(_HOME[name]), name)
    raise AttributeError(f"module 'argmap.articles' has no attribute {name!r}")
