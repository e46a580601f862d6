"""Incremental Parquet writer for a run's tables, through fsspec (local, memory://, s3://, gs://).

Layout: ``<url>/<run_id>/<table>/part-<n>-<writer id>.parquet`` plus ``<url>/<run_id>/run.json``.
Rows are buffered per table and written as a new part every ``flush_rows`` rows, so the driver
never holds a whole run in memory. Each part is written to a hidden temp name in the same folder
and then renamed: a crash leaves at most a temp file, which readers skip (a leading ``.`` is
hidden to pyarrow, polars and our globs, and the name does not end in ``.parquet``).

A writer is not thread-safe; give each thread or process its own (ids keep their parts apart).
"""

from __future__ import annotations

import fcntl
import json
import os
import posixpath
import re
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import IO, Any, Iterable

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from sysmoray.results.schemas import KEY_COLUMNS, SCHEMAS, schema_of

RUN_JSON = "run.json"
LOCK_FILE = ".lock"  # hidden: readers and globs skip it
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


COMMIT_TABLE = "samples"  # written last in every flush: a flush counts once its samples part exists


class ResultsWriter:
    """Buffers rows per table and writes them as Parquet parts under ``<url>/<run_id>/``.

    A flush writes one part per table, all with the same name, the samples part last. A sweep
    adds all rows of a sample before the next, so a flush holds whole samples, and after a crash
    a detail part (windows, invariants, actions) without its samples twin belongs to a flush that
    never finished: ``prune_uncommitted`` removes it before a resume.
    """

    def __init__(self, url: str, run_id: str, flush_rows: int = 256) -> None:
        if flush_rows < 1:
            raise ValueError(f"flush_rows must be >= 1, got {flush_rows}")
        self.url, self.run_id, self.flush_rows = url, run_id, flush_rows
        self.fs, self.path = run_path(url, run_id)
        self.writer_id = uuid.uuid4().hex[:8]
        self.parts_written: list[str] = []
        self._buffers: dict[str, list[pa.Table]] = {}  # validated rows, not yet written
        self._open_flush: tuple[str, dict[str, pa.Table]] | None = None  # a flush that failed part-way
        self._next_part: int | None = None

    def add(self, table: str, rows: Iterable[dict[str, Any]], autoflush: bool = True) -> None:
        """Buffer ``rows`` of ``table``; flush once ``flush_rows`` rows of some table are
        buffered. Rows are checked against the schema here, so a bad row fails where it was made.
        A caller adding one sample's rows to several tables passes ``autoflush=False`` and calls
        ``maybe_flush`` after the last, so no flush holds part of a sample."""
        batch = to_table(table, list(rows))
        if batch.num_rows:
            self._buffers.setdefault(table, []).append(batch)
        if autoflush:
            self.maybe_flush()

    def maybe_flush(self) -> None:
        if any(sum(t.num_rows for t in b) >= self.flush_rows for b in self._buffers.values()):
            self.flush()

    def flush(self) -> None:
        """Write every table's buffered rows as one part each, under one shared part name.

        A flush is fixed when it starts: its rows and its name. One that fails part-way (a full
        disk, a lost connection) is finished by the next call under the same name, before any
        newer rows: were its samples part written under another number, a resume would prune
        the detail parts it already wrote as uncommitted, and their samples would count as done."""
        if self._open_flush is None:
            batches = {t: pa.concat_tables(b) for t, b in self._buffers.items() if b}
            if not batches:
                return
            self._open_flush = (self._part_name(), batches)
            self._buffers = {}
        name, batches = self._open_flush
        for table in sorted(batches, key=lambda t: t == COMMIT_TABLE):
            self._write(table, batches[table], name)
            del batches[table]  # written: a retry does not write it again
        self._open_flush = None
        if any(self._buffers.values()):  # rows added while a failed flush waited
            self.flush()

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _part_name(self) -> str:
        if self._next_part is None:
            # Resume: continue after the highest part already there. Concurrent writers may pick
            # the same number; the writer id in the name keeps them apart.
            numbers = [
                int(PART_RE.match(posixpath.basename(p)).group(1))  # type: ignore[union-attr]
                for table in SCHEMAS for p in part_files(self.fs, posixpath.join(self.path, table))
            ]
            self._next_part = max(numbers, default=-1) + 1
        n, self._next_part = self._next_part, self._next_part + 1
        return f"part-{n:05d}-{self.writer_id}.parquet"

    def _write(self, table: str, data: pa.Table, name: str) -> None:
        folder = posixpath.join(self.path, table)
        self.fs.makedirs(folder, exist_ok=True)
        final = posixpath.join(folder, name)
        temp = posixpath.join(folder, f".{name}.{uuid.uuid4().hex[:8]}.tmp")
        with self.fs.open(temp, "wb") as f:
            pq.write_table(data, f)
        self.fs.mv(temp, final)
        self.parts_written.append(final)


