"""The article pane: read-only text with highlights for tagged spans."""
