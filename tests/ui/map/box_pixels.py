"""Finding claim boxes and text ink in an exported picture, the way a reader sees them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage

from ui.map.claim_item import ClaimItem


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    """True when two colours are alike (antialiased border pixels count as the border's colour)."""
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance


def is_ink(c: QColor, threshold: int = 110) -> bool:
    """A dark, text-coloured pixel."""
    return c.red() < threshold and c.green() < threshold and c.blue() < threshold


def drawn_edges(image: QImage, seed: QPointF, border: QColor) -> tuple[int, int]:
    """Left and right outer edge of the box around `seed`, found along its row by the border colour.

    From the seed it walks left to the first border-coloured pixel (the kind stripe), on through
    the stripe and the border to the paper; and right to the border, then through it.
    """
    y = round(seed.y())
    x = round(seed.x())
    while x > 0 and not near(image.pixelColor(x, y), border):
        x -= 1
    while x > 0 and near(image.pixelColor(x - 1, y), border):
        x -= 1
    left = x
    x = round(seed.x())
    while x < image.width() - 1 and not near(image.pixelColor(x, y), border):
        x += 1
    while x < image.width() - 1 and near(image.pixelColor(x + 1, y), border):
        x += 1
    return left, x


def box_in_image(image: QImage, item: ClaimItem, origin: QPointF, border: QColor) -> QRect:
    """The box of `item` as drawn in `image` (an export whose top-left is scene point `origin`).

    The scene only says where to look (a row in the box's bottom padding, under any text or
    chip); the left and right edges are read from the picture's pixels, the top and bottom
    from the item.
    """
    rect = item.sceneBoundingRect().adjusted(3, 3, -3, -3).translated(-origin)
    mid = QPointF(rect.center().x(), rect.bottom() - 4)
    left, right = drawn_edges(image, mid, border)
    return QRect(left, round(rect.top()), right - left + 1, round(rect.height()))


def ink_outside(image: QImage, boxes: list[QRect], within: QRectF | None = None) -> list[tuple[int, int]]:
    """Dark pixels that lie in no box (optionally only those inside `within`)."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    gray = img.convertToFormat(QImage.Format.Format_Grayscale8)  # dark candidates, checked in colour
    data, stride = bytes(gray.constBits()), gray.bytesPerLine()
    area = within.toRect() if within is not None else img.rect()
    area = area.intersected(img.rect())
    grown = [b.adjusted(-1, -1, 1, 1) for b in boxes]
    out = []
    for y in range(area.top(), area.bottom() + 1):
        row = data[y * stride + area.left() : y * stride + area.right() + 1].translate(_DARK)
        x = row.find(1)
        while x >= 0:
            px = area.left() + x
            if is_ink(img.pixelColor(px, y)) and not any(b.contains(px, y) for b in grown):
                out.append((px, y))
            x = row.find(1, x + 1)
    return out


_DARK = bytes(1 if v < 110 else 0 for v in range(256))
