"""JSONL read by blocks and cut into lines as code units: UTF-16/32 files give the records the
whole-file decode gave, and UTF-8 files those the line reader gave, whatever the block boundaries;
bad code units cost one line, not the file; memory holds a block and a line."""

import io
import json
import re
import tracemalloc
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cleaner.errors import InputError
from cleaner.io.inputs import DigestedLines, InputFile, digest_of
from cleaner.io.records import MARK_DROPPED, _DocumentKeys, _record, read_jsonl
from cleaner.io.rawline import RawLine, LineDecoder
from cleaner.io.lines import BYTES, WIDE_ENCODINGS, LineSplitter, line_encoding, split_lines
from cleaner.normalize import SNIFF_BYTES, decode
from cleaner.types import Document

ITEM = InputFile(Path("w.jsonl"), "w.jsonl", PurePosixPath("w.jsonl"))
ENCODINGS = {e.codec: e for e in WIDE_ENCODINGS}
CODECS = sorted(ENCODINGS)
UTF32LE_MARK = b"\xff\xfe\x00\x00"


def wide_bytes(text: str, codec: str) -> bytes:
    return ENCODINGS[codec].mark + text.encode(codec)


def physical_lines(data: bytes):
    """How the reader cut UTF-8 lines before it cut them in blocks: at LF, then inside each line
    at CR, VT, FF, FS, GS, RS (a CR LF is one end), the first line losing a UTF-8 mark."""
    for number, line in enumerate(io.BytesIO(data)):
        line = line.removeprefix(b"\xef\xbb\xbf") if number == 0 else line
        yield from re.split(rb"[\r\x0b\x0c\x1c\x1d\x1e]", line.removesuffix(b"\n").removesuffix(b"\r"))


def old_utf8_reader(data: bytes) -> list[object]:
    """The UTF-8 reader before it read by blocks: physical lines, each decoded on its own."""
    return _records(physical_lines(data))


def _records(pieces) -> list[object]:
    """Each physical line decoded on its own and parsed; records sharing an id get keys of their own."""
    decoder = LineDecoder()
    keys = _DocumentKeys()
    items: list[object] = []
    for number, piece in enumerate(pieces, start=1):
        line = decoder.decode(piece, f"{ITEM.display}:{number}")
        line = line if isinstance(line, RawLine) else line.lstrip("\ufeff")  # a joined file's marks
        if isinstance(line, RawLine) or line.strip():
            items.append(line if isinstance(line, RawLine) else keys.claim(_record(ITEM, number, line, None), number))
    return items


def whole_file_reader(data: bytes) -> list[object]:
    """The reader before streaming wide files: decode the whole file, re-encode it as UTF-8 and
    read that line by line (the UTF-8 path's line cutting and decoding, without its binary sniff)."""
    text = decode(data, ITEM.display).text
    return _records(physical_lines(text.encode("utf-8")))


def view(items) -> list[tuple]:
    """Comparable view of what a reader gave."""
    out: list[tuple] = []
    for item in items:
        if isinstance(item, Document):
            out.append(("doc", item.id, item.text, item.source, item.meta["line"], item.meta["record"]))
        else:
            out.append(("raw", item.text, item.error.item, item.error.reason, item.data))
    return out


def pieces(data: bytes, sizes: list[int]):
    """`data` in pieces of the given sizes (cycled), as a generator: no `read`, no `len`."""
    at, k = 0, 0
    while at < len(data):
        size = sizes[k % len(sizes)]
        yield data[at : at + size]
        at, k = at + size, k + 1


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)  # non-BMP, NEL, LS, PS, controls
line_strategy = st.one_of(
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}, ensure_ascii=False), st.integers(0, 5), TEXT),
    st.builds(lambda t: json.dumps({"text": "Été 🎉 " + t + "\u2028fin"}, ensure_ascii=False), TEXT),
    TEXT,  # bad JSON, blank lines, stray separators (CR, VT, FF, FS...) and control characters
    st.sampled_from(["[1, 2]", '{"id": 1}', "", "   ", "\r", "\x0b", "\ufeff", '{"text": "\U0001f600"}']),
)


