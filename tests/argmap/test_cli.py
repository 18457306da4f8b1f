"""The headless command line: validate, stats, schema, --version, with exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from argmap import __version__
from argmap.cli import main
from argmap.io.native import dumps, load


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_sample_is_ok(capsys: pytest.CaptureFixture[str], sample_map_path: Path) -> None:
    code, out, err = run(capsys, "validate", str(sample_map_path))
    assert code == 0
    assert "ok (10 claims, 8 arguments, 0 errors, 0 warnings)" in out
    assert err == ""


def test_validate_reports_warnings_on_stderr_and_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_map_path: Path
) -> None:
    m = load(sample_map_path)
    m.claims[1].spans = []
    path = tmp_path / "w.argmap.json"
    path.write_text(dumps(m), encoding="utf-8")
    code, _out, err = run(capsys, "validate", str(path))
    assert code == 0
    assert "warning: claim 'c2' is not anchored to the article [no-span]" in err


def test_validate_error_findings_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_map_path: Path
) -> None:
    doc = json.loads(sample_map_path.read_text(encoding="utf-8"))
    doc["arguments"][0]["target"] = "ghost"
    doc["claims"][1]["id"] = "c1"
    path = tmp_path / "e.argmap.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1
    assert "invalid" in out
    assert "error: id 'c1' is used 2 times [duplicate-id]" in err
    assert "targets 'ghost', which is not in the map" in err


def test_validate_unreadable_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_map_path: Path
) -> None:
    bad = tmp_path / "bad.argmap.json"
    bad.write_text("{", encoding="utf-8")
    code, _out, err = run(capsys, "validate", str(sample_map_path), str(bad))
    assert code == 2, "the worst outcome over all files wins"
    assert err.count("\n") == 1 and str(bad) in err and "not valid JSON" in err


def test_stats_table_and_json(capsys: pytest.CaptureFixture[str], sample_map_path: Path) -> None:
    code, out, _ = run(capsys, "stats", str(sample_map_path))
    assert code == 0
    assert "anchored share    100%" in out
    code, out, _ = run(capsys, "stats", "--json", str(sample_map_path))
    data = json.loads(out)
    assert (
        data["claims"],
        data["arguments"],
        data["undercuts"],
        data["linked_arguments"],
        data["depth"],
    ) == (10, 8, 1, 1, 3)
    assert data["anchored_share"] == 1.0


def test_schema_is_json_schema_of_the_map(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    assert {"claims", "arguments", "article", "schema_version"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["stats"])
    assert info.value.code == 2
    assert main([]) == 2


def test_version_and_python_dash_m_without_qt(tmp_path: Path, sample_map_path: Path) -> None:
    """`python -m argmap` works where PySide6 cannot be imported at all."""
    blocker = tmp_path / "PySide6"
    blocker.mkdir()
    (blocker / "__init__.py").write_text("raise ImportError('Qt is not available here')\n")
    env_path = f"{tmp_path}"
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {env_path!r}); import runpy; sys.argv = ['argmap', 'validate', {str(sample_map_path)!r}]; runpy.run_module('argmap', run_name='__main__')",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "ok (" in proc.stdout
    proc = subprocess.run(
        [sys.executable, "-m", "argmap", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.stdout.strip() == f"argmap {__version__}"
