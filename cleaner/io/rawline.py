"""A JSONL line as it was read: decoded on its own, or kept whole as a `RawLine` when it is no
record, so a rewrite writes back every byte of it."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..normalize import decode


@dataclass(frozen=True, slots=True)
class RawLine:
    """A JSONL line that could not be read as a record: reported, and passed through unchanged."""

    text: str
    error: InputError
    data: bytes | None = None  # the line's bytes when they are not text: written back as they were
    end: str = "\n"  # its line end as read ("" for a last line without one): written back too

    def output(self) -> bytes:
        """What a rewrite writes for this line (its end of line excluded): nothing is lost."""
        return self.data if self.data is not None else self.text.encode("utf-8")

    def __reduce__(self) -> tuple[object, ...]:
        """Picklable for worker processes (an exception with two arguments is not, by default)."""
        return (_raw_line, (self.text, self.error.item, self.error.reason, self.data, self.end))


def _raw_line(text: str, item: str, reason: str, data: bytes | None, end: str = "\n") -> RawLine:
    return RawLine(text, InputError(item, reason), data, end)


class LineDecoder:
    """`normalize.decode` per line, with UTF-8 first; an encoding guessed for one line is tried
    first on the next (a whole cp1251 file would otherwise run the slow detector on every line)."""

    def __init__(self) -> None:
        self._guess: str | None = None

    def decode(self, data: bytes, where: str) -> str | RawLine:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if self._guess is not None:
            try:
                return data.decode(self._guess)
            except UnicodeDecodeError:
                pass
        try:
            decoded = decode(data, where)
        except InputError as exc:
            return RawLine(data.decode("utf-8", "replace"), InputError(where, exc.reason.replace("binary file", "binary line")), data)
        if not decoded.by_letters and not decoded.encoding.lower().replace("_", "-").startswith(("utf", "cp1252")):
            self._guess = decoded.encoding
        return decoded.text


class WideLineDecoder:
    """A UTF-16/32 line, decoded strictly. A line that does not decode is a `RawLine` whose text
    shows its bad code units as `\\xNN` escapes: a rewrite is UTF-8, which cannot hold them as they
    were, and the escapes keep their bytes without breaking the lines around them."""

    def __init__(self, codec: str):
        self._codec = codec

    def decode(self, data: bytes, where: str) -> str | RawLine:
        try:
            return data.decode(self._codec)
        except UnicodeDecodeError as exc:
            reason = f"undecodable bytes ({self._codec}: {exc.reason} at byte {exc.start} of the line)"
            return RawLine(data.decode(self._codec, "backslashreplace"), InputError(where, reason))
