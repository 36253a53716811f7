"""Mutation fuzzing of the command line on folders of mutated files (text, HTML, JSONL; bytes).

Not a test (it runs for minutes): `python benchmarks/fuzz_cli.py [ROUNDS] [SEED] [FILES]`. Each
round writes a folder of FILES mutated inputs, then checks that
- `cleaner clean DIR -o OUT --report R` exits 0 or 3, with no traceback on stderr;
- `--jobs 2`, and the files named one by one in reversed order, give the same outputs and report;
- `cleaner check OUT` finds nothing (cleaning the output again is a no-op), and `--in-place` on a
  copy gives the same texts as OUT, after which `check` passes too;
- every report line's `text` is the input text at `start`-`end` (for whole files, the decoded text).
Failing rounds are kept under /tmp/fuzz_cli/ROUND for shrinking.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_campaign import mutate, run_rounds  # noqa: E402

WORK = Path("/tmp/fuzz_cli")


def _byte_mutation(rng: random.Random, data: bytes) -> bytes:
    kind = rng.randrange(9)
    if kind == 0:
        at = rng.randrange(len(data) + 1)
        return data[:at] + bytes(rng.randrange(128, 256) for _ in range(rng.randint(1, 4))) + data[at:]
    if kind == 1:
        return data[: rng.randrange(len(data) + 1)]  # maybe mid-character
    if kind == 2:
        return data.decode("utf-8", "replace").encode(rng.choice(["utf-16", "utf-16-le", "utf-32", "utf-8-sig"]), "replace")
    if kind == 3:
        return data.decode("utf-8", "replace").encode(rng.choice(["latin-1", "cp1252", "cp1251", "iso-8859-7"]), "replace")
    if kind == 4:
        at = rng.randrange(len(data) + 1)
        return data[:at] + b"\x00" * rng.randint(1, 3) + data[at:]
    if kind == 5:
        return b"\xef\xbb\xbf" * rng.randint(1, 2) + data
    return data


def _jsonl(rng: random.Random, pages, count: int) -> bytes:
    lines = []
    for number in range(count):
        name, page = rng.choice(pages)
        text, _ = mutate(rng, page, pages)
        record = {"id": rng.choice([f"r{number}", f"r{number % 3}", number, None]), "text": text}
        if rng.random() < 0.3:
            record["url"] = rng.choice(["https://example.org/a", "http://www.site.fr/x", "not a url", "https://[::1/"])
        if rng.random() < 0.2:
            record["metadata"] = {"language": rng.choice(["fr", "en", "xx", "", "zh-Hant"])}
        compact = rng.random() < 0.3  # `jq -c`: written back byte for byte when its text is clean
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5, separators=(",", ":") if compact else None)
        odd = rng.randrange(14)
        if odd == 0:
            line += " trailing garbage"
        elif odd == 1:
            line = line[: rng.randrange(len(line))]
        elif odd == 2:
            line = line.replace('"text": "', '"text": "\\ud800', 1)
        elif odd == 3:
            line = line.replace('"text": "', '"text": "\\u0000', 1)
        elif odd == 4:
            line = line + line
        elif odd == 5:
            line = "[" + line + "]"
        elif odd == 6:
            line = line.replace('"text"', '"body"', 1)
        elif odd == 7:
            line = line.replace('"id": ', '"id": "\\udc80', 1) if '"id": "' in line else line
        elif odd == 8:
            line = "\ufeff" + line  # files that each began with a BOM, joined with `cat`
        lines.append(line)
    ends = rng.choice(["\n", "\r\n"])
    return (ends.join(lines) + rng.choice([ends, ""])).encode("utf-8", "surrogatepass")


def build_folder(rng: random.Random, pages, folder: Path, files: int) -> None:
    folder.mkdir(parents=True)
    html_pages = [p for p in pages if p[0].endswith(".html")]
    text_pages = [p for p in pages if not p[0].endswith(".html")]
    for number in range(files):
        kind = rng.choice(["txt", "txt", "txt", "html", "jsonl"])
        if kind == "jsonl":
            data = _jsonl(rng, text_pages, rng.randint(1, 6))
        else:
            name, page = rng.choice(html_pages if kind == "html" else text_pages)
            text, _ = mutate(rng, page, pages)
            data = text.encode("utf-8", "surrogatepass")
            if rng.random() < 0.4:
                data = _byte_mutation(rng, data)
        sub = folder / rng.choice(["", "a", "b/c"])
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"f{number:03d}.{kind}").write_bytes(data)
    # a copy of one file in another folder: cross-document dedup has something to do
    first = sorted(folder.rglob("*.txt"))[:1]
    if first:
        (folder / "copy").mkdir(exist_ok=True)
        shutil.copy(first[0], folder / "copy" / first[0].name)
    # a symlink to another input (the same file under two names, read once), and one to a folder
    targets = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl"))
    if targets and rng.random() < 0.5:
        target = rng.choice(targets)
        (folder / f"link-{target.name}").symlink_to(os.path.relpath(target, folder))


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, text=True, timeout=1200)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_round(rng: random.Random, pages, base: Path, files: int) -> list[str]:
    problems: list[str] = []
    src = base / "in"
    build_folder(rng, pages, src, files)
    runs = {}
    for label, extra, paths in (("j1", ["--jobs", "1"], [str(src)]), ("j2", ["--jobs", "2"], [str(src)]),
                                ("rev", ["--jobs", "1"], [str(p) for p in sorted(src.rglob("*"), reverse=True) if p.is_file()])):
        out, report = base / f"out_{label}", base / f"report_{label}.jsonl"
        result = cli("clean", *paths, "-o", str(out), "--report", str(report), "-q", *extra)
        if result.returncode not in (0, 3) or "Traceback" in result.stderr or "Error" in result.stderr.split(":")[0]:
            problems.append(f"{label}: exit {result.returncode}: {result.stderr[-2000:]}")
            return problems
        runs[label] = (tree(out), report.read_bytes(), result.returncode, result.stderr)
    if runs["j1"][0] != runs["j2"][0]:
        problems.append("outputs differ between --jobs 1 and 2: " + str(_diff(runs["j1"][0], runs["j2"][0])))
    if runs["j1"][1] != runs["j2"][1]:
        problems.append("reports differ between --jobs 1 and 2")
    if runs["j1"][0] != runs["rev"][0]:
        problems.append("outputs differ with files named in reverse order: " + str(_diff(runs["j1"][0], runs["rev"][0])))
    if runs["j1"][2] != runs["j2"][2] or runs["j1"][3] != runs["j2"][3]:
        problems.append(f"exit or messages differ between jobs: {runs['j1'][2]} {runs['j2'][2]}")
    problems += _report_spans(base / "report_j1.jsonl", src)
    again = cli("check", str(base / "out_j1"), "-q")
    if again.returncode not in (0, 1, 3) or "Traceback" in again.stderr:  # 1: findings, sorted below
        problems.append(f"check of the output: exit {again.returncode}: {again.stdout[-1500:]} {again.stderr[-1500:]}")
    elif again.returncode == 0 and again.stdout.strip():
        problems.append(f"check of the output printed findings: {again.stdout[-800:]}")
    else:
        from_html = [l for l in again.stdout.splitlines() if _from_html(l, base)]
        from_text = [l for l in again.stdout.splitlines() if l not in from_html and (": boilerplate" in l or ": duplicate" in l or "canonical" in l)]
        if from_text:
            problems.append("output not a fixed point: " + "\n".join(from_text[:10]))
        if from_html:
            print("  (known) HTML output re-read as text changes:", len(from_html), "findings", flush=True)
    placed = base / "inplace"
    shutil.copytree(src, placed, symlinks=True)
    for page in placed.rglob("*.html"):  # never rewritten in place: left, they would be new context for the check
        page.unlink()
    fixed = cli("clean", str(placed), "--in-place", "-q")
    if fixed.returncode not in (0, 3) or "Traceback" in fixed.stderr:
        problems.append(f"in-place: exit {fixed.returncode}: {fixed.stderr[-1500:]}")
    else:
        recheck = cli("check", str(placed), "-q")
        # HTML is never rewritten in place, a whole duplicate is left as it is (both reported)
        findings = [l for l in recheck.stdout.splitlines() if ".html:" not in l and "duplicate of" not in l and "/copy/" not in l]
        if any(": boilerplate" in l or ": duplicate" in l or "canonical" in l for l in findings):
            problems.append(f"in-place output not a fixed point: {recheck.stdout[-1500:]}")
        left = [p.name for p in placed.rglob(".*tmp*")]
        if left:
            problems.append(f"temporary files left: {left}")
        links = sorted(str(p.relative_to(placed)) for p in placed.rglob("*") if p.is_symlink())
        if links != sorted(str(p.relative_to(src)) for p in src.rglob("*") if p.is_symlink()):
            problems.append(f"in-place changed the symlinks: {links}")
        before = tree(placed)
        twice = cli("clean", str(placed), "--in-place", "-q")  # a clean tree is left byte for byte
        # a whole duplicate (copy/) is left as it was by the first run, not by the second: its
        # original is clean by then, so the copy is no longer a copy of it
        changed = [name for name in _diff(before, tree(placed)) if not name.startswith("copy/")]
        if twice.returncode not in (0, 3) or changed:
            problems.append(f"a second --in-place changed files: {changed} {twice.stderr[-800:]}")
    return problems


def _from_html(finding: str, base: Path) -> bool:
    """Whether a finding on OUT names an output written from an HTML input."""
    path = finding.split(":", 1)[0]
    rel = Path(path).relative_to(base / "out_j1") if path.startswith(str(base / "out_j1")) else None
    return rel is not None and ((base / "in" / rel).with_suffix(".html").exists() or rel.name.endswith(".html.txt"))


def _diff(a: dict, b: dict) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))[:20]


def _report_spans(report: Path, src: Path) -> list[str]:
    """A span's text must be what the report says; for a plain UTF-8 text file without repairs,
    it must be the file's own text at those offsets."""
    problems = []
    for line in report.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "start" not in row or "id" in row or "kind" in row:
            continue
        path = src.parent / row["file"] if not Path(row["file"]).is_absolute() else Path(row["file"])
        if not path.exists() or not str(path).endswith(".txt"):
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        if text[row["start"] : row["end"]] != row["text"] and "\r" not in text and "&" not in text and "\u00ad" not in text:
            problems.append(f"span {row['file']} {row['start']}-{row['end']}: {row['text'][:60]!r} != {text[row['start']:row['end']][:60]!r}")
    return problems[:5]


def main() -> None:
    run_rounds(run_round, 24, "files", WORK, __doc__)

if __name__ == "__main__":
    main()
