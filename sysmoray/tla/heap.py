"""Tell a JVM whose heap is full from one that is working, by reading its GC log as it runs.

A model that fills TLC's heap (one step with 100,000 successors of 2,000 numbers each, a huge
Init) does not fail fast. The serial collector frees a few bytes per full collection and the JVM
goes on collecting: measured on a 1 GiB heap, full after 2.5 s, TLC's OutOfMemoryError after 57 s
and 75 full collections that each freed under 1 MB (on a slower node, the wall-clock safety net
comes first). The heap cap is a bound on work like the state budget (``tla.budget``), so reaching
it must end the run at once, and in the same way on any machine: the runner stops a JVM after
``FUTILE_COLLECTIONS`` full collections in a row that each left the heap over ``FULL_SHARE`` of its
cap. That is a fact of the model's live data, not of the clock. (A healthy TLC run keeps little on
its heap: fingerprints live off it and the state queue spills to disk.)
"""

from __future__ import annotations

import os
import re
from pathlib import Path

LOG_NAME = "gc.log"  # in the run's scratch directory (its cwd: -Xlog takes ':' as a separator)
# Full collections only would do, but -Xlog has no such selector: one line a collection, no decorations.
LOG_OPTION = f"-Xlog:gc:file={LOG_NAME}:none:filecount=0"
FULL_SHARE = 0.9
FUTILE_COLLECTIONS = 3
_MAX_READ = 1 << 20  # bytes of log read per poll; a log past MAX_LOG_BYTES is no longer read
MAX_LOG_BYTES = 64 << 20

_UNITS = {"B": 1 / (1 << 20), "K": 1 / 1024, "M": 1.0, "G": 1024.0}
# "GC(84) Pause Full (Allocation Failure) 955M->955M(989M) 768.231ms"; the cause may hold
# parentheses of its own ("System.gc()").
_FULL = re.compile(r"Pause Full .*? (\d+)([BKMG])->(\d+)([BKMG])\((\d+)([BKMG])\)")


def live_after_full(line: str) -> float | None:
    """MiB left on the heap after the full collection ``line`` reports (None: not a full collection)."""
    m = _FULL.search(line)
    return None if m is None else int(m.group(3)) * _UNITS[m.group(4)]


class HeapWatch:
    """Follows one JVM's GC log (``LOG_OPTION``, written in ``directory``) while the JVM runs."""

    def __init__(self, directory: Path, heap_mb: int) -> None:
        self.path = directory / LOG_NAME
        self.full_mb = FULL_SHARE * heap_mb
        self.offset = 0
        self.partial = b""
        self.futile = 0  # full collections in a row that left the heap full

    @property
    def exhausted(self) -> bool:
        return self.futile >= FUTILE_COLLECTIONS

    def poll(self) -> bool:
        """Read what the JVM logged since the last poll; is its heap full (``exhausted``)?"""
        if self.exhausted or self.offset >= MAX_LOG_BYTES:
            return self.exhausted
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            return False  # not written yet
        try:
            chunk = os.pread(fd, _MAX_READ, self.offset)
        finally:
            os.close(fd)
        self.offset += len(chunk)
        lines = (self.partial + chunk).split(b"\n")
        self.partial = lines.pop()[-4096:]
        for raw in lines:
            self.take(raw.decode("ascii", "replace"))
        return self.exhausted

    def take(self, line: str) -> None:
        live = live_after_full(line)
        if live is not None:
            self.futile = self.futile + 1 if live >= self.full_mb else 0
