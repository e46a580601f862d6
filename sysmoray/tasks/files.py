"""Reading a task's text files (task.yaml, invariants.yaml, traces) through fsspec: UTF-8, or an
error that says where the first bad byte is (a traceback helps no task author)."""

from __future__ import annotations

import fsspec


class NotUTF8Error(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise NotUTF8Error(line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line})") from None


def read_utf8(fs: fsspec.AbstractFileSystem, path: str) -> str:
    with fs.open(path, "rb") as f:
        return decode_utf8(f.read())
