"""Where the Open and Save dialogs start: beside the open file, else the user's documents folder, never the install."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir

from argmap.paths import is_shipped


def documents_folder() -> Path:
    """The user's documents folder (XDG_DOCUMENTS_DIR, ~/Documents...), or home when it does not exist."""
    folder = Path(user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def start_folder(document: Path | None, recent: list[Path]) -> Path:
    """The open document's folder; for a new map the most recent file's folder, else the documents folder.

    Folders inside argmap's installation (the sample's) are skipped: a map saved there
    would be lost on the next upgrade, or overwrite the sample.
    """
    for path in ([document] if document is not None else []) + recent[:1]:
        if not is_shipped(path):
            return path.parent
    return documents_folder()
