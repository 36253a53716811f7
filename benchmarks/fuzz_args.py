"""The command line of the fuzz scripts (fuzz_*.py): their docstring is the help text, and their
counts (rounds, a seed, files per round) are optional positional whole numbers, so the usage each
docstring gives (`fuzz_cli.py [ROUNDS] [SEED] [FILES]`) still works, and `--help` answers."""

from __future__ import annotations

import argparse

SEED = ("seed", 1, "the random generator's seed: the same seed gives the same inputs")


def fuzz_parser(doc: str | None, counts: list[tuple[str, int, str]]) -> argparse.ArgumentParser:
    """A parser of the optional whole numbers `counts` (name, default, help), in order; a script
    adds its other options to it."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, default, help_text in counts:
        parser.add_argument(name, nargs="?", type=int, default=default, help=f"{help_text} (default {default})")
    return parser
