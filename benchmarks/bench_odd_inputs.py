"""Odd and oversized inputs through the CLI: time, peak memory, and whether the output is sane.

    python benchmarks/bench_odd_inputs.py [--scale 1.0] [--only NAME ...] [--keep DIR] [--repo DIR]

Each case writes one generated input, runs `python -m cleaner clean INPUT -o OUT` in a fresh
process (the worktree's code: the repository root is the working directory), and prints its wall
time, the peak RSS of that process (os.wait4), the exit code, the input and output sizes, and
three checks:
- kept: sentences planted in the article are all in the output (nothing of the article lost);
- idempotent: cleaning the output again writes the same bytes;
- deterministic: a second run on the input writes the same bytes.
The idempotence and determinism runs are skipped for inputs over 5 MB (they would double the
time; the test suite checks both on small inputs). `--scale` shrinks or grows the big inputs
(0.1: a 5 MB line instead of 50 MB), for a quick look; `--repo` runs another checkout's code on
the same inputs (a before/after comparison). Nothing is asserted: these are figures.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
CHECK_LIMIT = 5_000_000

# Article sentences, all different (dedup must not fold them): random words from a vocabulary of
# made-up stems, with English function words between them so the text scores as prose.
_SYLLABLES = ["ka", "lo", "mir", "den", "sa", "tor", "vel", "an", "bri", "col", "dus", "er", "fan", "gil",
              "hor", "is", "jun", "ket", "lam", "nor", "ost", "pel", "qua", "ris", "sum", "tal", "ul", "ven"]
_FUNCTION = ["the", "of", "and", "to", "in", "a", "that", "was", "for", "on", "with", "as", "by", "at"]


def sentence(rng: random.Random, number: int) -> str:
    words = []
    for index in range(rng.randint(12, 22)):
        if index % 2:
            words.append(rng.choice(_FUNCTION))
        else:
            words.append("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return words[0].capitalize() + " " + " ".join(words[1:]) + f" {number}."


def prose(chars: int, seed: int = 7) -> tuple[str, list[str]]:
    """About `chars` characters of distinct sentences, and a few of them to look for afterwards."""
    rng = random.Random(seed)
    parts, size, number = [], 0, 0
    while size < chars:
        parts.append(sentence(rng, number))
        size += len(parts[-1]) + 1
        number += 1
    marks = [parts[i] for i in sorted({0, len(parts) // 3, len(parts) // 2, len(parts) - 1})]
    return " ".join(parts), marks


@dataclass
class Case:
    name: str
    suffix: str
    build: Callable[[float], tuple[bytes, list[str]]]


def one_line_text(scale: float) -> tuple[bytes, list[str]]:
    body, marks = prose(int(50_000_000 * scale))
    return ("Council approves budget\n" + body + "\n").encode(), marks


def jsonl_big_line(scale: float) -> tuple[bytes, list[str]]:
    body, marks = prose(int(20_000_000 * scale), seed=11)
    small, small_marks = prose(2_000, seed=12)
    lines = [json.dumps({"id": "big", "text": "Council approves budget\n" + body}, ensure_ascii=False),
             json.dumps({"id": "small", "text": "Ferry returns\n" + small}, ensure_ascii=False)]
    return ("\n".join(lines) + "\n").encode(), marks + small_marks


def deep_html(scale: float) -> tuple[bytes, list[str]]:
    depth = max(100, int(10_000 * min(scale, 1.0)))
    body, marks = prose(3_000, seed=13)
    page = ("<html><head><title>Deep page</title></head><body>" + "<div>" * depth
            + f"<p>{body}</p>" + "</div>" * depth + "</body></html>")
    return page.encode(), marks


def big_html(scale: float) -> tuple[bytes, list[str]]:
    target = int(30_000_000 * scale)
    rng = random.Random(17)
    nav = "<nav>" + "".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(40)) + "</nav>"
    paragraphs, size, number = [], 0, 0
    while size < target:
        text = " ".join(sentence(rng, number + k) for k in range(5))
        number += 5
        paragraphs.append(f"<p>{text}</p>")
        size += len(paragraphs[-1])
    marks = [paragraphs[i][3:60] for i in (0, len(paragraphs) // 2, len(paragraphs) - 1)]
    page = (f"<html><head><title>Long page</title></head><body>{nav}<article><h1>Long page</h1>"
            + "\n".join(paragraphs) + "</article><footer>© 2025 Example</footer></body></html>")
    return page.encode(), marks


def base64_blob(scale: float) -> tuple[bytes, list[str]]:
    blob = base64.b64encode(random.Random(5).randbytes(75_000)).decode()
    body, marks = prose(1_500, seed=19)
    return f"Council approves budget\n{body}\nThe attachment: {blob} ends here.\n{prose(800, 20)[0]}\n".encode(), marks


def odd_characters(scale: float) -> tuple[bytes, list[str]]:
    text = ("Council\u00adlor votes \U0001F44D\U0001F3FD on the bud\u200bget\r"
            "The council approved the new budget\u00a0on Tuesday. \U0001F468\u200d\U0001F469\u200d\U0001F467\u2028"
            "Residents\ufeff will pay more, it&#8217;s final &amp;amp; the mayor said &quot;done&quot;.\r\n"
            "\tTabs\tinside\ta line stay words.\n"
            "Le conseil a approuvÃ© le budget aprÃ¨s un long dÃ©bat.\n")
    return text.encode(), ["Councillor votes", "on the budget", "Residents will pay more, it\u2019s final & the mayor",
                           "Tabs inside a line", "Le conseil a approuvé le budget après"]


CASES = [
    Case("one-line-50MB.txt", ".txt", one_line_text),
    Case("jsonl-20MB-line.jsonl", ".jsonl", jsonl_big_line),
    Case("nested-10000.html", ".html", deep_html),
    Case("page-30MB.html", ".html", big_html),
    Case("base64-100KB.txt", ".txt", base64_blob),
    Case("odd-characters.txt", ".txt", odd_characters),
]


def run_cli(source: Path, output: Path, repo: Path = ROOT) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS in MB, exit code, stderr tail) of one `cleaner clean` process run
    from `repo` (its code comes first on the path)."""
    command = [sys.executable, "-m", "cleaner", "clean", str(source), "-o", str(output), "-q"]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, cwd=repo, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        errors.seek(0)
        tail = errors.read().decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return time.perf_counter() - started, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), tail[0]


