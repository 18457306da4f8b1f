"""User tags: create, rename, recolour, delete, assign, filter."""
