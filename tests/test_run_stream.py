"""A run writes its outputs as a stream: the "changed" flag without keeping files, temp files
that never outlive a failure, findings bounded per file, and bad lines that cross to workers."""

import json
import os
from pathlib import Path

import pytest

import cleaner.run as run_module
from cleaner.config import Config
from cleaner.run import EXIT_BAD_INPUT, RunOptions, run

SENTENCE = "Le dirigeant a rencontré son homologue pendant deux heures au Kremlin mardi soir, selon l'agence."
CLEAN_RECORD = {"id": "c", "text": SENTENCE + "\n"}  # canonical: clean text ends with a newline
JUNK = "Facebook\nTwitter\nLinkedIn\nPinterest"


def _jsonl(path: Path, records: list, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*.tmp"))


WORDS = "maire budget école rivière tribunal usine hôpital récolte concert stade musée grève".split()


def _records_with_junk(count: int) -> list[dict]:
    """Distinct articles (no two share a sentence), each followed by a share-button menu."""
    records = []
    for i in range(count):
        words = [WORDS[(i * 7 + k * 5) % len(WORDS)] for k in range(6)]
        body = f"Article {i}: le {words[0]} et le {words[1]} de la ville {i} ont annoncé un accord sur le {words[2]}."
        body += f" Le {words[3]} attend la décision du {words[4]} avant la fin du mois {i + 1} pour le {words[5]}."
        records.append({"id": i, "text": f"{body}\n{JUNK}"})
    return records


def test_unchanged_file_is_not_changed_and_not_rewritten_in_place(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", [CLEAN_RECORD])
    before = src.stat()
    summary = run([src], Config(), RunOptions(in_place=True))
    [result] = summary.files
    assert not result.changed and result.bytes_in == result.bytes_out == before.st_size
    after = src.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert _temp_files(tmp_path) == []


def test_changed_file_is_flagged_and_rewritten_in_place(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", _records_with_junk(2))
    summary = run([src], Config(), RunOptions(in_place=True))
    [result] = summary.files
    assert result.changed and result.bytes_out < result.bytes_in
    assert "Pinterest" not in src.read_text(encoding="utf-8") and _temp_files(tmp_path) == []


def test_a_whitespace_only_change_counts_as_changed(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(SENTENCE + "   \n\n\n", encoding="utf-8")
    [result] = run([src], Config(), RunOptions(check=True)).files
    assert result.changed and [str(f) for f in result.findings] == [f"{src.as_posix()}:1: not in canonical form (whitespace or encoding)"]


def test_check_writes_nothing(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", _records_with_junk(3))
    data = src.read_bytes()
    summary = run([src], Config(), RunOptions(check=True))
    assert summary.files[0].changed and src.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl"]


def test_whole_file_duplicate_text_is_not_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    (src / "b.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run([src], Config(), RunOptions(output=out))
    assert [r.duplicate_of for r in summary.files] == [None, (src / "a.txt").as_posix()]
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"]


def test_a_failure_mid_file_leaves_no_temp_file_and_the_old_output(tmp_path, monkeypatch):
    src = _jsonl(tmp_path / "c.jsonl", _records_with_junk(5))
    dest = tmp_path / "out.jsonl"
    dest.write_text("previous run\n", encoding="utf-8")
    calls = []

    def failing_line(doc):
        calls.append(doc.id)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        return (json.dumps({"id": doc.id}) + "\n").encode()

    monkeypatch.setattr(run_module, "output_bytes", failing_line)
    monkeypatch.setattr(run_module, "OutputStream", _tiny_spill(run_module.OutputStream))  # temp exists before the failure
    with pytest.raises(RuntimeError):
        run([src], Config(), RunOptions(output=dest))
    assert dest.read_text(encoding="utf-8") == "previous run\n" and _temp_files(tmp_path) == []


def _tiny_spill(cls):
    def make(target, **options):
        return cls(target, spill=1, **options)

    return make


def test_a_file_failing_after_some_records_is_skipped_whole_and_the_run_goes_on(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = _jsonl(folder / "a.jsonl", _records_with_junk(4))
    good = _jsonl(folder / "b.jsonl", [CLEAN_RECORD])
    real_reader = run_module.read_jsonl

    def reader_failing_late(item, lines, html_field=None, **options):
        for number, record in enumerate(real_reader(item, lines, html_field, **options)):
            if item.path == bad and number == 2:
                raise run_module.InputError(item.display, "cannot read (device vanished)")
            yield record

    monkeypatch.setattr(run_module, "read_jsonl", reader_failing_late)
    monkeypatch.setattr(run_module, "OutputStream", _tiny_spill(run_module.OutputStream))
    out = tmp_path / "out"
    summary = run([folder], Config(), RunOptions(output=out))
    assert summary.exit_code(False) == EXIT_BAD_INPUT
    assert [p.reason for p in summary.problems] == ["cannot read (device vanished)"]
    assert [r.file for r in summary.files] == [good.as_posix()]
    assert sorted(p.name for p in out.iterdir()) == ["b.jsonl"]  # no partial a.jsonl, no temp file


def test_findings_are_bounded_per_file_and_counted(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", _records_with_junk(6))
    full = run([src], Config(), RunOptions(check=True)).files[0]
    bounded = run([src], Config(), RunOptions(check=True, max_findings=3)).files[0]
    assert full.finding_count == len(full.findings) > 3 and full.findings_omitted == 0
    assert bounded.findings == full.findings[:3]
    assert bounded.finding_count == full.finding_count and bounded.removals == full.removals


def test_bad_lines_are_bounded_in_the_summary_but_all_reported_and_passed_through(tmp_path):
    bad_lines = tuple(f"not json {i}" for i in range(7))
    src = _jsonl(tmp_path / "c.jsonl", [CLEAN_RECORD], bad_lines)
    report = tmp_path / "report.jsonl"
    dest = tmp_path / "out.jsonl"
    summary = run([src], Config(), RunOptions(output=dest, report=report, max_findings=2))
    assert len(summary.problems) == 2 and summary.problems_omitted == 5 and summary.problem_count == 7
    assert summary.exit_code(False) == EXIT_BAD_INPUT
    skipped = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in skipped if r["kind"] == "skipped"] == [f"{src.as_posix()}:{n}" for n in range(2, 9)]
    assert dest.read_text(encoding="utf-8").splitlines()[1:] == list(bad_lines)


def test_undecodable_line_passes_through_byte_for_byte(tmp_path):
    bad = b'{"id": 2, "text": "' + bytes(range(128, 256)) + b'"}'
    src = tmp_path / "c.jsonl"
    src.write_bytes(json.dumps(CLEAN_RECORD, ensure_ascii=False).encode() + b"\n" + bad + b"\n")
    dest = tmp_path / "out.jsonl"
    summary = run([src], Config(), RunOptions(output=dest))
    assert [p.item for p in summary.problems] == [f"{src.as_posix()}:2"]
    assert dest.read_bytes() == src.read_bytes() and not summary.files[0].changed


def test_bad_lines_and_bad_files_cross_to_worker_processes(tmp_path):
    """Stream items are pickled for `--jobs 2`; an exception value in them used to hang the pool."""
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", _records_with_junk(3), ("not json", "[1]"))
    (folder / "b.jsonl").write_bytes(b"")
    (folder / "c.txt").write_text("Un texte tout autre, sur la pluie et le beau temps à la campagne.\n" + JUNK + "\n", encoding="utf-8")
    outputs = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        summary = run([folder], Config(), RunOptions(output=out, jobs=jobs))
        outputs[jobs] = ({p.name: p.read_bytes() for p in out.iterdir()}, [str(p) for p in summary.problems])
    assert outputs[1] == outputs[2]
    assert sorted(outputs[1][0]) == ["a.jsonl", "c.txt"] and len(outputs[1][1]) == 3


def test_output_of_a_new_file_has_ordinary_permissions(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", [CLEAN_RECORD])
    dest = tmp_path / "out.jsonl"
    run([src], Config(), RunOptions(output=dest))
    umask = os.umask(0)
    os.umask(umask)
    assert dest.stat().st_mode & 0o777 == 0o666 & ~umask



def test_memory_does_not_grow_with_the_size_of_a_jsonl_file(tmp_path):
    """Rules and dedup off: what is left to hold is the reader's and the writer's, per record."""
    import tracemalloc

    from cleaner.dedup.config import DedupConfig
    from cleaner.rules.config import RulesConfig

    config = Config(rules=RulesConfig(enabled=False), dedup=DedupConfig(enabled=False))
    peaks = []
    for count in (100, 1500):
        src = _jsonl(tmp_path / f"c{count}.jsonl", [{"id": i, "text": f"Ligne {i} " + "mot " * 300} for i in range(count)])
        run([src], config, RunOptions(output=tmp_path / f"o{count}.jsonl"))  # warm caches first
        tracemalloc.start()
        run([src], config, RunOptions(output=tmp_path / f"o{count}.jsonl"))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert (tmp_path / "c1500.jsonl").stat().st_size > 1_500_000
    assert peaks[1] < peaks[0] + 1_000_000, peaks  # the whole-file reader and writer held ~4x the file
