"""The one intent layer: what the user meant (tag this text, connect these claims, delete) -> ops, Qt-free.

Every path to a gesture (a drag on the map, a menu item, a key in any pane) calls the
same function here, so a gesture means one thing wherever it starts. Unknown ids are
refused with an OpError in plain words; the document reports it in the status bar.
"""

from argmap.edits.claims import add_claim, add_claim_at, add_reason, remove, set_note, set_role, set_wording
from argmap.edits.layout import fold_to_first_layer, move, relayout, set_collapsed, toggle_direction, unpin
from argmap.edits.lookup import default_relation, flipped
from argmap.edits.relations import (
    connect,
    connect_selected,
    detach,
    drop_on_claim,
    drop_on_reason,
    drop_relation,
    flip,
    link_premise,
    link_selected,
    remove_reasons,
    split,
    undercut,
    undercut_selected,
)
from argmap.edits.tags import delete_tag, new_tag, recolour_tag, rename_tag, set_tag
from argmap.edits.text import (
    ROLE_LABELS,
    add_span,
    claims_at,
    remove_span,
    sentence_at,
    snap_to_words,
    tag_span,
    wording_from,
)

__all__ = [
    "ROLE_LABELS",
    "add_claim",
    "add_claim_at",
    "add_reason",
    "add_span",
    "claims_at",
    "connect",
    "connect_selected",
    "default_relation",
    "delete_tag",
    "detach",
    "drop_on_claim",
    "drop_on_reason",
    "drop_relation",
    "flip",
    "flipped",
    "fold_to_first_layer",
    "link_premise",
    "link_selected",
    "move",
    "new_tag",
    "recolour_tag",
    "relayout",
    "remove",
    "remove_reasons",
    "remove_span",
    "rename_tag",
    "sentence_at",
    "set_collapsed",
    "set_note",
    "set_role",
    "set_tag",
    "set_wording",
    "snap_to_words",
    "split",
    "tag_span",
    "toggle_direction",
    "undercut",
    "undercut_selected",
    "unpin",
    "wording_from",
]
