"""Articles."""
