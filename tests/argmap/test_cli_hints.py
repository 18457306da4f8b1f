"""The command line points to the right command: maps are converted, not imported; counts read as English."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.cli import main
from argmap.io.native import load, save
from argmap.model import Answer, Argument, ArgumentMap, Claim, Relation
from argmap.wording import counted
from tests.conftest import SAMPLE_MAP

ARGDOWN = "[Start later]: Schools should start later.\n  + <Sleep>: Teenagers sleep late.\n"
ARGDOWN_HINT = "is an Argdown document, not an argmap map; to read it use `argmap convert`"


@pytest.mark.parametrize("name", ["map.argmap.json", "aif.json", "debate.argdown"])
def test_import_refuses_a_map_and_names_the_convert_command(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / name
    source.write_text(SAMPLE_MAP.read_text(encoding="utf-8") if name.endswith("json") else ARGDOWN, "utf-8")
    out = tmp_path / "new.argmap.json"
    assert main(["import", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an article" in err
    assert f"argmap convert {source} -o {out}" in err
    assert not out.exists()


@pytest.mark.parametrize("command", ["validate", "stats"])
def test_an_argdown_file_given_as_a_map_gets_the_convert_hint(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "debate.argdown"
    source.write_text(ARGDOWN, encoding="utf-8")
    assert main([command, str(source)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: {source}: {ARGDOWN_HINT}"


def test_one_of_a_thing_is_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "one.txt"
    article.write_text("One line only.\n", encoding="utf-8")
    assert main(["import", str(article), "-o", str(tmp_path / "one.argmap.json")]) == 0
    assert capsys.readouterr().out.rstrip().endswith("(txt, 14 characters, 1 paragraph)")
    assert [counted(n, "linked argument") for n in (0, 1, 2, 1200)] == [
        "0 linked arguments",
        "1 linked argument",
        "2 linked arguments",
        "1,200 linked arguments",
    ]


def test_losses_of_one_item_read_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    m = ArgumentMap(
        title="One of each",
        claims=[Claim(id="c1", text="Schools should start later."), Claim(id="c2", text="Teens sleep late.")],
        arguments=[
            Argument(
                id="a1",
                premises=["c2"],
                relation=Relation.SUPPORT,
                target="c1",
                answers={"q1": Answer.YES},
            )
        ],
    )
    source = tmp_path / "one.argmap.json"
    save(m, source)
    assert main(["convert", str(source), "-o", str(tmp_path / "one.json"), "--to", "aif"]) == 0
    err = capsys.readouterr().err
    assert "1 critical-question answer (AIF has no place for it)" in err
    assert "answers" not in err
    assert load(source).claims  # unchanged
