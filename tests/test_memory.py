"""The corpus memory: the dedup index kept in step with git's HEAD (no pre-commit involved)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cleaner.config import Config
from cleaner.dedup import DedupConfig
from cleaner.rules.config import RulesConfig
from cleaner.dedup.memory import SyncPlan, read_documents, sync_index
from cleaner.dedup.header import FORMAT_VERSION
from cleaner.hook import committed_files
from cleaner.run import RunOptions, run

if TYPE_CHECKING:
    from multiprocessing.synchronize import Barrier

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

P1 = (
    "Le dirigeant nord-coréen a assuré mercredi que la Russie remporterait une grande victoire contre "
    "ses ennemis, lors d'une visite exceptionnelle dans ce pays qui cherche à renforcer ses relations."
)
P2 = (
    "Les discussions entre les deux délégations ont porté sur la coopération spatiale et agricole, "
    "selon un communiqué publié jeudi soir par l'agence officielle du pays hôte de la rencontre."
)
P3 = (
    "Washington soupçonne Pyongyang de vouloir acquérir des technologies russes afin d'améliorer son "
    "arsenal, une accusation que Moscou a rejetée vendredi lors d'une conférence de presse tendue."
)


# Rules off: these tests are about the memory, not about what the (evolving) rules remove.
NO_RULES = Config(rules=RulesConfig(enabled=False))


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    _git(tmp_path, "init", "-q")
    (tmp_path / "cleaner.toml").write_text("[rules]\nenabled = false\n", encoding="utf-8")
    (tmp_path / "old.txt").write_text(f"Premier titre de la journée\n\n{P1}\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text(f"Un second titre bien distinct\n\n{P2}\n", encoding="utf-8")
    _commit(tmp_path)
    return tmp_path


def _commit(repo: Path) -> None:
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "c", "--no-verify")


def _sync(repo: Path, config: Config | None = None):
    config = config or NO_RULES
    return sync_index(repo / "index.sqlite", repo, config, committed_files(repo, config))


def _rows(repo: Path, sql: str) -> list[tuple]:
    return _rows_at(repo / "index.sqlite", sql)


def _rows_at(index: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(index)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def _check(repo: Path, name: str):
    """What the check hook does for one staged file (cwd = repository root, relative path)."""
    here = Path.cwd()
    os.chdir(repo)
    try:
        return run([Path(name)], NO_RULES, RunOptions(check=True, index=repo / "index.sqlite"))
    finally:
        os.chdir(here)


def _messages(summary) -> list[str]:
    return [str(f) for r in summary.files for f in r.findings]


def test_plan_builds_new_and_changed_and_forgets_removed():
    plan = SyncPlan.between({"a.txt": "1", "b.txt": "2", "gone.txt": "3"}, {"a.txt": "1", "b.txt": "9", "c.txt": "4"})
    assert plan.build == ("b.txt", "c.txt")
    assert plan.forget == ("b.txt", "gone.txt")
    assert SyncPlan.between({"a.txt": "1"}, {"a.txt": "1"}) == SyncPlan((), ())


def test_first_sync_builds_every_committed_file_then_is_a_no_op(repo):
    first = _sync(repo)
    assert first.built == ("old.txt", "other.txt")
    assert sorted(_rows(repo, "SELECT name, file FROM docs")) == [("old.txt", "old.txt"), ("other.txt", "other.txt")]
    second = _sync(repo)
    assert not second.changed


def test_staged_copy_of_a_committed_paragraph_is_flagged_and_check_is_repeatable(repo):
    _sync(repo)
    (repo / "new.txt").write_text(f"Une reprise sous un autre titre\n\n{P3}\n\n{P1}\n", encoding="utf-8")
    answers = []
    for _ in range(3):
        report = _sync(repo)
        answers.append(_messages(_check(repo, "new.txt")))
    assert answers[0] == answers[1] == answers[2]
    assert any(m.startswith("new.txt:5: duplicate (") for m in answers[0])
    assert not any(":3: " in m for m in answers[0])  # its own new paragraph is kept
    assert report.strays == 1  # the previous run's staged text, dropped before checking again


def test_a_file_never_matches_its_own_committed_version(repo):
    _sync(repo)
    (repo / "old.txt").write_text(f"Premier titre de la journée\n\n{P1}\n\n{P3}\n", encoding="utf-8")
    assert _messages(_check(repo, "old.txt")) == []
    near = P1.replace("grande victoire", "victoire totale")  # a near copy of its own old text
    (repo / "old.txt").write_text(f"Premier titre de la journée\n\n{near}\n", encoding="utf-8")
    assert _messages(_check(repo, "old.txt")) == []
    (repo / "other.txt").write_text(f"Un second titre bien distinct\n\n{P2}\n\n{P1}\n", encoding="utf-8")
    messages = _messages(_check(repo, "other.txt"))  # the near path does see other documents
    assert any(m.startswith("other.txt:5: duplicate (dedup.near") for m in messages), messages
    # the staged text replaced the committed one: the next sync rebuilds old.txt from HEAD
    assert _sync(repo).built == ("old.txt", "other.txt")


def test_changed_file_loses_its_old_entries(repo):
    _sync(repo)
    (repo / "old.txt").write_text(f"Premier titre de la journée\n\n{P3}\n", encoding="utf-8")
    _commit(repo)
    report = _sync(repo)
    assert report.built == ("old.txt",) and report.forgotten == ("old.txt",)
    (repo / "new.txt").write_text(f"Une reprise sous un autre titre\n\n{P2}\n\n{P1}\n", encoding="utf-8")
    messages = _messages(_check(repo, "new.txt"))
    assert any(m.startswith("new.txt:3: duplicate (") for m in messages)  # P2 still committed
    assert not any(m.startswith("new.txt:5:") for m in messages)  # P1 left the corpus


def test_deleted_file_is_dropped_with_its_counts(repo):
    _sync(repo)
    (repo / "other.txt").unlink()
    _commit(repo)
    report = _sync(repo)
    assert report.forgotten == ("other.txt",) and report.built == ()
    assert _rows(repo, "SELECT name FROM docs") == [("old.txt",)]
    assert _rows(repo, "SELECT COUNT(*) FROM seen s LEFT JOIN docs d ON d.id = s.doc WHERE d.id IS NULL") == [(0,)]
    assert _rows(repo, "SELECT COUNT(*) FROM bumps b LEFT JOIN docs d ON d.id = b.doc WHERE d.id IS NULL") == [(0,)]


def test_repeat_counts_come_back_when_a_document_is_dropped(repo):
    """The template policy counts documents; a dropped document must give its count back."""
    line = "Le conseil municipal examinera jeudi le projet de rénovation du vieux marché couvert"
    for name in ("t1.txt", "t2.txt"):
        (repo / name).write_text(f"{name} titre unique {name}\n\n{line}\n", encoding="utf-8")
    _commit(repo)
    _sync(repo)
    counts = _rows(repo, "SELECT same_docs FROM seen WHERE same_docs > 1")
    assert counts == [(2,)]
    (repo / "t2.txt").unlink()
    _commit(repo)
    _sync(repo)
    assert _rows(repo, "SELECT same_docs FROM seen WHERE same_docs > 1") == []


def test_jsonl_documents_are_named_like_run_names_them():
    data = b'{"id": "r1", "text": "Bonjour"}\nnot json\n{"id": "r2", "text": "Au revoir"}\n'
    docs = read_documents("sub/feed.jsonl", data)
    assert [d.id for d in docs] == ["sub/feed.jsonl#r1", "sub/feed.jsonl#r2"]
    assert read_documents("sub/a.txt", "été".encode("utf-8"))[0].id == "sub/a.txt"


def test_memory_off_when_cross_document_dedup_is_off(repo):
    from cleaner.dedup.config import DedupConfig

    config = Config(rules=RulesConfig(enabled=False), dedup=DedupConfig(across_documents=False))
    assert not _sync(repo, config).changed
    assert not (repo / "index.sqlite").exists()


def _hook_check(repo: Path, *names: str) -> int:
    from cleaner.hook import check_main

    here = Path.cwd()
    os.chdir(repo)
    try:
        return check_main(list(names))
    finally:
        os.chdir(here)


def test_all_files_run_keeps_unchanged_files_indexed_as_committed(repo, capsys):
    assert _hook_check(repo, "old.txt", "other.txt") == 0  # builds the memory, then checks
    assert _rows_at(repo / ".cleaner" / "index.sqlite", "SELECT COUNT(*) FROM docs WHERE file IS NULL") == [(0,)]
    index = repo / ".cleaner" / "index.sqlite"
    config = NO_RULES
    again = sync_index(index, repo, config, committed_files(repo, config))
    assert not again.changed  # nothing to rebuild after checking files identical to HEAD


def test_hook_names_files_from_the_root_and_flags_a_republished_paragraph(repo, capsys):
    (repo / "sub").mkdir()
    own = "Un paragraphe propre à cette reprise, écrit par la rédaction qui la publie ce jour-là, et nulle part ailleurs."
    (repo / "sub" / "new.txt").write_text(f"Une reprise sous un autre titre\n\n{P1}\n\n{own}\n", encoding="utf-8")
    assert _hook_check(repo, str(repo / "sub" / "new.txt")) == 1  # (headline + P1 alone: a copy of old.txt, as a whole)
    out = capsys.readouterr().out
    assert "sub/new.txt:3: duplicate (" in out and "old.txt:" not in out.replace("sub/new.txt", "")


def _sync_in_process(repo: str, ready: Barrier) -> None:
    ready.wait(240)  # both workers imported: they open the new index and build at the same moment
    _sync(Path(repo))


def test_two_concurrent_syncs_build_each_file_once(repo):
    """Two syncs of a repository without an index, started together (two hook runs): each file's
    documents are in the index once, and a third sync has nothing to do.

    The barrier makes both open the index at once, whatever the machine's load: started one
    after the other, a loaded machine could let the first finish before the second began (then
    nothing here was concurrent), and the same openings twice in a row are what once failed
    (`test_opening_a_new_index_waits_for_another_opener`)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(2)
    workers = [context.Process(target=_sync_in_process, args=(str(repo), ready)) for _ in range(2)]
    for worker in workers:
        worker.start()
    try:
        for worker in workers:
            worker.join(300)  # a bound for a hung worker only: each takes seconds, even on a loaded box
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
    assert [w.exitcode for w in workers] == [0, 0]  # a worker's traceback is on the captured stderr
    assert sorted(_rows(repo, "SELECT name, file FROM docs")) == [("old.txt", "old.txt"), ("other.txt", "other.txt")]
    assert not _sync(repo).changed


