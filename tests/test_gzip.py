"""Gzip-compressed corpora: `x.jsonl.gz`, `x.txt.gz`, `x.html.gz` are read as streams and cleaned
like their plain selves; outputs named `*.gz` are written compressed, byte-identical run to run."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from cleaner.cli import app

ROOT = Path(__file__).resolve().parent.parent
JSONL = ROOT / "fixtures" / "corpus" / "jsonl" / "crawl.jsonl"
TEXT = ROOT / "seeds" / "001_585dd3f22d3e37c1.txt"
HTML = ROOT / "fixtures" / "html" / "amp_story.html"


def _gz(source: Path, target: Path) -> Path:
    target.write_bytes(gzip.compress(source.read_bytes()))
    return target


def _clean(runner, *args: str) -> int:
    result = runner.invoke(app, ["clean", *args, "-q"])
    return result.exit_code


def test_compressed_inputs_come_out_compressed_and_equal_to_the_plain_run(runner, tmp_path):
    plain, packed = tmp_path / "plain", tmp_path / "packed"
    plain.mkdir()
    packed.mkdir()
    for source, name in ((JSONL, "c.jsonl"), (TEXT, "a.txt"), (HTML, "p.html")):
        shutil.copy(source, plain / name)
        _gz(source, packed / f"{name}.gz")
    assert _clean(runner, str(plain), "-o", str(tmp_path / "out_plain")) == 0
    assert _clean(runner, str(packed), "-o", str(tmp_path / "out_packed")) == 0
    for name in ("c.jsonl", "a.txt", "p.txt"):
        expected = (tmp_path / "out_plain" / name).read_bytes()
        assert gzip.decompress((tmp_path / "out_packed" / f"{name}.gz").read_bytes()) == expected


def test_compressed_output_bytes_carry_no_name_nor_time(runner, tmp_path):
    source = _gz(JSONL, tmp_path / "c.jsonl.gz")
    assert _clean(runner, str(source), "-o", str(tmp_path / "one.jsonl.gz")) == 0
    assert _clean(runner, str(source), "-o", str(tmp_path / "two.jsonl.gz")) == 0
    one = (tmp_path / "one.jsonl.gz").read_bytes()
    assert one == (tmp_path / "two.jsonl.gz").read_bytes()
    assert one[3] & 0x08 == 0 and one[4:8] == b"\0\0\0\0"  # no FNAME flag, MTIME 0


def test_a_plain_input_can_be_written_compressed(runner, tmp_path):
    assert _clean(runner, str(JSONL), "-o", str(tmp_path / "plain.jsonl")) == 0
    assert _clean(runner, str(JSONL), "-o", str(tmp_path / "packed.jsonl.gz")) == 0
    assert gzip.decompress((tmp_path / "packed.jsonl.gz").read_bytes()) == (tmp_path / "plain.jsonl").read_bytes()


def test_in_place_rewrites_a_compressed_file_and_a_rerun_changes_nothing(runner, tmp_path):
    source = _gz(JSONL, tmp_path / "c.jsonl.gz")
    assert _clean(runner, str(source), "--in-place") == 0
    cleaned = source.read_bytes()
    assert gzip.decompress(cleaned) != JSONL.read_bytes()
    assert _clean(runner, str(source), "--in-place", "--fail-on-change") == 0
    assert source.read_bytes() == cleaned


def test_damaged_or_truncated_gzip_is_reported_skipped_and_left_as_it_was(runner, tmp_path):
    truncated = tmp_path / "t.jsonl.gz"
    truncated.write_bytes(gzip.compress(JSONL.read_bytes())[:300])
    damaged = tmp_path / "d.txt.gz"
    damaged.write_bytes(b"not gzip at all")
    before = truncated.read_bytes(), damaged.read_bytes()
    result = runner.invoke(app, ["clean", str(truncated), str(damaged), "--in-place"])
    assert result.exit_code == 3
    assert "t.jsonl.gz: skipped: damaged gzip data" in result.output
    assert "d.txt.gz: skipped: damaged gzip data" in result.output
    assert (truncated.read_bytes(), damaged.read_bytes()) == before


def test_explain_reads_a_compressed_file(runner, tmp_path):
    result = runner.invoke(app, ["explain", str(_gz(TEXT, tmp_path / "a.txt.gz"))])
    assert result.exit_code == 0 and "kept" in result.output
