"""Streaming JSONL reading and streamed atomic output: equivalence with the whole-file reader,
per-line decoding, laziness, and temp files that never outlive a failure."""

import io
import json
import os
import re
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.errors import InputError
from cleaner.io.inputs import DigestedLines, InputFile, digest_of
from cleaner.io.rawline import RawLine
from cleaner.io.records import iter_jsonl, read_jsonl
from cleaner.io.records import _DocumentKeys, _looks_binary_jsonl
from cleaner.io.records import _record as record_of
from cleaner.io.lines import unmarked_wide
from cleaner.io.outputs import OutputStream, write_atomic
from cleaner.normalize import SNIFF_BYTES, decode
from cleaner.types import Document

ITEM = InputFile(Path("c.jsonl"), "c.jsonl", PurePosixPath("c.jsonl"))
# NEL, LS and PS may stand unescaped in a JSON string: the only characters the two readers cut differently.
JSON_SAFE_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x85\u2028\u2029"), max_size=40)


def whole_file_reader(data: bytes) -> list[object]:
    """The reader before streaming: decode the whole file, `splitlines`, parse each line.

    Except that a NUL byte makes a JSONL file binary only by `_looks_binary_jsonl` (most lines
    hold one): a NUL in a few lines costs those lines. (This test's data is always UTF-8.)
    """
    if unmarked_wide(data[:SNIFF_BYTES], whole=len(data) < SNIFF_BYTES) is not None:  # UTF-16/32 without a mark, by its zero bytes
        text = decode(data, ITEM.display).text
    elif b"\x00" in data and not data.startswith(b"\xef\xbb\xbf"):
        if _looks_binary_jsonl(data[:SNIFF_BYTES]):
            raise InputError(ITEM.display, "binary file (control bytes), not text")
        text = data.decode("utf-8")
    else:
        text = decode(data, ITEM.display).text
    keys = _DocumentKeys()  # records sharing an id get keys of their own, as in the stream
    lines = [line.lstrip("\ufeff") for line in text.splitlines()]  # a joined file's marks go
    return [keys.claim(record_of(ITEM, n, line, None), n) for n, line in enumerate(lines, start=1) if line.strip()]


def outcome(read) -> list[tuple] | str:
    """Comparable view of a reader's result (or of the whole-file error it raised)."""
    try:
        items = list(read())
    except InputError as exc:
        return f"error: {exc.reason}"
    view: list[tuple] = []
    for item in items:
        if isinstance(item, Document):
            view.append(("doc", item.id, item.text, item.source, item.meta["line"], item.meta["record"]))
        else:
            view.append(("raw", item.text, item.error.item, item.error.reason))
    return view


line_strategy = st.one_of(
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}, ensure_ascii=False), st.integers(0, 5), JSON_SAFE_TEXT),
    st.builds(lambda t: json.dumps({"text": t}, ensure_ascii=False), JSON_SAFE_TEXT),
    JSON_SAFE_TEXT,  # bad JSON, blank lines, stray separators (CR, VT, FF, FS...) and control characters
    st.sampled_from(["[1, 2]", '{"id": 1}', "", "   ", "\r", "\x0b"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(line_strategy, max_size=12), st.sampled_from(["\n", "\r\n"]), st.booleans(), st.booleans())
def test_streaming_reader_gives_what_the_whole_file_reader_gave(lines, newline, bom, final_newline):
    data = newline.join(lines).encode("utf-8")
    if final_newline and lines:
        data += newline.encode()
    if bom:
        data = b"\xef\xbb\xbf" + data
    assert outcome(lambda: read_jsonl(ITEM, io.BytesIO(data))) == outcome(lambda: whole_file_reader(data))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=30).filter(lambda b: b"\n" not in b), min_size=1, max_size=8))
def test_any_bytes_lose_nothing(chunks):
    """Arbitrary bytes: only whole-file errors raise; an undecodable line keeps its exact bytes."""
    data = b"\n".join(chunks)
    try:
        items = list(read_jsonl(ITEM, io.BytesIO(data)))
    except InputError as exc:
        assert exc.reason in ("empty file", "binary file (control bytes), not text") or "undecodable" in exc.reason
        return
    for item in items:
        assert isinstance(item, (Document, RawLine))
        if isinstance(item, RawLine) and item.data is not None:
            # numbered as str.splitlines numbers lines (CR, VT, FF, FS, GS, RS end one too), not NEL/LS/PS
            logical = re.split(rb"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e]", data.removeprefix(b"\xef\xbb\xbf"))
            assert item.data == logical[int(item.error.item.rsplit(":", 1)[1]) - 1]


def test_one_undecodable_line_is_one_raw_line_and_keeps_its_bytes():
    bad = b'{"id": 2, "text": "' + bytes(range(128, 256)) + b'"}'
    data = json.dumps({"id": 1, "text": "Été à Noël."}, ensure_ascii=False).encode() + b"\n" + bad + b"\n"
    items = list(iter_jsonl(ITEM, data))
    assert items[0].text == "Été à Noël."  # UTF-8 lines are not dragged into a file-wide cp1252 guess
    assert isinstance(items[1], RawLine) and items[1].error.item == "c.jsonl:2"
    assert "undecodable" in items[1].error.reason
    assert items[1].output() == bad


