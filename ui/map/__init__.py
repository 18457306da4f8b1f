"""The map canvas: scene, items, view, gestures; `MapView(document, selection, registry)` is what the window embeds.

Public API for the window shell:

- `MapView(document, selection, registry)`: a QGraphicsView showing `document.map`, synced
  after every `document.changed` (rebuilt on `document.replaced`). Every edit it makes is an
  op built by `argmap.edits` and pushed with `document.push` / `document.edit` (a refusal is
  reported by the document). It shows and changes the shared `Selection` (claim and reason
  ids). Signals: `zoomChanged(float)`, `message(str)` (a drop hint for the status bar).
  Methods: `select_claim(id)`, `select_claims(ids)`, `selected_claims()`,
  `zoom_in()`, `zoom_out()`, `zoom_fit()`, `zoom_reset()`, `zoom()`, `relayout()`,
  `find(text) -> ids`, `edit_claim(id)`, `set_filter(ids | None)` (fade other claims).
  Pictures of the map: `ui.render.export.export_scene(view.map_scene, path, ...)`.
  The canvas follows a light or dark app palette; exports are always on white (or
  transparent). Far out on a big map (300+ claims) it shows one overview picture;
  a click zooms in there.
- Its commands are declared in the registry (`ui.map.actions.register_map_actions`);
  `view.actions_by_name` maps their ids to QActions (context menus, tests).
- `build_scene(m) -> MapScene`: a scene for a map without a view (exports, benchmarks).
  `MapScene.sync(m)` brings it up to date after an edit (the edit-latency path).
  `scene.claims`, `scene.edges` and `scene.junctions` list everything the map shows, by id.
  On maps of 2,000 boxes or more (`LAZY_MIN`) items exist only around what the view has
  shown (`scene.reveal(rect)`, called by the view before it paints or takes a click): looking
  an id up builds its item, `.built()` holds the items that exist (use it to touch every
  item), `scene.box_rect(id)` gives a box's place without building it, exports build all
  (`exporting_mode`), and `scene.decorators` are called with each item built later.

Gestures: drag a box to move it (it stays pinned); drop it on another claim to connect
it the way its kind says (a premise supports, an objection or rebuttal attacks; Shift or
Alt the other way; Ctrl keeps its other connections); drop it on a reason's junction: a
premise joins as a linked premise, an objection undercuts (Shift or Alt the other way).
Handles (`view.handles`, ui/map/handles.py) on the hovered or selected box: "+ reason",
"− objection", "+ co-premise", and a knob to drag a connection from. During any drag
the valid targets light up and the one under the mouse is labelled (ui/map/drop_targets.py,
from the plan in ui/map/gesture_plans.py). Rubber-band to
select several; space-drag or middle-drag to pan; Ctrl+wheel to zoom; arrows travel
to parent, children and siblings; Ctrl+arrows nudge the selected box.
"""

from ui.map.scene import MapScene, build_scene
from ui.map.view import MapView

__all__ = ["MapScene", "MapView", "build_scene"]
