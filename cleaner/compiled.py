"""Rule patterns, and the costliest patterns of cleaner's own modules, compiled once per machine
instead of once per run.

The matchers compile each rule on first need: 368 patterns, 0.35 of the 4.6 CPU s of a
400-record `cleaner clean` (and 40 for a single page, 0.05 s), most of it in `re`'s parser and
code generator, which are Python. What they produce for a pattern, its SRE code, depends on the
pattern, its flags and the Python build alone, so it is kept in a file of the cache folder
(`cachedir.py`), named by a digest of the Python version and of the engine's code format
(`_sre.MAGIC`, `_sre.CODESIZE`): another Python gets its own file, never foreign code. A pattern
met again is built from its kept code by `_sre.compile`, what `re.compile` itself ends with
(its code checked there): the same pattern object, equal to `re.compile`'s (`==` compares
pattern, flags and code). An entry is kept only once its rebuilt pattern has compared equal to
`re.compile`'s, so a Python whose private halves work otherwise keeps nothing. A missing, damaged or foreign file, or a kept entry `_sre` refuses,
is compiled by `re` as before.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from array import array
from pathlib import Path

import _sre

from .cachedir import cache_folder, prune, write_whole

try:  # re's private halves; without them, every pattern goes through re.compile
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_compiler = _sre_parser = None

_VERSION = 1  # bump when what an entry holds changes
_KEPT_FILES = 4  # one file per Python build met lately
_MAX_ENTRIES = 20_000  # past this, a file keeps only the patterns of the run writing it (~4 MB a 1,000 rules)
_FIRST_SAVE = 8  # new patterns before the first write of a run; then each time they add a quarter
# and at the run's end (`save_new`), from so many unsaved ones: fewer cost less to compile again
_CODE = "I" if _sre.CODESIZE == 4 else "L"

# (pattern, flags) -> (flags with the pattern's own, groups, group names, SRE code as bytes)
_Entry = tuple[int, int, dict[str, int], bytes]


class PatternStore:
    """The kept code of compiled patterns, read from `path` on first need and written back when
    a run compiled enough new ones (each write holds every entry: a quarter more at least, so
    a cold start writes a few times and a warm one never), and at the run's end (`save_new`)."""

    def __init__(self, path: Path | None, every_new: bool = False):
        """`every_new`: written at each new pattern (a store of a fixed set of patterns, small:
        met again by every run, each must be kept at once, not once a quarter more came)."""
        self._path = path
        self._every_new = every_new
        self._entries: dict[tuple[str, int], _Entry] | None = None
        self._used: set[tuple[str, int]] = set()
        self._new = 0

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the kept code when there is some."""
        entries = self._load()
        key = (pattern, flags)
        found = entries.get(key)
        if found is not None:
            built = _built(pattern, found)
            if built is not None:
                self._used.add(key)
                return built
        compiled = re.compile(pattern, flags)
        entry = _entry(pattern, flags)
        if entry is None or _built(pattern, entry) != compiled:
            return compiled  # re's private halves changed their ways: nothing kept, nothing trusted
        entries[key] = entry
        self._used.add(key)
        self._new += 1
        if self._every_new or self._new >= max(_FIRST_SAVE, len(entries) // 4):
            self._save()
        return compiled

    def save_new(self) -> None:
        """Write the patterns compiled since the last write, when they are `_FIRST_SAVE` or more.

        Without it, the new patterns of a run short of a quarter of the store were never kept:
        a run meeting the same ones (the same corpus, the same kind of pages) compiled them all
        again, every time (71 of the 375 patterns of a 100-record run, 0.085 CPU s, ~5% of it)."""
        if self._new >= _FIRST_SAVE:
            self._save()

    def _load(self) -> dict[tuple[str, int], _Entry]:
        if self._entries is None:
            self._entries = {}
            if self._path is not None:
                try:
                    stored = marshal.loads(self._path.read_bytes())
                    if isinstance(stored, dict):
                        self._entries = stored
                except (OSError, EOFError, ValueError, TypeError):
                    pass  # none yet, or damaged: compiled again, and written anew
        return self._entries

    def _save(self) -> None:
        self._new = 0
        if self._path is None or self._entries is None:
            return
        if len(self._entries) > _MAX_ENTRIES:
            self._entries = {key: self._entries[key] for key in self._used}
        if write_whole(self._path, marshal.dumps(self._entries)):
            prune(self._path, f"{self._path.name.split('-')[0]}-*.marshal", _KEPT_FILES)


def _entry(pattern: str, flags: int) -> _Entry | None:
    """What `re` works out for the pattern (its parse and code), or None when `re`'s private
    halves are not there or answer otherwise than expected."""
    if _sre_parser is None or _sre_compiler is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern, flags)
        code = _sre_compiler._code(parsed, flags)
        state = parsed.state
        return flags | state.flags, state.groups, dict(state.groupdict), array(_CODE, code).tobytes()
    except Exception:  # noqa: BLE001 - a bad pattern: re.compile raises it as it always did
        return None


def _built(pattern: str, entry: _Entry) -> re.Pattern[str] | None:
    """The pattern object for kept code, or None when `_sre` refuses it."""
    try:
        flags, groups, names, code = entry
        index_names: list[str | None] = [None] * groups
        for name, index in names.items():
            index_names[index] = name
        return _sre.compile(pattern, flags, array(_CODE, code).tolist(), groups - 1, names, tuple(index_names))
    except Exception:  # noqa: BLE001 - damaged or foreign: compiled by re instead
        return None


def _store_file(kind: str = "patterns") -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{_VERSION}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0".encode()).hexdigest()[:24]
    return folder / f"{kind}-{digest}.marshal"


_stores: dict[Path | None, PatternStore] = {}


def save_new() -> None:
    """`PatternStore.save_new` of every store this process used: called when a run ends."""
    for store in _stores.values():
        store.save_new()


def pattern_store() -> PatternStore:
    """The store of the current cache folder (one per folder and process)."""
    path = _store_file()
    store = _stores.get(path)
    if store is None:
        store = _stores[path] = PatternStore(path)
    return store


def kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for a module's own pattern, from the kept code: the patterns built from the
    combining marks' class (words.MARKS, ~2,000 characters of ranges) cost `re` 2-5 ms each to
    compile, and the ~30 costliest of them were a sixth of what importing cleaner costs,
    paid by every run and every pre-commit hook. They have a store of their own, written at
    each new one: in the rules' store, written once a quarter more patterns came, a new
    version's few would have waited, compiled again (and checked) by every run."""
    path = _store_file("modules")
    store = _stores.get(path)
    if store is None:
        store = _stores[path] = PatternStore(path, every_new=True)
    return store.compile(pattern, int(flags))
