"""Hypothesis strategies for random argument maps and edit ops (shared by the test suite)."""

from __future__ import annotations

from hypothesis import strategies as st

from argmap import ops
from argmap.model import (
    Answer,
    Argument,
    ArgumentMap,
    Article,
    Claim,
    Direction,
    Point,
    Relation,
    Role,
    Span,
    Strength,
    Tag,
)

# Text with the characters that break naive code: emoji (outside the BMP), curly
# quotes, accents, newlines; no surrogates (they cannot be written as UTF-8).
TEXT_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Zs", "So", "Sm"),
    include_characters="\n\u2019\u201c\u201d\U0001f600",
)
words = st.text(TEXT_ALPHABET, min_size=0, max_size=40)
nonempty_words = st.text(TEXT_ALPHABET, min_size=1, max_size=40)
colors = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A random article (newlines already normalised)."""
    text = draw(st.text(TEXT_ALPHABET, min_size=1, max_size=400)).replace("\r", "\n")
    return Article(text=text, title=draw(words), source=draw(words), format="txt")


@st.composite
def spans_in(draw: st.DrawFn, text: str) -> Span:
    """A valid span of `text`."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span.of(text, start, end)


@st.composite
def argument_maps(draw: st.DrawFn, max_claims: int = 12) -> ArgumentMap:
    """A random valid map: claims with spans and tags, arguments (supports, attacks,
    linked premises, undercuts) over them, pins and collapsed branches."""
    article = draw(st.none() | articles())
    n_tags = draw(st.integers(0, 3))
    tags = [Tag(id=f"t{i}", name=draw(nonempty_words), color=draw(colors)) for i in range(n_tags)]
    n = draw(st.integers(0, max_claims))
    claims: list[Claim] = []
    for i in range(n):
        spans = [] if article is None else draw(st.lists(spans_in(article.text), max_size=2))
        claims.append(
            Claim(
                id=f"c{i}",
                text=draw(words),
                spans=spans,
                role=draw(st.sampled_from(Role)),
                tags=draw(st.lists(st.sampled_from([t.id for t in tags]), unique=True)) if tags else [],
                note=draw(words),
                implicit=draw(st.booleans()),
                strength=draw(st.none() | st.sampled_from(Strength)),
            )
        )
    arguments: list[Argument] = []
    if n >= 2:
        for j in range(draw(st.integers(0, 2 * n))):
            target_is_arg = bool(arguments) and draw(st.integers(0, 5)) == 0
            target = (
                draw(st.sampled_from([a.id for a in arguments]))
                if target_is_arg
                else f"c{draw(st.integers(0, n - 1))}"
            )
            pool = [c.id for c in claims if c.id != target]
            premises = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3, unique=True))
            arguments.append(
                Argument(
                    id=f"a{j}",
                    premises=premises,
                    relation=Relation.ATTACK if target_is_arg else draw(st.sampled_from(Relation)),
                    target=target,
                    scheme=draw(st.none() | st.sampled_from(["ExpertOpinion", "Analogy"])),
                    answers=draw(st.dictionaries(st.sampled_from(["cq1", "cq2"]), st.sampled_from(Answer))),
                    relevance=draw(st.none() | st.floats(0, 1)),
                )
            )
    m = ArgumentMap(title=draw(words), article=article, claims=claims, arguments=arguments, tags=tags)
    node_ids = [c.id for c in claims] + [a.id for a in arguments]
    if node_ids:
        for node in draw(st.lists(st.sampled_from(node_ids), unique=True, max_size=3)):
            m.layout.pins[node] = Point(x=draw(st.floats(-1e4, 1e4)), y=draw(st.floats(-1e4, 1e4)))
        m.layout.collapsed = (
            draw(st.lists(st.sampled_from([c.id for c in claims] or ["x"]), unique=True, max_size=2))
            if claims
            else []
        )
    m.layout.direction = draw(st.sampled_from(Direction))
    return m


