"""The SSH wire encoding (RFC 4251 §5): length-prefixed strings, read with bounds checks."""

from __future__ import annotations

import struct


class WireError(ValueError):
    """Malformed SSH wire data (truncated, overlong, trailing bytes)."""


def u32(n: int) -> bytes:
    return struct.pack(">I", n)


def string(b: bytes | str) -> bytes:
    if isinstance(b, str):
        b = b.encode("utf-8")
    return struct.pack(">I", len(b)) + b


class Reader:
    """Reads wire data strictly: every read is bounds-checked, and ``done()`` insists nothing is left over."""

    def __init__(self, data: bytes):
        self._data = memoryview(data)
        self._pos = 0

    def raw(self, n: int) -> bytes:
        if n < 0 or self._pos + n > len(self._data):
            raise WireError("truncated")
        out = bytes(self._data[self._pos:self._pos + n])
        self._pos += n
        return out

    def u32(self) -> int:
        return struct.unpack(">I", self.raw(4))[0]

    def string(self) -> bytes:
        return self.raw(self.u32())

    def text(self) -> str:
        try:
            return self.string().decode("utf-8")
        except UnicodeDecodeError as e:
            raise WireError("not UTF-8") from e

    def done(self) -> None:
        if self._pos != len(self._data):
            raise WireError("trailing bytes")
