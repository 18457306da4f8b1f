"""Edit operations: each applies itself to a map in place and returns the op that undoes it.

The one undo mechanism of argmap: the app wraps each op in one QUndoCommand.
"""

from argmap.ops.arguments import AddArgument, EditArgument, MoveArgument, RemoveArgument
from argmap.ops.base import Batch, Op, OpError
from argmap.ops.claims import AddClaim, EditClaim, MoveClaim, RemoveClaim
from argmap.ops.document import SetArticle, SetClassroom, SetCollapsed, SetDirection, SetPin, SetTitle
from argmap.ops.tags import AddTag, EditTag, RemoveTag

__all__ = [
    "AddArgument",
    "AddClaim",
    "AddTag",
    "Batch",
    "EditArgument",
    "EditClaim",
    "EditTag",
    "MoveArgument",
    "MoveClaim",
    "Op",
    "OpError",
    "RemoveArgument",
    "RemoveClaim",
    "RemoveTag",
    "SetArticle",
    "SetClassroom",
    "SetCollapsed",
    "SetDirection",
    "SetPin",
    "SetTitle",
]
