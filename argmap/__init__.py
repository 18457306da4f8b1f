"""argmap: the Qt-free core of the argument-mapping app (model, ops, formats, analysis)."""

__version__ = "0.1.0"