def test_opening_a_new_index_waits_for_another_opener(tmp_path, monkeypatch):
    """A process opening the index while another one is still creating it (a write transaction
    on the new file, before WAL mode) waits for it, as for any other lock: SQLite refuses the
    journal switch at once rather than wait, and a sync beside another one failed with
    "database is locked" about once in 300 such openings. The other opener finishes while
    this one waits (its first pause), whatever the machine's load."""
    import time

    from cleaner.dedup import index_params
    from cleaner.dedup.store import IndexStore

    path = tmp_path / "index.sqlite"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
    waits = []

    def wait(seconds: float) -> None:
        if not waits:
            other.execute("COMMIT")
        waits.append(seconds)

    monkeypatch.setattr(time, "sleep", wait)
    try:
        IndexStore(path, index_params(NO_RULES.dedup)).close()
    finally:
        other.close()
    assert waits  # it did meet the other opener's lock
    assert _rows_at(path, "PRAGMA journal_mode") == [("wal",)]


@pytest.mark.parametrize("include", [("*.txt", "*.jsonl"), ("sub/*",), ("*",), ("[ab]*.txt",), ()])
@pytest.mark.parametrize("exclude", [(), ("drafts/*",), ("*.jsonl",), ("a?.txt",)])
def test_committed_file_selection_matches_the_input_selection(include, exclude):
    from pathlib import PurePosixPath

    from cleaner.hook import path_selector
    from cleaner.io.inputs import _selected

    selected = path_selector(include, exclude)
    for path in ("a.txt", "b.jsonl", "sub/a.txt", "sub/x/y.html", "drafts/z.txt", "ab.txt", "c.md", "sub/b.jsonl"):
        assert selected(path) == _selected(PurePosixPath(path), include, exclude), path


