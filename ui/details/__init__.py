"""The details panel of the selected claim: wording, kind, tags, note, spans."""
