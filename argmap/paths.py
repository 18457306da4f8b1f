"""Where argmap's data files live: inside the installed wheel, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `resources` or `seeds`, wherever this copy of argmap keeps it."""
    if name not in ("resources", "seeds"):
        raise ValueError(f"unknown data folder {name!r}")
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def resource(*parts: str) -> Path:
    """A file under resources/ (icons, themes, palettes, scheme sets)."""
    return data_dir("resources").joinpath(*parts)


def seed(*parts: str) -> Path:
    """A file under seeds/ (the sample article and maps)."""
    return data_dir("seeds").joinpath(*parts)


SAMPLE_MAP = "open-source-ai.argmap.json"
SAMPLE_ARTICLE = "open-source-ai-zuckerberg-article.txt"


def is_shipped(path: str | Path) -> bool:
    """True for a file that ships with argmap (seeds/): opened as a copy so Save never overwrites it."""
    try:
        return Path(path).resolve().is_relative_to(data_dir("seeds").resolve())
    except OSError:
        return False
