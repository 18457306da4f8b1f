"""Reading and writing maps: native JSON, interchange formats, and the one place files are written."""