def output_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return "\n".join(json.loads(line)["text"] for line in text.splitlines() if line.strip())
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", nargs="*", default=None, help="case names (prefixes) to run")
    parser.add_argument("--keep", type=Path, default=None, help="keep inputs and outputs in this folder")
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose code runs (default: this one)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="odd-inputs-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"{'case':24} {'in MB':>7} {'out MB':>7} {'secs':>7} {'RSS MB':>7} exit kept idem  det")
    try:
        for case in CASES:
            if args.only and not any(case.name.startswith(o) for o in args.only):
                continue
            data, marks = case.build(args.scale)
            source = work / case.name
            source.write_bytes(data)
            out = work / f"out-{case.name}"
            out = out.with_suffix(".txt") if case.suffix == ".html" else out
            seconds, rss, code, tail = run_cli(source, out, args.repo)
            size_out = out.stat().st_size if out.exists() else 0
            kept = idem = det = "-"
            if code == 0 and out.exists():
                text = output_text(out)
                kept = "yes" if all(m in text for m in marks) else "NO"
                if len(data) <= CHECK_LIMIT:
                    again = work / f"again-{out.name}"
                    run_cli(out, again, args.repo)
                    idem = "yes" if again.read_bytes() == out.read_bytes() else "NO"
                    twice = work / f"twice-{out.name}"
                    run_cli(source, twice, args.repo)
                    det = "yes" if twice.read_bytes() == out.read_bytes() else "NO"
            print(f"{case.name:24} {len(data) / 1e6:7.1f} {size_out / 1e6:7.2f} {seconds:7.1f} {rss:7.0f} "
                  f"{code:4} {kept:>4} {idem:>4} {det:>4}  {tail if code else ''}", flush=True)
            if args.keep is None:
                for path in work.iterdir():
                    path.unlink()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