@settings(max_examples=250, deadline=None)
@given(
    st.lists(line_strategy, max_size=10),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(CODECS),
    st.booleans(),
    st.lists(st.integers(1, 9), min_size=1, max_size=5),
)
def test_streamed_wide_file_gives_what_the_whole_file_decode_gave(lines, newline, codec, final_newline, sizes):
    text = newline.join(lines) + (newline if final_newline and lines else "")
    data = wide_bytes(text, codec)
    # A UTF-16-LE file whose text starts with NUL begins FF FE 00 00, the UTF-32-LE mark: read as
    # UTF-32 by both readers, the whole-file one refuses it where the stream loses only the line
    # (pinned in test_a_utf16le_file_starting_with_nul_reads_as_utf32_line_by_line).
    assume(not data.startswith(UTF32LE_MARK))
    expected = view(whole_file_reader(data))
    assert view(read_jsonl(ITEM, io.BytesIO(data), chunk_size=sizes[0])) == expected
    assert view(read_jsonl(ITEM, pieces(data, sizes))) == expected
    assert view(read_jsonl(ITEM, io.BytesIO(data))) == expected


def test_a_utf16le_file_starting_with_nul_reads_as_utf32_line_by_line():
    data = wide_bytes("\x000", "utf-16-le")
    assert data.startswith(UTF32LE_MARK)
    with pytest.raises(InputError, match="utf-32 byte-order mark"):
        whole_file_reader(data)
    assert view(read_jsonl(ITEM, io.BytesIO(data))) == [
        ("raw", "\\x30\\x00", "w.jsonl:1", "undecodable bytes (utf-32-le: truncated data at byte 0 of the line)", None)
    ]


@pytest.mark.parametrize("codec", CODECS)
def test_every_chunk_boundary_gives_the_same_lines(codec):
    """Cuts inside a code unit, a surrogate pair, a CR LF and the byte-order mark change nothing."""
    text = '{"id": 1, "text": "a😀b\u2028c"}\r\n\r\nnot json 😀\r{"id": 2, "text": "é\U00010348"}\r\n'
    data = wide_bytes(text, codec)
    expected = [line.encode(codec) for line in ['{"id": 1, "text": "a😀b\u2028c"}', "", "not json 😀", '{"id": 2, "text": "é\U00010348"}']]
    records = view(whole_file_reader(data))
    for cut in range(len(data) + 1):
        assert list(split_lines([data[:cut], data[cut:]], ENCODINGS[codec])) == expected, cut
        assert view(read_jsonl(ITEM, iter([data[:cut], data[cut:]]))) == records, cut
    assert list(split_lines(pieces(data, [1]), ENCODINGS[codec])) == expected


def test_what_splits_a_line_and_what_does_not():
    text = "a\u2028b\u2029c\x85d\ne\r\nf\rg\x0bh\x0ci\x1cj\x1dk\x1el\n\nm"
    got = [line.decode("utf-16-le") for line in split_lines([wide_bytes(text, "utf-16-le")], ENCODINGS["utf-16-le"])]
    assert got == ["a\u2028b\u2029c\x85d", "e", "f", "g", "h", "i", "j", "k", "l", "", "m"]
    assert got[1:] == text.splitlines()[4:]  # str.splitlines, except at LS, PS and NEL


def test_a_separator_code_unit_is_never_read_inside_a_character():
    """U+0A0D and U+0D0A hold the bytes of LF and CR: as bytes they would cut the line, as units not."""
    text = "\u0a0d\u0d0a\u0a00\U0001000a"
    for codec in CODECS:
        assert list(split_lines([wide_bytes(text, codec)], ENCODINGS[codec])) == [text.encode(codec)]


