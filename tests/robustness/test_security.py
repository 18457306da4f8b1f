"""Nothing a user opens runs code: no pickle/eval/exec, XML only through defusedxml, SVG text escaped."""

from __future__ import annotations

import ast
from pathlib import Path

import defusedxml.ElementTree as SafeET
from pytestqt.qtbot import QtBot

from argmap import ops
from argmap.io.native import load
from argmap.model import ArgumentMap
from tests.conftest import ROOT, SAMPLE_MAP
from ui.map.scene import MapScene
from ui.render.export import export_scene

CODE = [p for folder in ("argmap", "ui") for p in sorted((ROOT / folder).rglob("*.py"))]
UNSAFE_MODULES = {
    "pickle",
    "cPickle",
    "dill",
    "marshal",
    "shelve",
    "xml.dom",
    "xml.sax",
    "lxml",
    "xml.parsers.expat",
}
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}
XML_PARSERS = {"parse", "fromstring", "XML", "XMLParser", "iterparse", "XMLPullParser", "fromstringlist"}
"""Names of the standard library's ElementTree that parse (writing and the Element type are safe)."""


def _imports(tree: ast.AST) -> list[str]:
    """Imported modules; `xml.etree...` only when the module itself or one of its parsers is imported."""
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("xml.etree"):
                names += [f"{node.module}.{a.name}" for a in node.names if a.name in XML_PARSERS]
            else:
                names.append(node.module)
    return names


def test_no_pickle_eval_or_raw_xml_parsers_in_argmap_or_ui() -> None:
    assert len(CODE) > 20
    problems: list[str] = []
    for path in CODE:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for name in _imports(tree):
            if any(name == bad or name.startswith(bad + ".") for bad in UNSAFE_MODULES | {"xml.etree"}):
                problems.append(f"{path.relative_to(ROOT)} imports {name}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in UNSAFE_CALLS
            ):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} calls {node.func.id}()")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("loads", "load")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("pickle", "marshal", "yaml")
            ):
                problems.append(
                    f"{path.relative_to(ROOT)}:{node.lineno} calls {node.func.value.id}.{node.func.attr}"
                )
    assert problems == []


def test_xml_readers_use_defusedxml() -> None:
    readers = [
        p
        for p in CODE
        if "ElementTree" in p.read_text(encoding="utf-8") or "fromstring" in p.read_text(encoding="utf-8")
    ]
    for path in readers:
        names = _imports(ast.parse(path.read_text(encoding="utf-8")))
        assert not any(n.startswith("xml.") for n in names), f"{path}: use defusedxml"


HOSTILE = '</text><script>alert("x")</script><!ENTITY a "b"> & <b>bold</b> ]]>'


def test_svg_export_escapes_claim_text(qtbot: QtBot, tmp_path: Path) -> None:
    m: ArgumentMap = load(SAMPLE_MAP)
    ops.EditClaim(m.claims[0].id, {"text": HOSTILE}).apply(m)
    m.title = HOSTILE
    scene = MapScene()
    scene.sync(m)
    out = tmp_path / "map<script>.svg"
    export_scene(scene, out)
    svg = out.read_text(encoding="utf-8")
    root = SafeET.fromstring(svg)  # well-formed, and no entity declarations
    tags = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
    assert "script" not in tags and "b" not in tags
    assert "<script>" not in svg
