"""Mutation fuzzing of `clean_text`: real pages, mutated, checked against the README's promises.

Not a test (it runs for minutes): `python benchmarks/fuzz_campaign.py [N] [SEED]` mutates the
seeds, the text fixtures, the HTML fixtures and the 85 real text dumps, cleans each mutant, and
checks that nothing raises, that cleaning the output again changes nothing, that every output word
is found in the (decoded, repaired) input in order, and that the removals are disjoint spans of
the input that, with the kept segments, account for every visible character. Failures are saved
under /tmp/fuzz_fails/ (the mutant, as JSON to keep lone surrogates) for shrinking by hand.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's cleaner, not an installed one

from cleaner import clean_text  # noqa: E402
from fuzz_args import SEED, fuzz_parser  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from test_fuzz_invariants import invented_word  # noqa: E402  (one definition of the invariant)
DUMPS = ROOT.parent / "shared" / "benchmarks" / "article-extraction" / "text-dumps.json"
FAILS = Path("/tmp/fuzz_fails")

ODD_CHARS = (
    ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1f", "\x7f", "\x85", "\x9c", "\r", "\r\n", "\t"]
    + ["\ufeff", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u00ad", "\u034f", "\u180e"]
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c"]
    + ["\u2028", "\u2029", "\u00a0", "\u3000", "\u2009", "\ufffd", "\ufffe", "\uffff", "\U0010ffff", "\ud800", "\udfff"]
    + ["\u0301", "\u0308", "\U0001F468\u200d\U0001F469", "\ue000", "&", "&amp;", "&#", "&#x;", "&#99999999;", "&#0;", "&nbsp"]
    + ["<", ">", "<p>", "</div>", "<br>", "<!--", "-->", "<script>", "<html>", "<!DOCTYPE html>", "{", "\"", "\\"]
    + ["»", "«", "…", "...", "|", "•", "·", "#", "@", "http://", "pic.twitter.com/x", "\u0130", "ß", "ﬁ", "Ⅻ"]
)


def load_inputs() -> list[tuple[str, str]]:
    pages: list[tuple[str, str]] = []
    for pattern in ("seeds/*.txt", "fixtures/general/*.txt", "fixtures/html/*.html"):
        for path in sorted(ROOT.glob(pattern)):
            pages.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace")))
    if DUMPS.exists():
        for key, value in sorted(json.loads(DUMPS.read_text(encoding="utf-8")).items()):
            text = value if isinstance(value, str) else value.get("articleBody") or value.get("text") or "" if isinstance(value, dict) else ""
            if text:
                pages.append((f"dump:{key[:12]}", text))
    return pages


# -- mutations: each takes (rng, text, pages) and returns the new text ---------------------------------------


def _lines(text: str) -> list[str]:
    return text.split("\n")


def drop_lines(rng, text, pages):
    lines = _lines(text)
    for _ in range(rng.randint(1, 4)):
        if len(lines) > 1:
            del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def duplicate_lines(rng, text, pages):
    lines = _lines(text)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return "\n".join(lines)


def swap_lines(rng, text, pages):
    lines = _lines(text)
    for _ in range(rng.randint(1, 4)):
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def truncate_line(rng, text, pages):
    lines = _lines(text)
    i = rng.randrange(len(lines))
    lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    return "\n".join(lines)


def truncate_text(rng, text, pages):
    return text[: rng.randrange(len(text) + 1)]


def insert_odd(rng, text, pages):
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD_CHARS))
    return "".join(chars)


def odd_runs(rng, text, pages):
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD_CHARS) * rng.randint(2, 200))
    return "".join(chars)


def line_ends(rng, text, pages):
    ends = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\n\n", "\r\r\n"]
    return "".join(line + rng.choice(ends) for line in _lines(text))


def bidi_wrap(rng, text, pages):
    lines = _lines(text)
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(lines))
        lines[i] = rng.choice("\u202a\u202b\u202d\u202e\u2066\u2067\u2068\u200e\u200f") + lines[i] + rng.choice("\u202c\u2069\u200e")
    return "\n".join(lines)


def long_token(rng, text, pages):
    pos = rng.randrange(len(text) + 1)
    unit = rng.choice(["x", "ab", "é", "\u0915\u094d", "-", ".", "=", "http://a.b/", "\u200b", "字", "😀"])
    return text[:pos] + unit * rng.randint(500, 20000) + text[pos:]


def tags(rng, text, pages):
    lines = _lines(text)
    pieces = ["<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<b><i>", "</b>", "<script>var a=1;", "</script>",
              "<!--", "-->", "<br/>", "<table><tr><td>", "</td></tr>", "<![CDATA[", "]]>", "<html>", "<!DOCTYPE html>"]
    for _ in range(rng.randint(1, 10)):
        i = rng.randrange(len(lines))
        lines[i] = rng.choice(pieces) + lines[i] + rng.choice(pieces + [""])
    return "\n".join(lines)


def splice(rng, text, pages):
    other = rng.choice(pages)[1]
    lines, more = _lines(text), _lines(other)
    start = rng.randrange(len(more))
    chunk = more[start : start + rng.randint(1, 8)]
    at = rng.randrange(len(lines) + 1)
    return "\n".join(lines[:at] + chunk + lines[at:])


def repeat_paragraph_pieces(rng, text, pages):
    """A sentence or half-line repeated elsewhere: the in-document dedup's territory."""
    lines = [l for l in _lines(text) if len(l) > 40] or [text]
    line = rng.choice(lines)
    a = rng.randrange(len(line))
    piece = line[a : a + rng.randint(10, 200)]
    out = _lines(text)
    out.insert(rng.randrange(len(out) + 1), piece if rng.random() < 0.5 else piece + " " + rng.choice(lines))
    return "\n".join(out)


