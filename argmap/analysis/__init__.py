"""Pure checks and evaluation of maps: validation findings, acceptability, comparison."""
