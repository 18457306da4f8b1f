"""What a fresh machine needs is written once: the README's apt-get line, .ci/run and the Makefile agree."""

from __future__ import annotations

import re
import subprocess

from tests.conftest import ROOT

APT_LIST = ROOT / ".ci" / "apt-packages.txt"


def _listed() -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in APT_LIST.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def test_the_readme_apt_line_installs_exactly_the_ci_list() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^sudo apt-get install (.+)$", readme, flags=re.MULTILINE)
    assert len(lines) == 1, "the README should have one copy-paste `sudo apt-get install ...` line"
    packages = [word for word in lines[0].split() if not word.startswith("-")]
    assert packages == _listed()
    # it comes before the two commands, so a new user meets it first
    assert readme.index("sudo apt-get install") < readme.index("make run") < readme.index("make test")


def test_the_list_names_what_a_fresh_debian_lacks() -> None:
    listed = set(_listed())
    assert len(listed) == len(_listed()), "a package is listed twice"
    for needed in ("python3-venv", "make", "libxcb-cursor0", "libxkbcommon-x11-0", "xvfb"):
        assert needed in listed


def test_ci_installs_the_list_and_nothing_else() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".ci/apt-packages.txt" in run
    assert "libxcb" not in run, ".ci/run names packages of its own instead of reading the list"
    # the shell's reading of the list gives the same packages as the test's
    shell = subprocess.run(
        ["bash", "-c", "sed -e 's/#.*//' .ci/apt-packages.txt | xargs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shell.stdout.split() == _listed()


def test_make_run_installs_runtime_dependencies_and_make_test_adds_dev_tools() -> None:
    plan = {}
    for target in ("run", "test"):
        proc = subprocess.run(
            ["make", "-n", "-B", target, "VENV=/nonexistent-venv"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        plan[target] = proc.stdout
    assert "pip install --quiet -e ." in plan["run"]
    assert "[dev]" not in plan["run"], "make run installs the dev tools"
    assert 'pip install --quiet -e ".[dev]"' in plan["test"]


def test_the_licence_file_matches_the_package_metadata() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


def test_what_an_extra_pulls_in_is_declared_directly() -> None:
    """pip 23.x ignores lxml's html_clean extra: the package that extra pulls in is a direct dependency."""
    import tomllib

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    names = {re.split(r"[<>=;\[ ]", d, maxsplit=1)[0].lower() for d in dependencies}
    assert "lxml_html_clean" in names and "lxml" in names
