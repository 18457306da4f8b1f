"""The map canvas: scene, items, view, gestures; `MapView(session)` is what the window embeds.

Public API for the window shell:

- `MapView(session)`: a QGraphicsView showing `session.map`, synced after every
  `session.changed` (and rebuilt on `session.replaced`). Every edit it makes is an op
  pushed with `session.push`.
  Signals: `claimSelected(str)` (one claim became current), `selectionChanged(list)`
  (selected claim ids, in selection order), `zoomChanged(float)`, `message(str)`
  (a note for the status bar).
  Methods: `select_claim(id)`, `select_claims(ids)`, `selected_claims()`,
  `zoom_in()`, `zoom_out()`, `zoom_fit()`, `zoom_reset()`, `zoom()`, `relayout()`,
  `find(text) -> ids`, `edit_claim(id)`, `set_filter(ids | None)` (fade other claims),
  `print_map()` (print preview), `render_to(path, scale=, transparent=, max_px=,
  pdf_layout="fit"|"tile") -> note` (File > Export; format from the extension; raises
  ui.render.export.ExportError, a ValueError, with a one-line message).
  The canvas follows a light or dark app palette; exports are always on white (or
  transparent). Far out on a big map (300+ claims) it shows one overview picture;
  a click zooms in there.
- `view.actions_by_name`: name -> QAction with its shortcut (active when the canvas has
  focus), for menus: zoom_in, zoom_out, zoom_fit, zoom_reset, relayout, left_right,
  unpin, edit, delete, cut, copy, paste, select_all, add_reason, add_objection,
  add_claim, connect_support, connect_attack, disconnect, toggle_relation, collapse,
  expand, find, find_next.
- `build_scene(m) -> MapScene`: a scene for a map without a view (exports, benchmarks).
  `MapScene.sync(m)` brings it up to date after an edit (the edit-latency path).

Gestures: drag a box to move it (it stays pinned); drop it on another claim to connect
it (a premise supports, an objection or rebuttal attacks; Shift or Alt flips it; Ctrl
keeps its other connections); drop it on a reason's junction to add a linked premise (an
objection undercuts). Handles (`view.handles`, ui/map/handles.py) on the hovered or
selected box: "+ reason", "− objection", "+ co-premise", and a knob to drag a connection
from. During any drag the valid targets light up and the one under the mouse is labelled
(ui/map/drop_targets.py, from the plan in ui/map/gesture_plans.py). Rubber-band to
select several; space-drag or middle-drag to pan; Ctrl+wheel to zoom; arrows travel
to parent, children and siblings; Ctrl+arrows nudge the selected box.
"""

from ui.map.scene import MapScene, build_scene
from ui.map.view import MapView

__all__ = ["MapScene", "MapView", "build_scene"]
