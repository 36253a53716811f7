"""The fuzz scripts (benchmarks/fuzz_*.py) answer `--help` with their docstring and their counts:
they read their counts from sys.argv by position, and `--help` was taken for one (a ValueError)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(path for path in (ROOT / "benchmarks").glob("fuzz_*.py") if path.name != "fuzz_args.py")


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.stem)
def test_fuzz_script_answers_help(script: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: {script.name}")
    assert (script.read_text(encoding="utf-8").split('"""')[1].splitlines()[0]) in done.stdout


def test_fuzz_counts_are_read_by_position(monkeypatch: pytest.MonkeyPatch) -> None:
    """`fuzz_cli.py ROUNDS SEED FILES`, as the docstrings give it."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from fuzz_args import SEED, fuzz_parser

    parser = fuzz_parser("doc", [("rounds", 5, "rounds"), SEED, ("files", 24, "files")])
    assert vars(parser.parse_args(["7", "3"])) == {"rounds": 7, "seed": 3, "files": 24}
    assert vars(parser.parse_args([])) == {"rounds": 5, "seed": 1, "files": 24}
