"""The PySide6 desktop app: windows, canvas, article pane; never holds the truth."""
