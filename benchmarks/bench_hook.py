"""Time the pre-commit check hook against a large committed corpus.

    python benchmarks/bench_hook.py [--docs 10000] [--staged 20] [--repeat 3] [--keep DIR]

Builds a temporary git repository of `--docs` generated news files (benchmarks/gen_corpus.py,
one folder per source), commits them, builds the corpus memory once (timed), then stages
`--staged` new files (some republish committed paragraphs) and times `cleaner-hook-check` on
them as a subprocess, as pre-commit runs it: wall time, median of `--repeat`. Also timed: the
sync alone when HEAD did not change, the interpreter + import floor, and the first check after
the staged files were committed (their documents are built from HEAD on that run).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate  # noqa: E402

_GIT_ENV = {"GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@b", "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@b"}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env={**os.environ, **_GIT_ENV}, check=True, capture_output=True)


def write_files(corpus_jsonl: Path, repo: Path) -> list[str]:
    """One .txt file per record, under a folder named after its site; paths in corpus order."""
    names = []
    with corpus_jsonl.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            host = urlsplit(record["url"]).hostname or "site"
            name = f"{host}/{record['id']}.txt"
            path = repo / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(record["text"] + "\n", encoding="utf-8")
            names.append(name)
    return names


def timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - start, result


def hook_command(files: list[str]) -> list[str]:
    hook = shutil.which("cleaner-hook-check")
    return [hook, *files] if hook else [sys.executable, "-c", "import sys; from cleaner.hook import check_main; sys.exit(check_main())", *files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--staged", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None, help="work here and keep the repository")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-hook-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return run_bench(work, args)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def run_bench(work: Path, args: argparse.Namespace) -> int:
    repo = work / "corpus"
    repo.mkdir()
    generate(work / "gen", args.docs + args.staged, args.seed)
    names = write_files(work / "gen" / "corpus.jsonl", repo)
    committed, staged = names[: args.docs], names[args.docs :]
    size = sum((repo / n).stat().st_size for n in committed)
    for name in staged:  # not committed yet: moved aside
        (repo / name).rename(work / name.replace("/", "__"))
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "corpus", "--no-verify")
    print(f"corpus: {len(committed)} committed files, {size / 1e6:.1f} MB; {len(staged)} staged files")

    build, _ = timed([sys.executable, "-c", "from pathlib import Path; from cleaner.config import load_config; "
                      "from cleaner.hook import corpus_memory; r = Path.cwd(); corpus_memory(r, load_config(start=r))"], repo)
    index = repo / ".cleaner" / "index.sqlite"
    print(f"index build (first use): {build:.1f} s wall, {index.stat().st_size / 1e6:.1f} MB")

    for name in staged:
        (work / name.replace("/", "__")).rename(repo / name)
    git(repo, "add", *staged)
    floor = statistics.median(timed([sys.executable, "-c", "import cleaner.hook, cleaner.run"], repo)[0] for _ in range(args.repeat))
    sync = statistics.median(
        timed([sys.executable, "-c", "from pathlib import Path; from cleaner.config import load_config; "
               "from cleaner.hook import corpus_memory; r = Path.cwd(); corpus_memory(r, load_config(start=r))"], repo)[0]
        for _ in range(args.repeat)
    )
    runs = [timed(hook_command(staged), repo) for _ in range(args.repeat)]
    check = statistics.median(t for t, _ in runs)
    findings = [line for line in runs[-1][1].stdout.splitlines() if ": duplicate (" in line]
    print(f"python + import cleaner.hook: {floor:.2f} s (median of {args.repeat})")
    print(f"sync only, HEAD unchanged: {sync:.2f} s (median of {args.repeat}, includes the import floor)")
    print(f"cleaner-hook-check on {len(staged)} staged files: {check:.2f} s (median of {args.repeat}); "
          f"exit {runs[-1][1].returncode}, {len(findings)} duplicate findings")

    git(repo, "commit", "-qm", "staged", "--no-verify")
    after, _ = timed(hook_command(staged[:1]), repo)
    print(f"first check after committing them (builds {len(staged)} files from HEAD): {after:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