def prune_uncommitted(url: str, run_id: str) -> list[str]:
    """Remove detail parts whose flush never wrote its samples part (an interrupted run), and
    leftover temp files; return what was removed."""
    fs, path = run_path(url, run_id)
    committed = {posixpath.basename(p) for p in part_files(fs, posixpath.join(path, COMMIT_TABLE))}
    removed = []
    for table in SCHEMAS:
        folder = posixpath.join(path, table)
        try:
            names = fs.ls(folder, detail=False)
        except FileNotFoundError:
            continue
        for p in names:
            base = posixpath.basename(p.rstrip("/"))
            orphan = PART_RE.match(base) and table != COMMIT_TABLE and base not in committed
            if orphan or (base.startswith(".") and base.endswith(".tmp")):
                fs.rm(p)
                removed.append(p)
    return removed


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


def check_writable(url: str) -> None:
    """Make the results root ``url`` if missing, then write and remove a probe file in it;
    OSError with the reason when that fails (before a sweep starts anything)."""
    fs, root = url_to_fs(url)
    root = root.rstrip("/") or "/"
    fs.makedirs(root, exist_ok=True)
    probe = posixpath.join(root, f".sysmoray-probe-{uuid.uuid4().hex[:8]}.tmp")
    with fs.open(probe, "wb") as f:
        f.write(b"")
    fs.rm(probe)


class RunLockedError(RuntimeError):
    """Another live sweep holds the run folder."""


@dataclass
class RunLock:
    """A run folder held by this process (see ``lock_run``)."""

    fs: fsspec.AbstractFileSystem
    path: str  # the lock file (local) or marker object (object stores)
    holder: dict[str, Any]
    handle: IO[str] | None = None  # local: the open, flock'ed lock file
    warning: str | None = None  # object stores: what this lock does not do

    def release(self) -> None:
        if self.handle is not None:
            # The file stays: unlinking a lock file lets a sweep that opened it before the unlink
            # lock the dead inode while a third one locks a new file.
            self.handle.seek(0)
            self.handle.truncate()
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None
        elif _read_holder(self.fs, self.path) == self.holder:
            self.fs.rm(self.path)

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_run(url: str, run_id: str) -> RunLock:
    """Hold the run folder for this process, so that two sweeps (a resume and a resume, or a
    resume and the run itself) never write one run's rows twice.

    Local paths: an exclusive ``flock`` on ``<run>/.lock``, held while the lock is; the kernel
    drops it when the holder dies, so a lock left by a killed sweep is simply taken over (the
    file then names a dead pid). RunLockedError names the live holder. NFS honours it where its
    lock service runs. Object stores have no lock: a marker object names the holder, and the
    lock's ``warning`` says that concurrent sweeps of the run are not prevented (and who the
    marker names, if one was there: maybe a live driver, maybe a killed one)."""
    fs, path = run_path(url, run_id)
    fs.makedirs(path, exist_ok=True)
    lock_path = posixpath.join(path, LOCK_FILE)
    holder = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now(timezone.utc).isoformat()}
    if isinstance(fs, LocalFileSystem):
        handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            other = _parse_holder(handle.read())
            handle.close()
            raise RunLockedError(
                f"run {run_id} is being written by another sweep ({describe_holder(other)}; lock {lock_path}): "
                "wait for it to end or stop it, then resume"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(holder))
        handle.flush()
        return RunLock(fs, lock_path, holder, handle)
    other = _read_holder(fs, lock_path)
    with fs.open(lock_path, "w") as f:
        f.write(json.dumps(holder))
    warning = (f"{url} is an object store: run folders there cannot be locked, so a second sweep or resume "
               f"of run {run_id} at the same time is not prevented (it would write rows twice)")
    if other is not None:
        warning += f"; a marker says another driver may be writing it ({describe_holder(other)}, or it was killed)"
    return RunLock(fs, lock_path, holder, warning=warning)


def describe_holder(holder: dict[str, Any] | None) -> str:
    if not holder:
        return "holder unknown: it is starting"
    return f"pid {holder.get('pid')} on host {holder.get('host')}, since {holder.get('since')}"


def _parse_holder(text: str) -> dict[str, Any] | None:
    try:
        holder = json.loads(text)
    except ValueError:
        return None
    return holder if isinstance(holder, dict) else None


def _read_holder(fs: fsspec.AbstractFileSystem, path: str) -> dict[str, Any] | None:
    try:
        with fs.open(path, "r") as f:
            return _parse_holder(f.read())
    except FileNotFoundError:
        return None