def test_a_cp1252_file_is_decoded_line_by_line():
    data = "\n".join(json.dumps({"id": i, "text": f"Été n°{i}, déjà à Noël."}, ensure_ascii=False) for i in range(3)).encode("cp1252")
    assert [d.text for d in iter_jsonl(ITEM, data)] == [f"Été n°{i}, déjà à Noël." for i in range(3)]


def test_line_and_paragraph_separators_inside_a_string_do_not_cut_a_record():
    text = "Premier paragraphe.\u2028Deuxième\u2029troisième\x85fin."
    data = (json.dumps({"id": 1, "text": text}, ensure_ascii=False) + "\n").encode()
    [doc] = iter_jsonl(ITEM, data)
    assert isinstance(doc, Document) and doc.text == text


def test_utf16_file_is_still_read():
    data = (json.dumps({"id": 1, "text": "Bonjour."}) + "\r\n" + "pas du json\r\n").encode("utf-16")
    items = list(iter_jsonl(ITEM, data))
    assert items[0].text == "Bonjour." and isinstance(items[1], RawLine) and items[1].error.item == "c.jsonl:2"


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty file"), (b"\x00\x01\x02\x03 binary\n" * 20, "binary file (control bytes), not text")],
)
def test_whole_file_problems_raise_before_any_record(data, reason):
    with pytest.raises(InputError, match=re.escape(reason)):
        next(iter_jsonl(ITEM, data))


def test_records_are_read_lazily():
    """The first record comes out after reading about 64 KiB, not the whole (endless) file."""
    pulled = []

    def endless():
        for i in range(10**9):
            pulled.append(i)
            yield (json.dumps({"id": i, "text": "Une phrase."}) + "\n").encode()

    reader = read_jsonl(ITEM, endless())
    first = next(reader)
    assert first.id == "c.jsonl#0" and len(pulled) < 3000


def test_a_long_line_is_one_record():
    body = "mot " * 1_000_000
    data = json.dumps({"id": "big", "text": body}).encode() + b"\n"
    [doc] = iter_jsonl(ITEM, data)
    assert doc.text == body


def test_digested_lines_count_and_hash_what_was_read():
    data = b'{"text": "a"}\r\nline two\nno end'
    lines = DigestedLines(io.BytesIO(data))
    assert b"".join(lines) == data
    assert lines.size == len(data) and lines.digest() == digest_of(data) != digest_of(data + b"\n")


def test_output_stream_commits_atomically_and_keeps_the_mode(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    with OutputStream(target, spill=4) as out:
        out.write(b"new ")
        assert target.read_bytes() == b"old"
        out.write(b"content")
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # spilled to a temp file
        out.commit()
    assert target.read_bytes() == b"new content" and target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    assert out.size == 11 and out.digest() == digest_of(b"new content")


def test_output_stream_leaves_nothing_on_failure_or_discard(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    with pytest.raises(RuntimeError):
        with OutputStream(target, spill=2) as out:
            out.write(b"partial output")
            raise RuntimeError("boom")
    assert not target.exists() and not list((tmp_path / "sub").iterdir())
    small = OutputStream(tmp_path / "small.txt")
    small.write(b"below the spill size")
    small.discard()
    assert not list(tmp_path.glob("*.txt")) and not list(tmp_path.glob(".*.tmp"))


def test_output_stream_without_target_only_digests(tmp_path):
    out = OutputStream(None)
    out.write(b"abc")
    assert out.size == 3 and out.digest() == digest_of(b"abc")
    with pytest.raises(ValueError):
        out.commit()


def test_write_atomic_replaces_and_creates(tmp_path):
    target = tmp_path / "a" / "b.txt"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two" and [p.name for p in target.parent.iterdir()] == ["b.txt"]


def test_an_encoding_guessed_for_one_line_is_reused_for_the_next(monkeypatch):
    import cleaner.io.rawline as rawline

    texts = ["Президент России встретился с лидером Северной Кореи на космодроме.", "Переговоры продолжались около двух часов.", "Кремль заявил, что визит был успешным."]
    data = "\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)).encode("cp1251")
    calls = []

    def counting_decode(line, where):
        calls.append(where)
        return decode(line, where)

    monkeypatch.setattr(rawline, "decode", counting_decode)
    assert [d.text for d in iter_jsonl(ITEM, data)] == texts
    assert calls == ["c.jsonl:1"]  # the detector ran for the first line only


def test_an_unwritable_target_is_an_output_error_and_leaves_nothing(tmp_path):
    from cleaner.errors import OutputError

    blocker = tmp_path / "file.txt"
    blocker.write_text("a file where a folder is needed", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(blocker / "out.jsonl", b"data")
    stream = OutputStream(tmp_path / "out.jsonl", spill=1)
    stream.write(b"first")
    (tmp_path / "out.jsonl").mkdir()  # a folder where the file must go: the rename fails
    with pytest.raises(OutputError, match="cannot write"):
        stream.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "out.jsonl"]
