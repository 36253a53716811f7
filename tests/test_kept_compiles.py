"""What is kept in the cache folder between runs, compiled rule patterns (compiled.py) and
parsed TOML files (tomlfile.py), gives what working it out again gives; a damaged file is worked
out again, a folder that cannot be written is no error, a bad pattern or file fails as before."""

from __future__ import annotations

import datetime
import marshal
import re
import tomllib
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.errors import ConfigError
from cleaner.pipeline import Cleaner
from cleaner.types import Document
from cleaner import compiled
from cleaner.rules.engine import RuleEngine
from cleaner.rules.loader import default_rule_files
from cleaner.rules.matchers import _alternation, _guarded
from cleaner.tomlfile import read_toml


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    return tmp_path


def _rule_patterns() -> list[str]:
    engine = RuleEngine()
    matchers = [engine._lines, engine._inside, engine._blocks, *engine._matchers_of("")]
    patterns = {_guarded(rule) for matcher in matchers for rule in matcher._entries}
    patterns.add(_alternation(list(enumerate(engine._lines._entries[:40]))).pattern)  # type: ignore[union-attr]
    return sorted(patterns)


def _same(built: re.Pattern[str], pattern: str) -> bool:
    expected = re.compile(pattern)
    return built == expected and (built.flags, built.groups, dict(built.groupindex)) == (expected.flags, expected.groups, dict(expected.groupindex))


def test_every_rule_pattern_built_from_kept_code_equals_re_compile(folder: Path) -> None:
    patterns = _rule_patterns()
    cold = compiled.PatternStore(compiled._store_file())
    assert all(_same(cold.compile(p), p) for p in patterns)  # `==` compares pattern, flags and SRE code
    cold._save()
    warm = compiled.PatternStore(compiled._store_file())
    assert all(_same(warm.compile(p), p) for p in patterns)
    assert warm._new == 0  # every one built from the file
    assert warm.compile("(?i:^Share this)").match("share this article") is not None


def test_a_module_pattern_is_kept_at_once_in_a_file_of_its_own(folder: Path) -> None:
    """`kept`: a module's pattern is written at once (a new version's few must not wait for a
    quarter more, compiled again by every run), in a file the rules' patterns do not share."""
    pattern = r"(?:[^\W\d_]+\s){2}x"
    built = compiled.kept(pattern, re.IGNORECASE)
    assert built == re.compile(pattern, re.IGNORECASE)
    (path,) = folder.glob("modules-*.marshal")
    assert not list(folder.glob("patterns-*.marshal"))
    again = compiled.PatternStore(path)
    assert again.compile(pattern, re.IGNORECASE) == built and again._new == 0  # built from the file


def test_a_damaged_file_or_entry_is_compiled_again(folder: Path) -> None:
    store = compiled.PatternStore(compiled._store_file())
    store.compile("^abc$")
    store._save()
    (path,) = folder.glob("patterns-*.marshal")
    path.write_bytes(b"\x00not marshal")
    again = compiled.PatternStore(path)
    assert _same(again.compile("^abc$"), "^abc$")
    path.write_bytes(marshal.dumps({("^abc$", 0): (32, 1, {}, b"\xff\xff\xff\xff")}))  # code _sre refuses
    foreign = compiled.PatternStore(path)
    assert _same(foreign.compile("^abc$"), "^abc$")


def test_code_that_rebuilds_otherwise_than_re_is_never_kept(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Python whose private `re` halves work otherwise (another `_sre.compile` signature)
    would rebuild a different pattern from the same entry: such entries are not kept."""
    monkeypatch.setattr(compiled, "_built", lambda pattern, entry: re.compile("^other$"))
    store = compiled.PatternStore(compiled._store_file())
    assert _same(store.compile("^abc$"), "^abc$")
    assert store._new == 0 and not store._load()


def test_a_runs_new_patterns_are_kept_at_its_end(folder: Path) -> None:
    """A run that met fewer new patterns than a quarter of the store wrote none of them, and
    every later run compiled them again: its end writes them (`save_new`, from `_FIRST_SAVE`
    of them; fewer cost less to compile again than the write)."""
    store = compiled.PatternStore(compiled._store_file())
    for n in range(40):
        store.compile(f"^old{n}$")
    store._save()
    (path,) = folder.glob("patterns-*.marshal")
    run = compiled.PatternStore(path)
    for n in range(compiled._FIRST_SAVE - 1):
        run.compile(f"^few{n}$")
    run.save_new()
    assert len(marshal.loads(path.read_bytes())) == 40  # too few to write
    run.compile("^one more$")  # `_FIRST_SAVE` new ones now, short of a quarter of 40 + 8
    assert len(marshal.loads(path.read_bytes())) == 40
    run.save_new()
    later = compiled.PatternStore(path)
    assert _same(later.compile("^one more$"), "^one more$") and _same(later.compile("^few0$"), "^few0$")
    assert later._new == 0  # built from the file


def test_a_cleaner_keeps_the_patterns_it_compiled_when_closed(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved: list[bool] = []
    monkeypatch.setattr(compiled.PatternStore, "save_new", lambda self: saved.append(True))
    store = compiled.pattern_store()
    store.compile("^x$")
    with Cleaner(Config()) as cleaner:
        cleaner.clean(Document(id="a", text="Text.\n"))
        assert not saved
    assert saved


def test_a_bad_pattern_raises_as_before(folder: Path) -> None:
    with pytest.raises(re.error):
        compiled.PatternStore(compiled._store_file()).compile("(unclosed")


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(blocked / "sub"))
    store = compiled.PatternStore(compiled._store_file())
    for n in range(compiled._FIRST_SAVE + 1):  # enough to try a write
        assert store.compile(f"^x{n}$").match(f"x{n}")
    assert read_toml(default_rule_files()[0], "rule file")["language"]


def test_a_kept_toml_table_is_the_parsed_one(folder: Path) -> None:
    path = next(p for p in default_rule_files() if p.stem == "en")
    first = read_toml(path, "rule file")
    assert len(list(folder.glob("toml-*.marshal"))) == 1
    assert read_toml(path, "rule file") == first
    with open(path, "rb") as handle:
        assert first == tomllib.load(handle)
    (kept,) = folder.glob("toml-*.marshal")
    kept.write_bytes(b"\x00damaged")
    assert read_toml(path, "rule file") == first


def test_bad_or_dated_toml_files(folder: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("a = [1,\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        read_toml(bad, "rule file")
    dated = tmp_path / "dated.toml"
    dated.write_text("when = 2026-12-06\n")
    assert read_toml(dated, "config")["when"] == datetime.date(2026, 12, 6)  # marshal cannot keep it: parsed each time
    assert not list(folder.glob("toml-*.marshal"))
