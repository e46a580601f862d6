"""Run a Java main class of tla2tools.jar on untrusted input, sandboxed in a scratch directory.

Every run gets a fresh scratch directory (the process's cwd, its ``java.io.tmpdir`` and TLC's
metadir), a heap cap and a wall-clock limit. The JVM is started in its own process group and, on
timeout or any interruption, the whole group is killed: no Java process outlives a run. If the
supervisor itself is killed (SIGKILL of ``sysmoray check``, a Ray worker that dies), the kernel
kills the JVM (Linux ``PR_SET_PDEATHSIG``), and the scratch directories it leaves are removed by
the next run on that machine. Output is read through a pipe while the JVM runs and only its head
and tail are kept (``MAX_OUTPUT_BYTES``), so a model that prints gigabytes fills neither disk nor
memory; one that prints more than ``Limits.max_output_bytes`` in all is killed, and its output
ends with a line saying so (an output flood is never a pass: the run has no verdict).

Every JVM runs in a private network namespace of its own (Linux ``unshare(CLONE_NEWNET)``, in a
new user namespace too where the supervisor lacks ``CAP_SYS_ADMIN``): it has only a loopback
interface, down, so an untrusted model reaches no network, and the RMI listener every TLC JVM
opens (its fingerprint set is a ``UnicastRemoteObject``, bound to ``*:<ephemeral port>``; TLC has
no switch for it) is not visible on the host. Where namespaces are not permitted (a container's
seccomp filter, ``kernel.unprivileged_userns_clone=0``) JVMs run in the host's network as before:
``network_isolation()`` finds that out once per process, warns once, and ``sysmoray doctor``
reports it.

The wall-clock limit is a safety net against a hung or runaway JVM, not a budget: how much a
check explores is bounded by work (``tla.budget``), so that a score does not depend on how busy
the node is. A run that hits the limit is a ``timeout``, which results mark as machine-dependent.
The heap cap, by contrast, is a bound on work: a JVM whose heap stays full is stopped as soon as its
GC log shows it (``tla.heap``), and its result says so (``heap_exhausted``), the same on any node.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from sysmoray.tla.heap import LOG_OPTION, HeapWatch
from sysmoray.tla.jvm import GC_FLAG, SHORT_RUN_OPTIONS
from sysmoray.tla.toolchain import Toolchain

# Output beyond this is cut in the middle: the head holds the errors, the tail the statistics.
MAX_OUTPUT_BYTES = 16 * 1024 * 1024
# A process that writes more is killed: no honest check prints this much (a Print flood does).
OUTPUT_LIMIT_BYTES = 64 * 1024 * 1024


# Well above what a state budget needs on a loaded node (a 100k-state Raft run takes ~12 s idle).
SAFETY_TIMEOUT_S = 600.0
_POLL_S = 0.25  # how often a running JVM's GC log is read


@dataclass(frozen=True)
class Limits:
    timeout_s: float = SAFETY_TIMEOUT_S  # per JVM: the safety net, never a budget
    heap_mb: int = 1024
    workers: int = 1
    short: bool = False  # expected to be a short run (SANY; a small model's checks): C1 only (tla.jvm)
    max_output_bytes: int = OUTPUT_LIMIT_BYTES  # stdout + stderr; past it the process is killed
    kept_output_bytes: int = MAX_OUTPUT_BYTES  # of those, kept (head and tail); the middle is cut


@dataclass(frozen=True)
class ProcessResult:
    argv: tuple[str, ...]
    returncode: int | None  # None when killed on timeout
    output: str  # stdout and stderr, interleaved
    timed_out: bool
    wall_s: float
    truncated: bool = False
    flooded: bool = False  # killed for writing more than Limits.max_output_bytes
    heap_exhausted: bool = False  # stopped with its heap full (tla.heap): a bound on work, not the clock


OWNER_FILE = ".sysmoray-owner"  # the pid of the process a scratch directory belongs to
_swept: set[str] = set()  # scratch roots this process has cleaned of dead runs' directories


@contextmanager
def scratch_dir(prefix: str = "sysmoray-") -> Iterator[Path]:
    """A fresh directory for one run; removed afterwards unless $SYSMORAY_KEEP_SCRATCH is set."""
    root = os.environ.get("SYSMORAY_SCRATCH") or tempfile.gettempdir()
    if root not in _swept:
        _swept.add(root)
        remove_dead_scratch(Path(root))
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    (path / "tmp").mkdir()
    (path / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    try:
        yield path
    finally:
        if not os.environ.get("SYSMORAY_KEEP_SCRATCH"):
            shutil.rmtree(path, ignore_errors=True)


def remove_dead_scratch(root: Path) -> list[Path]:
    """Remove the scratch directories under ``root`` whose owner process is gone (a supervisor
    killed before it could clean up); the removed paths. Only directories this module made (they
    hold ``OWNER_FILE``) are touched, and not while kept for debugging."""
    if os.environ.get("SYSMORAY_KEEP_SCRATCH"):
        return []
    removed = []
    try:
        candidates = [p for p in root.iterdir() if p.name.startswith("sysmoray-") and p.is_dir()]
    except OSError:
        return []
    for path in candidates:
        try:
            owner = int((path / OWNER_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if not _alive(owner):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def write_files(directory: Path, files: Mapping[str, str]) -> None:
    for name, text in files.items():
        target = directory / name
        if target.resolve().parent != directory.resolve():
            raise ValueError(f"refusing to write outside the scratch directory: {name!r}")
        target.write_text(text, encoding="utf-8")


def java_argv(toolchain: Toolchain, main_class: str, args: list[str], scratch: Path, limits: Limits) -> list[str]:
    return [
        str(toolchain.java.path),
        f"-Xmx{limits.heap_mb}m",
        "-Xss16m",  # deep recursion in specs (RECURSIVE operators) needs stack
        GC_FLAG,
        LOG_OPTION,
        "-XX:-UsePerfData",  # no hsperfdata files outside the scratch dir
        *toolchain.speed_options,
        *(SHORT_RUN_OPTIONS if limits.short else ()),
        "-Dfile.encoding=UTF-8",
        f"-Djava.io.tmpdir={scratch / 'tmp'}",
        f"-DTLA-Library={toolchain.library_dir}",
        "-cp",
        str(toolchain.jar.path),
        main_class,
        *args,
    ]


def run_java(
    toolchain: Toolchain, main_class: str, args: list[str], scratch: Path, limits: Limits
) -> ProcessResult:
    argv = java_argv(toolchain, main_class, args, scratch, limits)
    started = time.monotonic()
    output = CappedOutput(limits.kept_output_bytes)
    heap = HeapWatch(scratch, limits.heap_mb)
    isolation = network_isolation()
    try:
        proc = subprocess.Popen(
            argv,
            cwd=scratch,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group, so killpg reaches every child
            preexec_fn=_child_setup(os.getpid(), isolation.flags),
        )
    except subprocess.SubprocessError as e:  # the child could not enter its namespaces
        raise RuntimeError(f"could not start the JVM ({isolation.how}): {e}") from e
    try:
        # Read in this thread, the one that forked: PR_SET_PDEATHSIG follows the forking thread.
        ended = _drain(proc, output, started + limits.timeout_s, limits.max_output_bytes, heap)
    finally:
        # Also reached on KeyboardInterrupt or any other exception while waiting.
        _kill_group(proc)
        proc.stdout.close()
    if ended == _ENDED and heap.poll():
        # Its heap was full before it ended: the verdict is the same as if the poll had come first.
        ended = _HEAP_FULL
    timed_out = ended == _DEADLINE
    flooded = output.total > limits.max_output_bytes
    text = output.text()
    if flooded:
        text += f"\n[sysmoray: killed after more than {limits.max_output_bytes} bytes of output]\n"
    return ProcessResult(
        argv=tuple(argv),
        returncode=None if timed_out else proc.returncode,
        output=text,
        timed_out=timed_out,
        wall_s=time.monotonic() - started,
        truncated=output.total > output.cap,
        flooded=flooded,
        heap_exhausted=ended == _HEAP_FULL,
    )


class CappedOutput:
    """A stream's first and last ``cap // 2`` bytes, and how many it had in all."""

    def __init__(self, cap: int) -> None:
        self.cap, self.total = cap, 0
        self.head, self.tail = bytearray(), bytearray()

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        half = self.cap // 2
        room = half - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        self.tail += chunk
        if len(self.tail) > 2 * half:  # trimmed in big steps: amortised O(1) a byte
            del self.tail[: len(self.tail) - half]

    def text(self) -> str:
        if self.total <= self.cap:
            data = bytes(self.head + self.tail)
        else:
            tail = self.tail[-(self.cap // 2):]
            cut = self.total - len(self.head) - len(tail)
            data = bytes(self.head) + f"\n[... {cut} bytes of output cut ...]\n".encode() + bytes(tail)
        return data.decode("utf-8", "replace")


_ENDED, _DEADLINE, _FLOOD, _HEAP_FULL = "ended", "deadline", "flood", "heap full"


def _drain(proc: subprocess.Popen, output: CappedOutput, deadline: float, limit: int, heap: HeapWatch) -> str:
    """Read ``proc``'s output until it ends, or until ``deadline`` passes, the output exceeds
    ``limit`` bytes or ``heap`` finds the JVM's heap full; which of these (the caller kills the
    group whatever the reason)."""
    fd = proc.stdout.fileno()
    next_poll = time.monotonic() + _POLL_S
    while True:
        now = time.monotonic()
        left = deadline - now
        if left <= 0:
            return _DEADLINE
        if now >= next_poll:
            next_poll = now + _POLL_S
            if heap.poll():
                return _HEAP_FULL
        ready, _, _ = select.select([fd], [], [], min(left, max(next_poll - now, 0.0)))
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:  # every writer closed the pipe: the JVM has ended (or is ending)
            try:
                proc.wait(timeout=max(deadline - time.monotonic(), 0.01))
            except subprocess.TimeoutExpired:
                return _DEADLINE
            return _ENDED
        output.add(chunk)
        if output.total > limit:
            return _FLOOD


def _load_libc():  # type: ignore[no-untyped-def]
    if not os.uname().sysname == "Linux":
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


_LIBC = _load_libc()
_PRCTL = getattr(_LIBC, "prctl", None)
_UNSHARE = getattr(_LIBC, "unshare", None)
_PR_SET_PDEATHSIG = 1
_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000


@dataclass(frozen=True)
class NetworkIsolation:
    flags: int  # for unshare(2) in the child before exec; 0: the JVM runs in the host's network
    how: str  # for ``sysmoray doctor``: how the JVMs run, or why unshare failed

    @property
    def isolated(self) -> bool:
        return self.flags != 0


class NetworkIsolationWarning(RuntimeWarning):
    pass


_ISOLATION: NetworkIsolation | None = None  # found out once per process


def network_isolation() -> NetworkIsolation:
    """How this process's JVMs are kept off the network, tried once (a throwaway child) and cached."""
    global _ISOLATION
    if _ISOLATION is None:
        _ISOLATION = _probe_isolation()
        if not _ISOLATION.isolated:
            warnings.warn(f"SANY/TLC JVMs run in the host's network, their RMI port open on it ({_ISOLATION.how})",
                          NetworkIsolationWarning, stacklevel=2)
    return _ISOLATION


def _probe_isolation() -> NetworkIsolation:
    if _UNSHARE is None:
        return NetworkIsolation(0, "no unshare(2) on this system")
    failures = []
    # A private network namespace alone where this process may (root, or root in a container
    # that kept CAP_SYS_ADMIN); else inside a new user namespace, which needs no privilege.
    for flags, name in ((_CLONE_NEWNET, "network namespace"),
                        (_CLONE_NEWUSER | _CLONE_NEWNET, "user and network namespace")):
        error = _try_in_child(flags)
        if error == 0:
            return NetworkIsolation(flags, f"each JVM in a private {name}")
        failures.append(f"unshare of a {name}: {os.strerror(error) if error > 0 else 'failed'}")
    return NetworkIsolation(0, "; ".join(failures))


def _try_in_child(flags: int) -> int:
    """0 if a child can enter namespaces ``flags`` as a JVM's child would; else an errno."""
    uid, gid = os.geteuid(), os.getegid()

    def enter() -> None:
        try:
            _enter_namespaces(flags, uid, gid)
        except OSError as e:
            os._exit(e.errno or 255)
        os._exit(0)  # the exit status is the answer: the child never reaches exec

    try:
        probe = subprocess.run([sys.executable or "true"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, preexec_fn=enter, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return -1
    return probe.returncode


def _enter_namespaces(flags: int, uid: int, gid: int) -> None:
    """In the child, between fork and exec: move into new namespaces ``flags``. In a new user
    namespace the child maps its own uid and gid to themselves (the only map an unprivileged
    process may write), so it keeps its identity: files it writes are its user's, and it has no
    privilege over the host that it did not have before."""
    if _UNSHARE(flags) != 0:
        raise OSError(ctypes.get_errno(), "unshare")
    if flags & _CLONE_NEWUSER:
        for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
            fd = os.open(f"/proc/self/{name}", os.O_WRONLY)
            try:
                os.write(fd, text.encode("ascii"))
            finally:
                os.close(fd)


def _child_setup(parent: int, netns_flags: int):  # type: ignore[no-untyped-def]
    """For the child, between fork and exec: enter a private network namespace (when this process
    can), then be killed when the supervisor dies. (The kernel sends the signal when the forking
    *thread* exits; ``run_java``'s thread waits for the JVM.) The death signal is armed last: the
    kernel clears it on a change of credentials (a new user namespace keeps it, measured on Linux
    6.18, but nothing may run after it that could drop it). An error raised here fails the
    ``Popen``: a JVM that should be off the network never runs on it."""
    if not netns_flags and _PRCTL is None:
        return None  # nothing to do (not Linux)
    uid, gid = os.geteuid(), os.getegid()

    def setup() -> None:
        if netns_flags:
            _enter_namespaces(netns_flags, uid, gid)
        if _PRCTL is not None:
            _PRCTL(_PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() != parent:  # the supervisor died before the signal was armed
                os._exit(1)

    return setup


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()