def test_parallel_build_gives_the_same_index(repo, monkeypatch):
    import cleaner.dedup.memory as memory

    (repo / "copy.txt").write_text(f"Encore un titre different\n\n{P1}\n\n{P3}\n", encoding="utf-8")
    _commit(repo)
    config = NO_RULES
    committed = committed_files(repo, config)
    monkeypatch.setattr(memory, "PARALLEL_MIN_FILES", 1)
    contents = []
    for jobs, name in ((1, "serial.sqlite"), (2, "parallel.sqlite")):
        assert sync_index(repo / name, repo, config, committed, jobs=jobs).built == ("copy.txt", "old.txt", "other.txt")
        contents.append(_rows_at(repo / name, "SELECT s.key, d.name, s.start, s.end, s.same_docs, s.other_docs FROM seen s JOIN docs d ON d.id = s.doc ORDER BY s.key"))
    assert contents[0] == contents[1] and contents[0]


def test_an_interrupted_sync_leaves_whole_files_and_the_next_one_finishes(repo, monkeypatch):
    import cleaner.dedup.memory as memory

    real = memory.read_documents

    def failing(name: str, data: bytes, *rest):
        if name == "other.txt":
            raise KeyboardInterrupt  # the user pressed Ctrl-C while other.txt was being built
        return real(name, data, *rest)

    monkeypatch.setattr(memory, "read_documents", failing)
    with pytest.raises(KeyboardInterrupt):
        _sync(repo)
    assert _rows(repo, "SELECT name, blob IS NOT NULL FROM files") == [("old.txt", 1)]
    monkeypatch.setattr(memory, "read_documents", real)
    assert _sync(repo).built == ("other.txt",)
    assert sorted(_rows(repo, "SELECT name, file FROM docs")) == [("old.txt", "old.txt"), ("other.txt", "other.txt")]


