"""The handout's map picture: drawn as the canvas draws it, each box led by its passage's [n]."""

from __future__ import annotations

import ui.map.scene
from argmap.classroom.handout import numbered_claims
from ui.classroom.handout_pdf import numbered_picture


def test_the_boxes_carry_the_numbers_of_their_passages(qapp, sample_map, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    drawn = []
    real = ui.map.scene.build_scene

    def spy(m):  # type: ignore[no-untyped-def]
        drawn.append(m)
        return real(m)

    monkeypatch.setattr(ui.map.scene, "build_scene", spy)
    image = numbered_picture(sample_map)
    assert not image.isNull() and image.width() > 400
    [m] = drawn
    for n, c in numbered_claims(sample_map):
        assert m.claim(c.id).text == f"[{n}] {c.text}"
    assert (
        sample_map.claim("c1").text == "Open source is the better path for AI."
    )  # the document is untouched
