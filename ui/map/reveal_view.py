"""RevealView: a zoomable view that has a big map's scene build its items around what it shows, before drawing."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from typing_extensions import override

from ui.map.scene import MapScene
from ui.map.zoom_view import ZoomView


class RevealView(ZoomView):
    """Asks `map_scene` to build the items in view after every scroll and zoom, and before every paint.

    Subclasses set `map_scene`; small maps build all their items anyway, so this costs them
    one rectangle test per frame.
    """

    map_scene: MapScene

    def reveal(self) -> None:
        """Build the items of a big map around what the window shows (before it is drawn or clicked)."""
        scene: MapScene | None = getattr(self, "map_scene", None)  # None while QGraphicsView starts up
        if scene is not None and self.scene() is scene:
            scene.reveal(self.visible_rect())

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.reveal()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self.reveal()
        super().paintEvent(event)