@pytest.mark.parametrize(
    "head, codec",
    [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfea\x00", "utf-16-le"), (b"\xfe\xff\x00a", "utf-16-be")],
)
def test_the_byte_order_mark_names_the_encoding_as_decode_reads_it(head, codec):
    assert line_encoding(head).codec == codec
    assert decode(head, "x").text == head[len(ENCODINGS[codec].mark) :].decode(codec)


@pytest.mark.parametrize("head", [b"", b"\xef\xbb\xbf{", b'{"id"', b"\xfe", b"\x00\x00\xff\xfe"])
def test_no_wide_encoding_without_its_mark(head):
    assert line_encoding(head) is BYTES


def test_a_whole_file_of_no_whole_number_of_code_units_is_not_read_as_wide():
    """A short UTF-8 file whose NUL bytes fall as UTF-16-BE's would, but of odd length: not UTF-16
    (read so, its last line came out as CJK mojibake while the whole-file decode refused it)."""
    lines = ["\x00", json.dumps({"id": 0, "text": "\x07"}), "\x00\x80"]
    data = "\n".join(lines).encode("utf-8")
    assert len(data) % 2 and line_encoding(data[:-1]).wide  # its even part passes the sniff
    assert line_encoding(data, whole=True) is BYTES
    with pytest.raises(InputError, match="binary") as by_decode:
        decode(data, ITEM.display)
    with pytest.raises(InputError, match="binary") as by_stream:
        list(read_jsonl(ITEM, io.BytesIO(data)))
    assert by_decode.value.reason == by_stream.value.reason


def test_a_lone_surrogate_costs_its_line_only_and_is_shown_escaped():
    good = [json.dumps({"id": i, "text": f"Ligne {i} 😀"}, ensure_ascii=False).encode("utf-16-le") for i in (1, 3)]
    bad = '{"id": 2, "text": "x'.encode("utf-16-le") + b"\x00\xd8" + '"}'.encode("utf-16-le")
    data = b"\xff\xfe" + b"\r\x00\n\x00".join([good[0], bad, good[1]])
    with pytest.raises(InputError):  # the whole-file decode refused the file
        decode(data, "w.jsonl")
    items = list(read_jsonl(ITEM, io.BytesIO(data)))
    assert [d.text for d in items if isinstance(d, Document)] == ["Ligne 1 😀", "Ligne 3 😀"]
    [raw] = [d for d in items if isinstance(d, RawLine)]
    assert raw.error.item == "w.jsonl:2" and "undecodable bytes (utf-16-le: illegal UTF-16 surrogate" in raw.error.reason
    assert raw.output() == b'{"id": 2, "text": "x\\x00\\xd8"}'  # valid UTF-8, one line, the bytes recoverable
    assert isinstance(next(read_jsonl(ITEM, io.BytesIO(raw.output()))), RawLine)  # read again: passed through


@pytest.mark.parametrize(
    "codec, data",
    [
        ("utf-16-le", b"\xff\xfe" + '{"text": "a"}\n'.encode("utf-16-le") + b"{"),  # odd trailing byte
        ("utf-16-be", b"\xfe\xff" + '{"text": "a"}\n'.encode("utf-16-be") + b"\xd8\x3d"),  # pair cut at the end
        ("utf-32-le", b"\xff\xfe\x00\x00" + '{"text": "a"}\n'.encode("utf-32-le") + b"\x00\x00\x11\x00"),  # > U+10FFFF
        ("utf-32-be", b"\x00\x00\xfe\xff" + '{"text": "a"}\n'.encode("utf-32-be") + b"\x00\x00"),  # truncated unit
    ],
)
def test_a_bad_end_of_file_is_a_raw_last_line(codec, data):
    first, last = read_jsonl(ITEM, io.BytesIO(data), chunk_size=3)
    assert isinstance(first, Document) and first.text == "a"
    assert isinstance(last, RawLine) and last.error.item == "w.jsonl:2" and f"undecodable bytes ({codec}" in last.error.reason
    assert "\\x" in last.text


def test_a_mark_opening_any_line_is_dropped():
    """Files joined with `cat` keep each one's mark: every line's is dropped (a repair for the
    later ones), as in a UTF-8 file."""
    data = wide_bytes('\ufeff{"id": 1, "text": "a"}\n\ufeff{"id": 2, "text": "b"}', "utf-16-le")
    items = list(read_jsonl(ITEM, io.BytesIO(data)))
    assert view(items) == view(whole_file_reader(data))
    assert [item.text for item in items] == ["a", "b"]
    assert items[0].repairs == [] and items[1].repairs == [MARK_DROPPED]


@pytest.mark.parametrize("data", [b"\xff\xfe", b"\x00\x00\xfe\xff", wide_bytes("\r\n \n", "utf-16-be")])
def test_a_mark_and_blank_lines_give_no_record(data):
    assert list(read_jsonl(ITEM, io.BytesIO(data))) == []


def test_digested_lines_see_every_byte_when_read_by_blocks():
    data = wide_bytes("".join(json.dumps({"id": i, "text": "é" * i}) + "\n" for i in range(500)), "utf-16-le")
    lines = DigestedLines(io.BytesIO(data))
    assert len(list(read_jsonl(ITEM, lines, chunk_size=1000))) == 500
    assert lines.size == len(data) and lines.digest() == digest_of(data)


def test_a_readable_file_is_read_by_blocks_of_the_chunk_size():
    """Lines of a wide file as bytes may be the whole file (no 0x0A byte in a CR-only UTF-32-BE
    file): the head and then blocks of the chunk size are read, never a line."""
    data = wide_bytes("".join(json.dumps({"id": i, "text": "mot " * 50}) + "\r" for i in range(3000)), "utf-32-be")

    class Recording(io.BytesIO):
        def __init__(self, data: bytes):
            super().__init__(data)
            self.sizes: list[int] = []

        def read(self, size=-1):
            self.sizes.append(size)
            return super().read(size)

    source = Recording(data)
    reader = read_jsonl(ITEM, source, chunk_size=4096)
    assert next(reader).id == "w.jsonl#0" and source.tell() < len(data) // 4
    assert sum(1 for _ in reader) == 2999
    assert source.sizes[0] == SNIFF_BYTES and set(source.sizes[1:]) == {4096}  # the head, then blocks


def test_records_come_out_before_the_input_ends():
    """An endless UTF-16 stream: the first record comes out after a few pieces, not at the end."""
    pulled = []

    def endless():
        yield b"\xff\xfe"
        for i in range(10**9):
            pulled.append(i)
            yield (json.dumps({"id": i, "text": "Une phrase."}) + "\r\n").encode("utf-16-le")

    reader = read_jsonl(ITEM, endless())
    assert next(reader).id == "w.jsonl#0" and len(pulled) < 3000
    assert next(reader).id == "w.jsonl#1"


def test_memory_holds_a_chunk_and_a_line_not_the_file():
    """16 MB of UTF-16 read by 64 KiB blocks: the peak is a few blocks and lines (the whole-file
    decode held the bytes, the text and its UTF-8 copy: several times the file)."""
    record = (json.dumps({"id": 0, "text": "Une phrase en français, déjà lue. " * 100}, ensure_ascii=False) + "\n").encode("utf-16-le")
    data = b"\xff\xfe" + record * (16_000_000 // len(record))
    source = io.BytesIO(data)
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_jsonl(ITEM, source, chunk_size=1 << 16))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == len(data) // len(record) and len(data) > 15_000_000
    assert peak < 1_500_000, peak


def test_a_long_line_is_one_record_and_is_joined_once():
    body = "mot 😀 " * 400_000
    data = wide_bytes(json.dumps({"id": "big", "text": body}, ensure_ascii=False) + "\n", "utf-16-be")
    [doc] = read_jsonl(ITEM, io.BytesIO(data), chunk_size=1 << 12)
    assert doc.text == body


def test_the_splitter_keeps_nothing_after_finish():
    splitter = LineSplitter(ENCODINGS["utf-16-le"])
    assert splitter.feed(b"\xff\xfea\x00\r") == []
    assert splitter.feed(b"\x00\n\x00b\x00") == [b"a\x00"]
    assert splitter.finish() == [b"b\x00"] and splitter.finish() == []


@pytest.mark.parametrize("shift", [-2, -1, 0, 1, 2])
def test_utf8_lines_across_the_head_block_are_whole(shift):
    """A readable file's head is one block: the line it cuts goes on in the next block."""
    first = json.dumps({"id": 1, "text": "x" * (SNIFF_BYTES - 30 + shift)})
    data = "\n".join([first, json.dumps({"id": 2, "text": "é" * 100}), "pas du json"]).encode("utf-8")
    assert abs(len(first) + 1 - SNIFF_BYTES) <= 20  # the block ends near the first line's end
    lines = DigestedLines(io.BytesIO(data))
    expected = view(read_jsonl(ITEM, (line for line in io.BytesIO(data))))  # no `read`: lines as they come
    assert view(read_jsonl(ITEM, lines)) == expected and len(expected) == 3
    assert lines.size == len(data) and lines.digest() == digest_of(data)


def test_a_run_writes_a_utf16_file_with_a_bad_line_as_utf8_and_reports_the_line(tmp_path):
    """The whole-file decode refused such a file (nothing written); now its good records are
    cleaned, and the bad line is reported and written, escaped, in its place."""
    from cleaner.config import Config
    from cleaner.dedup.config import DedupConfig
    from cleaner.rules.config import RulesConfig
    from cleaner.run import RunOptions, run

    records = [json.dumps({"id": i, "text": f"Phrase numéro {i} 😀.\n"}, ensure_ascii=False) for i in (1, 3)]
    bad = '{"id": 2, "text": "x'.encode("utf-16-le") + b"\x00\xdc" + '"}'.encode("utf-16-le")
    src = tmp_path / "w.jsonl"
    src.write_bytes(b"\xff\xfe" + b"\r\x00\n\x00".join([records[0].encode("utf-16-le"), bad, records[1].encode("utf-16-le")]))
    dest = tmp_path / "out.jsonl"
    config = Config(rules=RulesConfig(enabled=False), dedup=DedupConfig(enabled=False))
    summary = run([src], config, RunOptions(output=dest))
    assert [p.item for p in summary.problems] == [f"{src.as_posix()}:2"]
    out = dest.read_bytes().decode("utf-8").splitlines()
    assert [json.loads(out[i])["text"] for i in (0, 2)] == ["Phrase numéro 1 😀.\n", "Phrase numéro 3 😀.\n"]
    assert out[1] == '{"id": 2, "text": "x\\x00\\xdc"}'


@pytest.mark.parametrize("size", [0, -1])
def test_a_chunk_size_below_one_byte_is_refused(size):
    with pytest.raises(ValueError, match="chunk_size"):
        next(read_jsonl(ITEM, io.BytesIO(wide_bytes('{"text": "a"}', "utf-16-le")), chunk_size=size))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CODECS), st.binary(max_size=60), st.integers(1, 7))