def whitespace(rng, text, pages):
    chars = list(text)
    for _ in range(rng.randint(1, 20)):
        i = rng.randrange(len(chars) + 1)
        chars.insert(i, rng.choice([" ", "  ", "\t", "\u00a0", "\u3000", "\u2003", " \n", "\n \n", "\n\n\n"]))
    return "".join(chars)


def case_flip(rng, text, pages):
    lines = _lines(text)
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(lines))
        lines[i] = rng.choice([str.upper, str.lower, str.title, str.swapcase])(lines[i])
    return "\n".join(lines)


MUTATIONS = [drop_lines, duplicate_lines, swap_lines, truncate_line, truncate_text, insert_odd, odd_runs, line_ends,
             bidi_wrap, long_token, tags, splice, repeat_paragraph_pieces, whitespace, case_flip]


def mutate(rng: random.Random, text: str, pages) -> tuple[str, list[str]]:
    names = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        fn = rng.choice(MUTATIONS)
        names.append(fn.__name__)
        text = fn(rng, text, pages)
    return text, names


# -- invariants ----------------------------------------------------------------------------------------------


def span_problem(result) -> str | None:
    doc = result.document
    source = doc.text
    covered = bytearray(len(source) + 1)
    previous_end = -1
    for start, end, removal in result.removals:
        if not (0 <= start < end <= len(source)):
            return f"span out of range {start}-{end} of {len(source)}"
        if start < previous_end:
            return f"overlapping spans at {start} (previous end {previous_end})"
        previous_end = end
        if not source[start:end].strip():
            return f"blank removed span {start}-{end} {source[start:end]!r}"
        if removal.original is not None and removal.original.doc == doc.id:
            o = removal.original
            if not (0 <= o.start < o.end <= len(source)):
                return f"original out of range {o}"
        for i in range(start, end):
            covered[i] = 1
    for par in doc.paragraphs:
        if par.removal is None:
            for seg in par.segments:
                if seg.removal is None:
                    for i in range(seg.start, seg.end):
                        covered[i] = 1
    for i, ch in enumerate(source):
        if not covered[i] and not ch.isspace() and ch.isprintable():
            return f"character {i} {ch!r} neither kept nor reported: {source[max(0, i - 30):i + 30]!r}"
    return None


def output_shape(text: str) -> str | None:
    if not text:
        return None
    if not text.endswith("\n") or text.endswith("\n\n"):
        return "output does not end with one newline"
    if "\n\n\n" in text or "\r" in text:
        return "output has a triple newline or CR"
    for line in text[:-1].split("\n"):
        if line != line.strip(" ") :
            return f"line with edge spaces {line[:40]!r}"
    return None


def check(text: str) -> str | None:
    try:
        result = clean_text(text)
    except Exception:  # noqa: BLE001 - the campaign records every crash
        return "crash: " + traceback.format_exc(limit=6)
    out = result.text
    problem = output_shape(out)
    if problem:
        return problem
    word = invented_word(out, result.document.text)
    if word is not None:
        return f"invented word {word[:60]!r}"
    problem = span_problem(result)
    if problem:
        return problem
    try:
        again = clean_text(out).text
    except Exception:  # noqa: BLE001
        return "crash on output: " + traceback.format_exc(limit=6)
    if again != out:
        return "not idempotent"
    return None


def main() -> None:
    args = fuzz_parser(__doc__, [("count", 500, "how many mutants to clean"), SEED]).parse_args()
    count, seed = args.count, args.seed
    rng = random.Random(seed)
    pages = load_inputs()
    FAILS.mkdir(exist_ok=True)
    kinds, used = Counter(), Counter()
    for n in range(count):
        name, page = rng.choice(pages)
        mutant, names = mutate(rng, page, pages)
        used.update(names)
        problem = check(mutant)
        if (n + 1) % 100 == 0:
            print(f"... {n + 1} mutants, {sum(kinds.values())} problems", flush=True)
        if problem:
            kind = problem.split(":")[0].split(" at ")[0][:40]
            kinds[kind] += 1
            path = FAILS / f"s{seed}_{n}.json"
            path.write_text(json.dumps({"page": name, "mutations": names, "problem": problem, "text": mutant}), encoding="utf-8")
            print(f"[{n}] {name} {names}: {problem.splitlines()[0] if problem else ''}"[:300], flush=True)
    print(f"{count} mutants of {len(pages)} pages, seed {seed}; problems: {dict(kinds)}")
    print("mutations used:", dict(used))


if __name__ == "__main__":
    main()


def run_rounds(run_round, default_files: int, what: str, work: Path, doc: str | None = None) -> None:
    """The command line of a campaign: `ROUNDS SEED FILES` (`doc`, the script's docstring, its help);
    each round a fresh folder under `work` (kept when it failed, to look at), `run_round(rng, pages,
    folder, files)` -> problems."""
    counts = [("rounds", 5, "how many rounds, each a fresh folder"), SEED, ("files", default_files, f"{what} a round")]
    args = fuzz_parser(doc, counts).parse_args()
    rounds, seed, files = args.rounds, args.seed, args.files
    pages = load_inputs()
    failed = 0
    for number in range(rounds):
        rng = random.Random(seed * 1000 + number)
        folder = work / f"s{seed}_{number}"
        shutil.rmtree(folder, ignore_errors=True)
        problems = run_round(rng, pages, folder, files)
        if problems:
            failed += 1
            print(f"round {number}: " + "\n  ".join(p[:2500] for p in problems), flush=True)
        else:
            shutil.rmtree(folder, ignore_errors=True)
            print(f"round {number}: ok", flush=True)
    print(f"{rounds} rounds of {files} {what}, seed {seed}: {failed} failed")
