"""Is `clean --in-place DIR` then `check DIR` a fixed point on realistic news folders?

Not a test (it runs for minutes): `python benchmarks/fuzz_fixedpoint.py [ROUNDS] [SEED]` builds
folders of 10-30 news files the way scrapers leave them: a few sites, each with its menu and
footer lines; a few wire stories (reviewed clean texts of fixtures/general/expected) reprinted by
several sites, whole or in part, with a site's own opening paragraph, a word changed, paragraphs
merged or dropped, a teaser above the full version, an earlier shorter version of a story beside
its update. Each folder is cleaned in place twice; a second run that changes a file is a failure,
and the folder (as it was before the first run) is kept under /tmp/fixedpoint_fails/ with the
names of the files the second run changed.

`--output`: the same question for `-o`, which runs no settle passes over the folder: `clean DIR
-o OUT` then `clean OUT -o OUT2`, counting the folders and files where OUT2 differs from OUT,
and the CPU time of `-o` against `--in-place` on the same folder (nothing is kept).
"""

from __future__ import annotations

import random
import resource
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's cleaner, not an installed one

from cleaner.config import load_config  # noqa: E402
from cleaner.run import RunOptions, run  # noqa: E402
from fuzz_args import SEED, fuzz_parser  # noqa: E402

FAILS = Path("/tmp/fixedpoint_fails")
MENUS = [
    ["Home", "World", "Politics", "Business", "Sport", "Culture"],
    ["News", "Local", "Opinion", "Weather", "Video"],
    ["Accueil", "Monde", "Société", "Économie", "Sports"],
    ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport"],
]
FOOTERS = [
    ["Share this article", "Follow us on Facebook and Twitter", "© 2024 Daily Courier. All rights reserved."],
    ["Sign up for our newsletter to get the latest headlines every morning.", "Terms of use | Privacy policy | Contact"],
    ["Copyright The Northern Herald 2024", "Advertisement", "Read more local news on our website and app."],
    ["Tous droits réservés", "Partager sur Facebook", "Abonnez-vous à notre newsletter"],
]