def test_a_renamed_file_is_not_a_duplicate_of_its_old_path(repo, capsys):
    """`git mv` stages a deletion and an addition: the old path leaves the memory for this commit."""
    _git(repo, "mv", "old.txt", "moved.txt")
    assert _hook_check(repo, "moved.txt") == 0
    assert "duplicate" not in capsys.readouterr().out
    (repo / "copy.txt").write_text(f"Une reprise sous un autre titre\n\n{P2}\n", encoding="utf-8")
    _git(repo, "add", "copy.txt")
    assert _hook_check(repo, "copy.txt") == 1  # other.txt is still committed: a real copy is still caught


def test_an_empty_staged_file_passes_with_a_note(repo, capsys):
    """The fixer empties a page that was all boilerplate; committing that output must pass."""
    (repo / "blank.txt").write_text("", encoding="utf-8")
    _git(repo, "add", "blank.txt")
    assert _hook_check(repo, "blank.txt") == 0
    assert "blank.txt: empty: nothing to clean" in capsys.readouterr().out


def test_the_hook_rebuilds_a_memory_of_another_format_or_configuration(repo, capsys):
    """The corpus memory is the hook's cache: after an upgrade (index format) or an edited
    cleaner.toml (dedup parameters), the hook rebuilds it instead of failing on every commit."""
    from cleaner.hook import INDEX_DIR, INDEX_FILE, corpus_memory

    index = corpus_memory(repo, NO_RULES)
    assert index == repo / INDEX_DIR / INDEX_FILE
    db = sqlite3.connect(index)
    with db:
        db.execute("UPDATE meta SET value = '1' WHERE name = 'version'")
    db.close()
    corpus_memory(repo, NO_RULES)
    assert "corpus memory: rebuilt (this configuration wants version=" in capsys.readouterr().err
    assert ("version", FORMAT_VERSION) in _rows_at(index, "SELECT name, value FROM meta")
    assert sorted(_rows_at(index, "SELECT name FROM docs")) == [("old.txt",), ("other.txt",)]
    other = Config(rules=RulesConfig(enabled=False), dedup=DedupConfig(shingle_words=3))
    corpus_memory(repo, other)
    assert "shingle_words=3" in capsys.readouterr().err
    assert ("shingle_words", "3") in _rows_at(index, "SELECT name, value FROM meta")
