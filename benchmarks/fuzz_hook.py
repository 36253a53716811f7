"""Mutation fuzzing of the pre-commit entry points in throwaway corpus repositories.

Not a test: `python benchmarks/fuzz_hook.py [ROUNDS] [SEED] [FILES]`. Each round commits FILES
mutated pages (text and JSONL), then stages mutants of some of them and new ones, and checks:
- `cleaner-hook-fix` exits 0, 1 or 3 without a traceback, and leaves no temporary file;
- a file it skipped (bad input) is byte for byte what was staged;
- after `git add`, `cleaner-hook-check` on the same files exits 0 (or 3 with only skipped
  files), i.e. the fixer's output passes the checker, with the corpus memory in use.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_campaign import mutate, run_rounds  # noqa: E402
from fuzz_cli import _byte_mutation, _jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WORK = Path("/tmp/fuzz_hook")
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, env=ENV, check=True, capture_output=True).stdout.decode("utf-8", "replace")


def hook(repo: Path, entry: str, files: list[str]) -> subprocess.CompletedProcess:
    code = f"import sys; from cleaner.hook import {entry}; sys.exit({entry}(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *files], cwd=repo, env=ENV, capture_output=True, timeout=1200)


def page_bytes(rng: random.Random, pages, kind: str) -> bytes:
    text_pages = [p for p in pages if not p[0].endswith(".html")]
    if kind == "jsonl":
        return _jsonl(rng, text_pages, rng.randint(1, 4))
    text, _ = mutate(rng, rng.choice(text_pages)[1], pages)
    data = text.encode("utf-8", "surrogatepass")
    return _byte_mutation(rng, data) if rng.random() < 0.3 else data


def run_round(rng: random.Random, pages, repo: Path, files: int) -> list[str]:
    repo.mkdir(parents=True)
    git(repo, "init", "-q")
    names = [f"{'sub/' if rng.random() < 0.3 else ''}p{n:02d}.{rng.choice(['txt', 'txt', 'jsonl'])}" for n in range(files)]
    for name in names:
        (repo / name).parent.mkdir(exist_ok=True)
        (repo / name).write_bytes(page_bytes(rng, pages, name.rsplit(".", 1)[1]))
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "corpus", "--no-verify")
    staged = []
    for name in rng.sample(names, k=max(1, files // 3)):
        path = repo / name
        if name.endswith(".txt") and rng.random() < 0.5:
            try:
                text, _ = mutate(rng, path.read_bytes().decode("utf-8"), pages)
                path.write_bytes(text.encode("utf-8", "surrogatepass"))
            except UnicodeDecodeError:
                pass
        staged.append(name)
    for n in range(rng.randint(1, 3)):  # new pages, some republishing a committed one
        name = f"new{n}.txt"
        source = repo / rng.choice(names)
        data = source.read_bytes() if rng.random() < 0.4 and source.suffix == ".txt" else page_bytes(rng, pages, "txt")
        (repo / name).write_bytes(data)
        staged.append(name)
    staged += _renames_deletions_binaries(rng, repo, names, staged)
    git(repo, "add", "-A")
    before = {name: (repo / name).read_bytes() for name in staged}
    problems = []
    fixed = hook(repo, "fix_main", staged)
    err = fixed.stderr.decode("utf-8", "replace")
    out = fixed.stdout.decode("utf-8", "replace")
    if fixed.returncode not in (0, 1, 3) or "Traceback" in err:
        return [f"fix: exit {fixed.returncode}: {err[-2000:]}"]
    # whole files only: "x.jsonl:3: skipped" is one bad line of a file rewritten around it
    skipped = {line.split(": skipped:")[0] for line in out.splitlines() if ": skipped:" in line}
    for name in skipped & set(before):
        if (repo / name).read_bytes() != before[name]:
            problems.append(f"skipped file {name} changed")
    left = [str(p) for p in repo.rglob(".*.tmp")]
    if left:
        problems.append(f"temporary files left: {left}")
    git(repo, "add", "-A")
    checked = hook(repo, "check_main", staged)
    cout = checked.stdout.decode("utf-8", "replace")
    findings = [l for l in cout.splitlines() if ": boilerplate" in l or ": duplicate" in l or "canonical" in l or "whitespace only" in l]
    if "Traceback" in checked.stderr.decode("utf-8", "replace") or findings:
        problems.append(f"check after fix: exit {checked.returncode}: " + "\n".join(findings[:10]) + checked.stderr.decode()[-1500:])
    return problems


def _renames_deletions_binaries(rng: random.Random, repo: Path, names: list[str], staged: list[str]) -> list[str]:
    """A committed file renamed (`git mv`, maybe edited), one deleted (`git rm`: pre-commit never
    passes a deleted path), a binary file under a text name: what the hook is then given."""
    given = []
    untouched = [n for n in names if n not in staged]
    if untouched and rng.random() < 0.6:
        old = rng.choice(untouched)
        new = f"renamed_{old.replace('/', '_')}"
        git(repo, "mv", old, new)
        if rng.random() < 0.5 and new.endswith(".txt"):
            (repo / new).write_bytes(b"Share on Facebook\n" + (repo / new).read_bytes())
        untouched.remove(old)
        given.append(new)
    if untouched and rng.random() < 0.6:
        git(repo, "rm", "-q", rng.choice(untouched))
    if rng.random() < 0.4:
        (repo / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(64)))
        given.append("image.txt")
    return given


def main() -> None:
    run_rounds(run_round, 12, "committed files", WORK, __doc__)

if __name__ == "__main__":
    main()
