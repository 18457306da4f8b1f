"""AIF test files built from the format description: AIFdb dialogue nodesets, OVA2 and OVA3 saves."""

from __future__ import annotations

import json
import uuid
from typing import Any


class Nodeset:
    """An AIF graph under construction, with the quirks of real AIFdb nodesets."""

    def __init__(self, id_style: str = "digits") -> None:
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        self.locutions: list[dict[str, Any]] = []
        self.n = 0
        self.id_style = id_style

    def new_id(self) -> str:
        self.n += 1
        style = self.id_style if self.id_style != "mixed" else ("digits", "stamp", "uuid")[self.n % 3]
        if style == "uuid":
            return str(uuid.UUID(int=self.n))
        if style == "stamp":
            return f"{self.n}_164926129380455983"
        return str(100000 + self.n)

    def node(self, kind: str, text: str, **extra: Any) -> str:
        node_id = self.new_id()
        self.nodes.append(
            {"nodeID": node_id, "text": text, "type": kind, "timestamp": "2015-11-25 16:13:50", **extra}
        )
        return node_id

    def edge(self, src: str, dst: str) -> None:
        self.edges.append(
            {"edgeID": str(len(self.edges) + 500000), "fromID": src, "toID": dst, "formEdgeID": None}
        )

    def say(self, speaker: str, text: str, person: int | str) -> tuple[str, str]:
        """A locution asserting a proposition: L -> YA(Asserting) -> I; returns (L, I)."""
        i = self.node("I", text)
        loc = self.node("L", f"{speaker} : {text}")
        ya = self.node("YA", "Asserting", scheme="Asserting", schemeID="74")
        self.edge(loc, ya)
        self.edge(ya, i)
        self.locutions.append(
            {"nodeID": loc, "personID": person, "timestamp": "2015-11-25 16:13:54", "start": None}
        )
        return loc, i

    def infer(self, premises: list[str], conclusion: str, kind: str = "RA", scheme: str | None = None) -> str:
        text = {"RA": "Default Inference", "CA": "Default Conflict", "MA": "Default Rephrase"}[kind]
        s = self.node(kind, scheme or text, **({"scheme": scheme} if scheme else {}))
        for p in premises:
            self.edge(p, s)
        self.edge(s, conclusion)
        return s

    def doc(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "edges": self.edges, "locutions": self.locutions}

    def data(self) -> bytes:
        return json.dumps(self.doc(), ensure_ascii=False).encode("utf-8")


def dialogue(turns: int, id_style: str = "mixed") -> Nodeset:
    """An AIFdb-shaped radio debate: per turn L, YA, I and a TA; every third turn argues, every
    seventh attacks, with undercuts, linked premises, rephrases, curly quotes and loose nodes."""
    ns = Nodeset(id_style)
    prev_loc: str | None = None
    props: list[str] = []
    for k in range(turns):
        speaker, person = ("CL", 409) if k % 2 else ("NL", "437")
        text = f"Turn {k}: the Empire\u2019s \u201crecord\u201d\u00a0was {'good' if k % 2 else 'bad'}"
        loc, prop = ns.say(speaker, text, person)
        if prev_loc:
            ta = ns.node("TA", "Default Transition")
            ns.edge(prev_loc, ta)
            ns.edge(ta, loc)
            if k % 3 == 0 and props:
                ra = ns.infer([prop], props[-1])
                ya = ns.node("YA", "Arguing", scheme="Arguing", schemeID="80")
                ns.edge(ta, ya)
                ns.edge(ya, ra)
            elif k % 7 == 0 and props:
                ns.infer([prop], props[-1], "CA")
        prev_loc = loc
        props.append(prop)
        if k % 10 == 5:
            ns.node("L", f"{speaker} : (inaudible)")
            ns.node("I", "an unconnected proposition")
    return ns


def ova3(ns: Nodeset, text_of: dict[str, str]) -> dict[str, Any]:
    """An OVA3 save of a nodeset: the AIF wrapped, HTML text anchored by L-node ids, x/y per node."""
    html = "".join(f'<span id="node{loc}" class="highlighted">{t}</span> ' for loc, t in text_of.items())
    ova_nodes = [
        {"nodeID": n["nodeID"], "visible": True, "x": 100 + 10 * k, "y": 50 * k, "timestamp": ""}
        for k, n in enumerate(ns.nodes)
    ]
    aif = {
        **ns.doc(),
        "schemefulfillments": [],
        "descriptorfulfillments": [],
        "participants": [{"participantID": 1, "firstname": "A", "surname": "B"}],
    }
    return {
        "AIF": aif,
        "text": html + "<br>",
        "OVA": {"firstname": "Anon", "surname": "User", "url": "", "nodes": ova_nodes, "edges": []},
    }


def ova2(ns: Nodeset) -> dict[str, Any]:
    """The older OVA2 shape: nodes and edges at the top level, x/y on each node."""
    nodes = [{**n, "x": 40 * k, "y": 30 * k} for k, n in enumerate(ns.nodes)]
    return {"nodes": nodes, "edges": ns.edges}