def test_any_bytes_after_a_mark_never_raise_and_bad_lines_stay_one_utf8_line(codec, body, chunk):
    data = ENCODINGS[codec].mark + body
    items = list(read_jsonl(ITEM, io.BytesIO(data), chunk_size=chunk))
    numbers = [int((d.error.item if isinstance(d, RawLine) else str(d.meta["line"])).rsplit(":", 1)[-1]) for d in items]
    assert numbers == sorted(set(numbers))
    for raw in (d for d in items if isinstance(d, RawLine)):
        written = raw.output().decode("utf-8")  # valid UTF-8 whatever the input held
        assert not any(sep in written for sep in "\n\r\x0b\x0c\x1c\x1d\x1e")


BYTE_PIECES = st.lists(
    st.one_of(st.binary(max_size=12), st.sampled_from([b"\n", b"\r\n", b"\r", b"\x0c", b"\xef\xbb\xbf", b'{"text": "\xc3\xa9t\xc3\xa9"}', b"\xe9"])),
    min_size=1,
    max_size=12,
)


@settings(max_examples=250, deadline=None)
@given(BYTE_PIECES, st.integers(1, 9))
def test_byte_files_read_by_blocks_give_what_physical_lines_gave(parts, chunk):
    """UTF-8 and legacy files: cut in blocks of any size as they were cut as lines, bad bytes too."""
    data = b"".join(parts).replace(b"\x00", b"")
    if line_encoding(data).wide:
        return
    try:
        expected = view(old_utf8_reader(data)) if data.strip(b"\n\r\x0b\x0c\x1c\x1d\x1e") else None
    except InputError:
        return
    try:
        got = view(read_jsonl(ITEM, io.BytesIO(data), chunk_size=chunk))
    except InputError as exc:  # the binary sniff, which the old line reader above does not run
        assert exc.reason.startswith(("binary file", "empty file"))
        return
    if expected is not None:
        assert got == expected


def test_a_cr_only_utf8_file_is_read_by_blocks_not_as_one_line():
    """Classic Mac line ends: as lines of bytes, the whole file was one line held in memory."""
    data = "".join(json.dumps({"id": i, "text": "Été, déjà. " * 20}, ensure_ascii=False) + "\r" for i in range(5000)).encode()
    source = io.BytesIO(data)
    reader = read_jsonl(ITEM, source, chunk_size=1 << 14)
    assert next(reader).id == "w.jsonl#0" and source.tell() <= SNIFF_BYTES
    assert [d.meta["line"] for d in reader] == list(range(2, 5001))