@st.composite
def ops_for(draw: st.DrawFn, m: ArgumentMap) -> ops.Op:
    """A random op that fits map `m` (as the UI would build it)."""
    claim_ids = [c.id for c in m.claims]
    arg_ids = [a.id for a in m.arguments]
    tag_ids = [t.id for t in m.tags]
    choices: list[st.SearchStrategy[ops.Op]] = [
        st.builds(lambda t: ops.AddClaim(Claim(id=m.new_id("n"), text=t)), words),
        st.builds(lambda t: ops.AddTag(Tag(id=m.new_id("tag"), name=t)), nonempty_words),
        st.builds(ops.SetDirection, st.sampled_from(Direction)),
        st.builds(ops.SetTitle, words),
    ]
    if claim_ids:
        cid = st.sampled_from(claim_ids)
        choices += [
            st.builds(ops.RemoveClaim, cid),
            st.builds(lambda c, t: ops.EditClaim(c, {"text": t}), cid, words),
            st.builds(lambda c, r: ops.EditClaim(c, {"role": r}), cid, st.sampled_from(Role)),
            st.builds(lambda c, i: ops.MoveClaim(c, i), cid, st.integers(0, len(claim_ids))),
            st.builds(
                lambda c, x: ops.SetPin(c, None if x is None else Point(x=x, y=x)),
                cid,
                st.none() | st.floats(-100, 100),
            ),
            st.builds(ops.SetCollapsed, cid, st.booleans()),
        ]
        if tag_ids:
            choices.append(
                st.builds(
                    lambda c, t: ops.EditClaim(c, {"tags": t}),
                    cid,
                    st.lists(st.sampled_from(tag_ids), unique=True),
                )
            )
    if len(claim_ids) >= 2:

        def connect(pair: tuple[str, str], rel: Relation) -> ops.Op:
            return ops.AddArgument(
                Argument(id=m.new_id("arg"), premises=[pair[0]], relation=rel, target=pair[1])
            )

        pairs = st.tuples(st.sampled_from(claim_ids), st.sampled_from(claim_ids)).filter(
            lambda p: p[0] != p[1]
        )
        choices.append(st.builds(connect, pairs, st.sampled_from(Relation)))
    if arg_ids:
        aid = st.sampled_from(arg_ids)
        choices += [
            st.builds(ops.RemoveArgument, aid),
            st.builds(lambda a, r: ops.EditArgument(a, {"relation": r}), aid, st.sampled_from(Relation)),
            st.builds(lambda a, i: ops.MoveArgument(a, i), aid, st.integers(0, len(arg_ids))),
        ]
    if tag_ids:
        tid = st.sampled_from(tag_ids)
        choices += [
            st.builds(ops.RemoveTag, tid),
            st.builds(lambda t, c: ops.EditTag(t, {"color": c}), tid, colors),
        ]
    single = st.one_of(*choices)
    return draw(st.one_of(single, st.builds(lambda xs: ops.Batch(xs, "batch"), st.lists(single, max_size=3))))


# --- maps shaped for the layout engine ----------------------------------------


@st.composite
def shaped_maps(draw: st.DrawFn, shape: str = "tree", max_claims: int = 30) -> ArgumentMap:
    """A map of a given shape, in the user's order: claim c0 is the first conclusion.

    "tree": one conclusion, reasons (linked premises, attacks, undercuts) below it;
    "forest": several conclusions and some unconnected claims;
    "dag": a tree where some premises also back other, earlier claims;
    "cyclic": a dag with support that runs back up to an earlier claim.
    Premises always have a higher number than the claim they back, except the
    back edges of "cyclic".
    """
    n = draw(st.integers(1, max_claims))
    claims = [Claim(id=f"c{i}", text=f"claim {i}") for i in range(n)]
    args: list[Argument] = []
    target_claim: dict[str, int] = {}
    for i in range(1, n):
        if shape == "forest" and draw(st.integers(0, 3)) == 0:
            continue
        p = draw(st.integers(0, i - 1))
        on_p = [a for a in args if a.target == f"c{p}"]
        undercut = [a for a in args if target_claim[a.id] < i and not a.target.startswith("a")]
        how = draw(st.integers(0, 9))
        if how == 0 and undercut:
            a = draw(st.sampled_from(undercut))
            new = Argument(id=f"a{len(args)}", premises=[f"c{i}"], relation=Relation.ATTACK, target=a.id)
            args.append(new)
            target_claim[new.id] = target_claim[a.id]
        elif how <= 2 and on_p:
            draw(st.sampled_from(on_p)).premises.append(f"c{i}")
        else:
            rel = draw(st.sampled_from(Relation))
            args.append(Argument(id=f"a{len(args)}", premises=[f"c{i}"], relation=rel, target=f"c{p}"))
            target_claim[args[-1].id] = p
    if shape in ("dag", "cyclic") and n >= 3:
        for _ in range(draw(st.integers(1, max(1, n // 4)))):
            i = draw(st.integers(1, n - 1))
            j = draw(st.integers(0, i - 1))
            args.append(
                Argument(id=f"a{len(args)}", premises=[f"c{i}"], relation=Relation.SUPPORT, target=f"c{j}")
            )
    if shape == "cyclic" and n >= 2:
        j = draw(st.integers(0, n - 2))
        i = draw(st.integers(j + 1, n - 1))
        args.append(
            Argument(id=f"a{len(args)}", premises=[f"c{j}"], relation=Relation.SUPPORT, target=f"c{i}")
        )
    return ArgumentMap(claims=claims, arguments=args)


@st.composite
def box_sizes(draw: st.DrawFn, m: ArgumentMap) -> dict[str, tuple[float, float]]:
    """Box sizes (width, height) for the claims of `m`, as the UI's text measurement gives them."""
    return {c.id: (float(draw(st.integers(40, 320))), float(draw(st.integers(20, 180)))) for c in m.claims}
