"""TLC's JVMs are off the host's network: each runs in a private network namespace, so the RMI
listener every TLC JVM opens (its fingerprint set is a ``UnicastRemoteObject``) is not on the host.
Where namespaces are denied, JVMs run as before, and that is found out once and reported."""

from __future__ import annotations

import ctypes
import errno
import os
import threading
import warnings
from pathlib import Path

import pytest

from sysmoray.tla import runner
from sysmoray.tla.doctor import tlc_network
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits, NetworkIsolation, NetworkIsolationWarning, run_java, scratch_dir
from sysmoray.tla.tlc import run_tlc
from tests.test_runner import SLOW, tlc_pids, wait_for

LOCK = Path(__file__).resolve().parents[1] / "sysmoray" / "examples" / "Lock.tla"


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    return inodes


def _listening_inodes(net_dir: str) -> set[str]:
    """Inodes of the TCP sockets in LISTEN state in the table(s) under ``net_dir`` (a /proc/.../net)."""
    inodes = set()
    for name in ("tcp", "tcp6"):
        try:
            with open(f"{net_dir}/{name}", encoding="ascii") as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if fields[3] == "0A":  # TCP_LISTEN
                inodes.add(fields[9])
    return inodes


def _tlc_listeners(toolchain) -> tuple[set[str], set[str], bool]:
    """Run a TLC that lasts until killed; once its RMI listener is open, its listening sockets as
    its own namespace shows them, those of them in this (the host's) namespace, and whether it
    ran in a network namespace other than this process's."""
    found: dict = {}
    with scratch_dir() as scratch:
        (scratch / "Slow.tla").write_text(SLOW)
        (scratch / "Slow.cfg").write_text("INIT Init\nNEXT Next\n")
        args = ["-workers", "1", "-metadir", "meta", "Slow.tla"]
        thread = threading.Thread(target=lambda: found.setdefault(
            "result", run_java(toolchain, "tlc2.TLC", args, scratch, Limits(timeout_s=120))))
        thread.start()
        try:
            assert wait_for(lambda: tlc_pids(str(scratch)), 60), "TLC never started"
            pid = tlc_pids(str(scratch))[0]
            # /proc/<pid>/net is the JVM's own namespace: the listener shows there once exported.
            assert wait_for(lambda: _socket_inodes(pid) & _listening_inodes(f"/proc/{pid}/net"), 60), \
                "TLC never opened its RMI listener: this test checks nothing"
            own = _socket_inodes(pid) & _listening_inodes(f"/proc/{pid}/net")
            on_host = _socket_inodes(pid) & _listening_inodes("/proc/self/net")
            elsewhere = os.readlink(f"/proc/{pid}/ns/net") != os.readlink("/proc/self/ns/net")
        finally:
            for jvm in tlc_pids(str(scratch)):
                os.kill(jvm, 9)
            thread.join(60)
    assert found["result"].returncode != 0  # killed, as it should be: nothing more to learn from it
    return own, on_host, elsewhere


def test_no_tlc_listener_in_the_hosts_network(toolchain):
    isolation = runner.network_isolation()
    if not isolation.isolated:
        if os.environ.get("CI") == "true":  # CI runs as root on Linux: the namespace must work there
            pytest.fail(f"no network namespace on CI: {isolation.how}")
        pytest.skip(f"network namespaces are not permitted here: {isolation.how}")
    own, on_host, elsewhere = _tlc_listeners(toolchain)
    assert own and elsewhere
    assert not on_host, f"TLC's listening sockets {on_host} are in the host's network namespace"


def test_without_the_namespace_the_listener_is_on_the_host(toolchain, monkeypatch):
    """The control: the same reading sees TLC's RMI port on the host when the JVM shares its network."""
    monkeypatch.setattr(runner, "_ISOLATION", NetworkIsolation(0, "turned off by this test"))
    own, on_host, elsewhere = _tlc_listeners(toolchain)
    assert own and on_host == own and not elsewhere


def test_where_unshare_is_denied_jvms_run_as_before_and_it_is_reported_once(toolchain, monkeypatch):
    # A fake unshare that fails as a container's seccomp filter or kernel.unprivileged_userns_clone=0
    # makes it fail (EPERM): the one place this test fakes anything, since denying namespaces for
    # real would need a change to the whole machine. It runs in the probe's forked child.
    def denied(flags: int) -> int:
        ctypes.set_errno(errno.EPERM)
        return -1

    monkeypatch.setattr(runner, "_UNSHARE", denied)
    monkeypatch.setattr(runner, "_ISOLATION", None)
    with pytest.warns(NetworkIsolationWarning, match="Operation not permitted"):
        isolation = runner.network_isolation()
    assert not isolation.isolated
    assert "user and network namespace: Operation not permitted" in isolation.how
    assert "not permitted here" in tlc_network()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no second warning: not one a check
        assert runner.network_isolation() is isolation
        result = run_tlc(toolchain, {"Lock.tla": LOCK.read_text()}, "Lock", LOCK.with_suffix(".cfg").read_text())
    assert (result.outcome, result.distinct_states) == (Outcome.OK, 16)
