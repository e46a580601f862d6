"""Incremental Parquet writer for a run's tables, through fsspec (local, memory://, s3://, gs://).

Layout: ``<url>/<run_id>/<table>/part-<n>-<writer id>.parquet`` plus ``<url>/<run_id>/run.json``.
Rows are buffered per table and written as a new part every ``flush_rows`` rows, so the driver
never holds a whole run in memory. Each part is written to a hidden temp name in the same folder
and then renamed: a crash leaves at most a temp file, which readers skip (a leading ``.`` is
hidden to pyarrow, polars and our globs, and the name does not end in ``.parquet``).

A writer is not thread-safe; give each thread or process its own (ids keep their parts apart).
"""

from __future__ import annotations

import json
import posixpath
import re
import uuid
from typing import Any, Iterable

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.core import url_to_fs

from sysmoray.results.schemas import KEY_COLUMNS, schema_of

RUN_JSON = "run.json"
PART_RE = re.compile(r"^part-(\d+)-[0-9a-zA-Z]+\.parquet$")


def run_path(url: str, run_id: str) -> tuple[fsspec.AbstractFileSystem, str]:
    """The filesystem and the run folder's path on it."""
    if not run_id or "/" in run_id or run_id in (".", ".."):
        raise ValueError(f"invalid run id {run_id!r}")
    fs, root = url_to_fs(url)
    return fs, posixpath.join(root.rstrip("/") or "/", run_id)


def part_files(fs: fsspec.AbstractFileSystem, folder: str) -> list[str]:
    """Finished part files in ``folder`` (sorted; none if it does not exist)."""
    try:
        names = fs.ls(folder, detail=False)
    except FileNotFoundError:
        return []
    return sorted(p for p in names if PART_RE.match(posixpath.basename(p.rstrip("/"))))


def to_table(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """``rows`` as an Arrow table of ``table``'s schema; ValueError naming the table and column
    for a missing required value, an unknown column or a value of the wrong type."""
    schema = schema_of(table)
    names = set(schema.names)
    for i, row in enumerate(rows):
        unknown = set(row) - names
        if unknown:  # from_pylist would drop them silently: a typo would lose data
            raise ValueError(f"{table}: row {i} has unknown column(s) {sorted(unknown)}")
        for field in schema:
            if not field.nullable and row.get(field.name) is None:
                raise ValueError(f"{table}: row {i} lacks required column {field.name!r}")
    try:
        return pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError) as exc:
        for field in schema:  # find the column to blame
            try:
                pa.array([r.get(field.name) for r in rows], type=field.type)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError) as col_exc:
                raise ValueError(f"{table}: column {field.name!r} ({field.type}): {col_exc}") from exc
        raise ValueError(f"{table}: rows do not fit the schema: {exc}") from exc


class ResultsWriter:
    """Buffers rows per table and writes them as Parquet parts under ``<url>/<run_id>/``."""

    def __init__(self, url: str, run_id: str, flush_rows: int = 256) -> None:
        if flush_rows < 1:
            raise ValueError(f"flush_rows must be >= 1, got {flush_rows}")
        self.url, self.run_id, self.flush_rows = url, run_id, flush_rows
        self.fs, self.path = run_path(url, run_id)
        self.writer_id = uuid.uuid4().hex[:8]
        self.parts_written: list[str] = []
        self._buffers: dict[str, list[pa.Table]] = {}  # validated rows, not yet written
        self._next_part: dict[str, int] = {}

    def add(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Buffer ``rows`` of ``table``; write a part each time ``flush_rows`` are buffered.
        Rows are checked against the schema here, so a bad row fails where it was made."""
        batch = to_table(table, list(rows))
        if batch.num_rows == 0:
            return
        buffer = self._buffers.setdefault(table, [])
        buffer.append(batch)
        buffered = sum(t.num_rows for t in buffer)
        if buffered < self.flush_rows:
            return
        rest = pa.concat_tables(buffer)
        while rest.num_rows >= self.flush_rows:
            self._write(table, rest.slice(0, self.flush_rows))
            rest = rest.slice(self.flush_rows)
        buffer[:] = [rest] if rest.num_rows else []

    def flush(self) -> None:
        """Write every table's buffered rows as one part each."""
        for table, buffer in self._buffers.items():
            if buffer:
                self._write(table, pa.concat_tables(buffer))
                buffer.clear()

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, table: str, data: pa.Table) -> None:
        folder = posixpath.join(self.path, table)
        if table not in self._next_part:
            # Resume: continue after the highest part already there. Concurrent writers may pick
            # the same number; the writer id in the name keeps them apart.
            self.fs.makedirs(folder, exist_ok=True)
            numbers = [int(PART_RE.match(posixpath.basename(p)).group(1)) for p in part_files(self.fs, folder)]  # type: ignore[union-attr]
            self._next_part[table] = max(numbers, default=-1) + 1
        n = self._next_part[table]
        self._next_part[table] = n + 1
        name = f"part-{n:05d}-{self.writer_id}.parquet"
        final = posixpath.join(folder, name)
        temp = posixpath.join(folder, f".{name}.{uuid.uuid4().hex[:8]}.tmp")
        with self.fs.open(temp, "wb") as f:
            pq.write_table(data, f)
        self.fs.mv(temp, final)
        self.parts_written.append(final)


def write_run_json(url: str, run_id: str, info: dict[str, Any]) -> None:
    """Write ``run.json`` (config, versions, hardware), replacing an earlier one."""
    fs, path = run_path(url, run_id)
    fs.makedirs(path, exist_ok=True)
    final = posixpath.join(path, RUN_JSON)
    temp = posixpath.join(path, f".{RUN_JSON}.{uuid.uuid4().hex[:8]}.tmp")
    with fs.open(temp, "w") as f:
        json.dump(info, f, indent=2, sort_keys=True, default=str)
    fs.mv(temp, final)


def read_run_json(url: str, run_id: str) -> dict[str, Any]:
    """The run's ``run.json``; FileNotFoundError when the run has none."""
    fs, path = run_path(url, run_id)
    with fs.open(posixpath.join(path, RUN_JSON), "r") as f:
        return json.load(f)


def existing_keys(url: str, run_id: str, table: str = "samples") -> set[tuple[Any, ...]]:
    """The (model, task, method, sample, attempt) keys already written for ``table`` of a run
    (empty if nothing was written). Temp files of interrupted writes are ignored."""
    schema_of(table)
    fs, path = run_path(url, run_id)
    keys: set[tuple[Any, ...]] = set()
    for part in part_files(fs, posixpath.join(path, table)):
        with fs.open(part, "rb") as f:
            columns = pq.read_table(f, columns=list(KEY_COLUMNS)).to_pydict()
        keys.update(zip(*(columns[c] for c in KEY_COLUMNS)))
    return keys
