"""Fuzzing of JSONL records written back as read (`io/recordline.py`), in-process.

Not a test (it runs for minutes): `python benchmarks/fuzz_recordline.py [ROUNDS] [SEED]` writes
JSONL files whose lines have odd escapes, duplicate keys, huge numbers, nested text fields,
CRLF ends, a last line without newline, spaces around everything, bad lines among good ones;
cleans them `--in-place` (and with `--jobs 2` to a folder) and checks the README's promises:
no crash; each line out is the line read when its record's text is clean, else the same JSON
values but the text; bad lines pass through byte for byte; no record is lost (only whole
duplicates go); a second `--in-place` run changes nothing and `check` then passes; `--jobs 2`
writes what `--jobs 1` writes. Failures are saved under /tmp/fuzz_recordline/ for shrinking.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import traceback
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaner.config import Config  # noqa: E402
from cleaner.run import RunOptions, run  # noqa: E402
from fuzz_args import SEED, fuzz_parser  # noqa: E402

FAILS = Path("/tmp/fuzz_recordline")
CLEAN = [
    "The council approved the new budget on Tuesday after a long debate that lasted until midnight.",
    "Residents will pay three percent more for water from April, the treasurer told reporters.",
    "Le conseil municipal a voté mardi un budget en hausse pour les parcs et les écoles de la ville.",
    "Die Stadt will im kommenden Jahr mehr Geld für Straßen, Brücken und Radwege ausgeben, hieß es.",
]
JUNK = ["Share on Facebook", "Read more", "Subscribe to our newsletter", "Advertisement", "© 2024 All rights reserved"]
NUMBERS = ["1e400", "-0", "0.10", "1E+2", "123456789012345678901234567890", "-1.5e-300", "1.000", "2e-400"]
ESCAPES = ["\\/", "\\u00e9", "\\u00E9", "\\ud83d\\ude00", "\\ud800", "\\\\", "\\\"", "\\t", "\\u2028", "\\u0000", "\\b\\f"]


def _escaped_text(rng: random.Random, text: str) -> str:
    """`text` as a JSON string body, with escapes that `json.dumps` would not write."""
    body = json.dumps(text, ensure_ascii=rng.random() < 0.3)[1:-1]
    for _ in range(rng.randint(0, 3)):
        at = rng.randrange(len(body) + 1)
        while at and body[at - 1] == "\\":  # never split an escape
            at -= 1
        body = body[:at] + rng.choice(ESCAPES) + " " + body[at:]
    return body.replace("/", "\\/") if rng.random() < 0.2 else body


def _text(rng: random.Random) -> str:
    parts = rng.sample(CLEAN, rng.randint(1, 3))
    if rng.random() < 0.5:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(JUNK))
    sep = rng.choice(["\n\n", "\n", " ", "\r\n\r\n"])
    return sep.join(parts) + rng.choice(["", "\n", "\n\n", "  "])


def _line(rng: random.Random, number: int) -> str:
    """One record line (or a bad one), spelled oddly."""
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(["{not json", '{"id": 1}', '[1, 2]', '{"text": 5}', '"text"', "{\"text\": \"a\x00b\"}", "\x00\x01"])
    sp = rng.choice(["", " ", "  ", "\t"])
    colon, comma = sp + ":" + sp, sp + "," + sp
    pairs = [f'"id"{colon}{json.dumps(str(number)) if rng.random() < 0.7 else rng.choice(NUMBERS)}']
    if rng.random() < 0.4:
        pairs.append(f'"n"{colon}{rng.choice(NUMBERS)}')
    if rng.random() < 0.3:
        pairs.append(f'"meta"{colon}{{"text"{colon}"{_escaped_text(rng, rng.choice(JUNK))}", "url": "https://x.example/{number}"}}')
    if rng.random() < 0.2:
        pairs.append(f'"text"{colon}{rng.choice(["null", "1", json.dumps(rng.choice(JUNK))])}')  # an earlier duplicate key
    key = '"t\\u0065xt"' if rng.random() < 0.1 else '"text"'
    pairs.append(f'{key}{colon}"{_escaped_text(rng, _text(rng))}"')
    if rng.random() < 0.3:
        pairs.append(f'"tail"{colon}[{rng.choice(NUMBERS)}, {{"text": "x"}}, "\\u00e9"]')
    if rng.random() < 0.5:
        rng.shuffle(pairs)
        if not any(p.startswith(('"text"', '"t\\u0065xt"')) for p in pairs[-1:]) and rng.random() < 0.5:
            pass  # a text pair anywhere: the last of that name counts
    return sp + "{" + sp + comma.join(pairs) + sp + "}" + sp


def build(rng: random.Random, path: Path) -> None:
    count = rng.randint(1, 12)
    lines = [_line(rng, i + 1) for i in range(count)]
    if rng.random() < 0.2 and lines:
        lines.append(rng.choice(lines))  # a whole duplicate record
    end = rng.choice(["\n", "\r\n"])
    data = end.join(lines) + (end if rng.random() < 0.7 else "")
    if rng.random() < 0.1:
        data = "\ufeff" + data
    path.write_bytes(data.encode("utf-8", "surrogatepass") if rng.random() < 0.05 else data.encode("utf-8", "replace"))


def _loads(line: bytes) -> object:
    try:
        return json.loads(line)
    except ValueError:
        return None


def check_round(rng: random.Random, work: Path) -> list[str]:
    if work.exists():
        shutil.rmtree(work)
    (work / "in").mkdir(parents=True)
    for n in range(rng.randint(1, 3)):
        build(rng, work / "in" / f"f{n}.jsonl")
    shutil.copytree(work / "in", work / "orig")
    problems: list[str] = []
    config = Config()
    # The fixed-point checks run without cross-document dedup: a record left with only what no
    # other record says can, on the next run, be all another record says (a corpus property,
    # not one of the record lines; see the module doc).
    alone = replace(config, dedup=replace(config.dedup, across_documents=False))
    try:
        one = run([work / "in"], config, RunOptions(output=work / "out1"))
        run([work / "orig"], config, RunOptions(output=work / "out2", jobs=2))
        for path in sorted((work / "out1").rglob("*.jsonl")):
            other = work / "out2" / path.relative_to(work / "out1")
            if path.read_bytes() != other.read_bytes():
                problems.append(f"--jobs 2 wrote another {path.name}")
        # --in-place runs passes over the folder until it settles, -o one (README): the same
        # bytes are asked of the two writers when neither settles.
        single = replace(config, settle=False)
        run([work / "orig"], single, RunOptions(output=work / "out3"))
        run([work / "in"], single, RunOptions(in_place=True))
        for path in (work / "in").iterdir():
            written = work / "out3" / path.name
            if written.exists() and path.read_bytes() != written.read_bytes():
                problems.append(f"{path.name}: --in-place wrote other bytes than -o")
        shutil.rmtree(work / "in")
        shutil.copytree(work / "orig", work / "in")
        run([work / "in"], alone, RunOptions(in_place=True))
        first = {p.name: p.read_bytes() for p in (work / "in").iterdir()}
        again = run([work / "in"], alone, RunOptions(in_place=True))
        if {p.name: p.read_bytes() for p in (work / "in").iterdir()} != first or again.changed:
            problems.append(f"second --in-place run changed something: {dict(again.removals())}")
        checked = run([work / "in"], alone, RunOptions(check=True))
        if checked.changed:
            problems.append(f"check after --in-place: {[str(f) for r in checked.changed for f in r.findings][:3]}")
        problems += _lines_kept(work, one)
    except Exception:
        problems.append("crash: " + traceback.format_exc(limit=6))
    return problems


def _lines_kept(work: Path, summary) -> list[str]:
    """Every bad line out byte for byte; every good record out, its non-text values equal."""
    problems = []
    dropped = sum(r.removals.get("duplicate_document", 0) for r in summary.files)
    for src in sorted((work / "orig").glob("*.jsonl")):
        raw_in = [line for line in src.read_bytes().split(b"\n") if line.strip(b"\r\n\t \xef\xbb\xbf")]
        written = work / "out1" / src.name
        raw_out = [line for line in written.read_bytes().split(b"\n") if line.strip()] if written.exists() else []
        outs = set(raw_out)
        for line in raw_in:
            record = _loads(line.removeprefix(b"\xef\xbb\xbf"))
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                line = line.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark goes (README), the line stays
                if line.rstrip(b"\r") not in {o.rstrip(b"\r") for o in outs} and line not in outs:
                    problems.append(f"{src.name}: bad line lost: {line[:60]!r}")
        goods = [r for r in map(_loads, raw_out) if isinstance(r, dict) and isinstance(r.get("text"), str)]
        wanted = [r for r in (_loads(l.removeprefix(b"\xef\xbb\xbf")) for l in raw_in) if isinstance(r, dict) and isinstance(r.get("text"), str)]
        if len(goods) + dropped < len(wanted):
            problems.append(f"{src.name}: {len(wanted)} records in, {len(goods)} out, {dropped} duplicates")
        for out in goods:
            rest = {k: v for k, v in out.items() if k != "text"}
            if not any({k: v for k, v in w.items() if k != "text"} == rest for w in wanted):
                problems.append(f"{src.name}: a record's other fields changed: {json.dumps(rest)[:100]}")
    return problems


def main() -> None:
    args = fuzz_parser(__doc__, [("rounds", 200, "how many folders of JSONL files to write and clean"), SEED]).parse_args()
    rounds, seed = args.rounds, args.seed
    rng = random.Random(seed)
    FAILS.mkdir(exist_ok=True)
    failed = 0
    for number in range(rounds):
        work = Path(f"/tmp/fuzz_recordline_work_{seed}")
        problems = check_round(rng, work)
        if problems:
            failed += 1
            keep = FAILS / f"s{seed}_r{number}"
            if keep.exists():
                shutil.rmtree(keep)
            shutil.copytree(work / "orig", keep)
            print(f"round {number}: " + " | ".join(problems)[:600])
    print(f"{rounds} rounds, {failed} failed (kept under {FAILS})")


if __name__ == "__main__":
    main()