def stories(lang: str) -> list[list[str]]:
    """Reviewed clean texts as paragraph lists (title first), long enough to be reprinted."""
    found = []
    for path in sorted((ROOT / "fixtures" / "general" / "expected").glob(f"{lang}_*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        if len(paragraphs) >= 5 and sum(len(p.split()) for p in paragraphs) > 150:
            found.append(paragraphs)
    return found


def changed_word(rng: random.Random, paragraph: str) -> str:
    words = paragraph.split()
    if len(words) > 6:
        words[rng.randrange(1, len(words))] = rng.choice(["reportedly", "also", "Tuesday", "officials", "new"])
    return " ".join(words)


def reprint(rng: random.Random, story: list[str], own: list[str]) -> list[str]:
    """A site's version of a wire story: its title, maybe its own lede, the body changed a bit."""
    title, body = story[0], list(story[1:])
    draw = rng.random()
    if draw < 0.2:
        body = body[: rng.randint(2, max(2, len(body) - 1))]  # cut short
    elif draw < 0.35:
        body = [body[0]] + body  # the standfirst twice
    elif draw < 0.5 and len(body) > 3:
        at = rng.randrange(len(body) - 1)
        body[at : at + 2] = [body[at] + " " + body[at + 1]]  # two paragraphs merged
    elif draw < 0.65:
        at = rng.randrange(len(body))
        body[at] = changed_word(rng, body[at])
    elif draw < 0.75:
        body = [" ".join(body[0].split()[: rng.randint(8, 25)]) + " …"] + body  # a teaser above
    if rng.random() < 0.4 and own:
        body.insert(0 if rng.random() < 0.5 else len(body), rng.choice(own))
    if rng.random() < 0.3:
        title = changed_word(rng, title)
    return [title] + body


def folder(rng: random.Random, lang: str) -> dict[str, str]:
    """{relative path: text} of one scraped folder."""
    pool = stories(lang)
    wire = rng.sample(pool, min(len(pool), rng.randint(2, 5)))
    own_pool = [p for s in pool if s not in wire for p in s[1:] if len(p.split()) > 15]
    sites = rng.randint(2, 4)
    files: dict[str, str] = {}
    for number in range(rng.randint(10, 30)):
        site = rng.randrange(sites)
        menu, footer = MENUS[site % len(MENUS)], FOOTERS[site % len(FOOTERS)]
        story = rng.choice(wire)
        body = reprint(rng, story, own_pool)
        if rng.random() < 0.15:  # an earlier, shorter version of the same story
            body = body[: max(2, len(body) // 2)]
        lines = (menu if rng.random() < 0.8 else []) + body + (footer if rng.random() < 0.8 else [])
        sep = "\n\n" if rng.random() < 0.7 else "\n"
        files[f"site{site}/{number:03d}.txt"] = sep.join(lines) + "\n"
    return files


def one_round(rng: random.Random, config, jobs: int, name: str) -> list[str]:
    """The files a second in-place run changed (kept under FAILS with the folder)."""
    lang = rng.choice(["en", "fr", "de", "es", "it"])
    files = folder(rng, lang)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "corpus"
        for rel, text in files.items():
            (base / rel).parent.mkdir(parents=True, exist_ok=True)
            (base / rel).write_text(text, encoding="utf-8")
        keep = Path(tmp) / "orig"
        shutil.copytree(base, keep)
        run([base], config, RunOptions(in_place=True, jobs=jobs))
        second = run([base], config, RunOptions(check=True, jobs=jobs))
        changed = [r.file for r in second.changed]
        if changed:
            dest = FAILS / f"{name}_{lang}"
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(keep, dest)
            (dest / "CHANGED").write_text("\n".join(changed) + "\n", encoding="utf-8")
            for r in second.changed:
                for finding in r.findings:
                    print("   ", finding)
        return changed


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def _texts(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def output_round(rng: random.Random, config, counts: dict[str, float]) -> None:
    """One folder: does `-o OUT` then `-o OUT2` over OUT change files? And the CPU of `-o`
    against `--in-place` (its settle passes) on the same folder."""
    files = folder(rng, rng.choice(["en", "fr", "de", "es", "it"]))
    with tempfile.TemporaryDirectory() as tmp:
        base, twin = Path(tmp) / "corpus", Path(tmp) / "twin"
        for rel, text in files.items():
            (base / rel).parent.mkdir(parents=True, exist_ok=True)
            (base / rel).write_text(text, encoding="utf-8")
        shutil.copytree(base, twin)
        start = _cpu()
        run([base], config, RunOptions(output=Path(tmp) / "out"))
        counts["cpu_output"] += _cpu() - start
        run([Path(tmp) / "out"], config, RunOptions(output=Path(tmp) / "out2"))
        start = _cpu()
        run([twin], config, RunOptions(in_place=True))
        counts["cpu_in_place"] += _cpu() - start
        first, second = _texts(Path(tmp) / "out"), _texts(Path(tmp) / "out2")
        changed = [rel for rel in set(first) | set(second) if first.get(rel) != second.get(rel)]
        counts["folders"] += 1
        counts["files"] += len(first)
        counts["folders_changed"] += bool(changed)
        counts["files_changed"] += len(changed)


def main_output(rounds: int, seed: int, config) -> None:
    rng = random.Random(seed)
    counts: dict[str, float] = dict.fromkeys(["folders", "files", "folders_changed", "files_changed", "cpu_output", "cpu_in_place"], 0)
    for _ in range(rounds):
        output_round(rng, config, counts)
    print(
        f"-o then -o over its output: {counts['folders_changed']:.0f} of {counts['folders']:.0f} folders, "
        f"{counts['files_changed']:.0f} of {counts['files']:.0f} files changed; CPU -o {counts['cpu_output']:.2f} s, "
        f"--in-place {counts['cpu_in_place']:.2f} s (+{100 * (counts['cpu_in_place'] / counts['cpu_output'] - 1):.0f}%)"
    )


def main() -> None:
    parser = fuzz_parser(__doc__, [("rounds", 20, "how many folders to build and clean"), SEED])
    parser.add_argument("--output", action="store_true", help="ask the question of `-o` instead of `--in-place` (see above)")
    args = parser.parse_args()
    rounds, seed = args.rounds, args.seed
    config = load_config(None, start=Path(tempfile.gettempdir()))
    if args.output:
        main_output(rounds, seed, config)
        return
    rng = random.Random(seed)
    failed = 0
    for number in range(rounds):
        changed = one_round(rng, config, 1, f"{seed}_{number}")
        if changed:
            failed += 1
            print(f"round {number}: second run changes {len(changed)} files: {changed[:4]}")
    print(f"{failed} of {rounds} folders not a fixed point (kept in {FAILS})")


if __name__ == "__main__":
    main()
