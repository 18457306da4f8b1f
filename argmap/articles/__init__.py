"""Article loaders: txt, md, html, pdf, docx and pasted text -> an Article with stable plain text."""

from argmap.articles.isolation import ImportCancelled
from argmap.articles.loader import ARTICLE_EXTENSIONS, FORMATS, article_from_text, load_article

__all__ = ["ARTICLE_EXTENSIONS", "FORMATS", "ImportCancelled", "article_from_text", "load_article"]
