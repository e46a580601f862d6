"""Trace generator for etcd's Raft library: three real raft.RawNodes in one Go process.

The Go program in ``harness/`` (package main, importing go.etcd.io/etcd/raft as Debian's
golang-etcd-server-dev installs it) draws a fault plan and a schedule from the seed, runs each
step as one call into the real code plus that node's Ready cycle, and prints every step with the
state before and after in plain JSON. This module builds the program offline (cached per user,
keyed by a hash of every Go file it compiles and the Go version), runs it, and records its steps
in the contract's value form (``sysmoray.tasks.values``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from sysmoray.tasks.installed import PackageMissing, apt_command
from sysmoray.tasks.recording import Recorder
from sysmoray.tasks.values import encode, function, record, record_of

HERE = Path(__file__).resolve().parent
GO_DIR = HERE / "harness"
GOCODE = Path("/usr/share/gocode")  # where Debian's golang-*-dev packages put Go sources
ETCD_RAFT = "go.etcd.io/etcd/raft"
APT_HINT = apt_command("golang-go", "golang-etcd-server-dev")
NODES = (1, 2, 3)
STEPS = 130
BUILD_TIMEOUT_S = 300
RUN_TIMEOUT_S = 120
STDERR_TAIL = 4000


class GoToolchainMissing(PackageMissing):
    """Go, or Debian's etcd Raft sources, are not installed."""


class HarnessProgramError(RuntimeError):
    """The Go harness program failed to build, panicked or exited non-zero."""


def _go_env(gopath_first: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(GO111MODULE="off", GOPATH=f"{gopath_first}{os.pathsep}{GOCODE}", GOPROXY="off", GOFLAGS="",
               GOCACHE=str(_cache_root() / "go-build"), CGO_ENABLED="0")
    return env


def _cache_root() -> Path:
    """The per-user cache (XDG_CACHE_HOME or ~/.cache), or one under the temp dir if unwritable."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    root = Path(base) / "sysmoray"
    try:
        root.mkdir(parents=True, exist_ok=True)
        if os.access(root, os.W_OK | os.X_OK):
            return root
    except OSError:
        pass
    root = Path(tempfile.gettempdir()) / f"sysmoray-cache-{os.getuid()}"
    root.mkdir(mode=0o700, exist_ok=True)
    if root.stat().st_uid != os.getuid():
        raise HarnessProgramError(f"{root} belongs to another user: set XDG_CACHE_HOME to a folder of yours")
    return root


def _go() -> str:
    go = shutil.which("go")
    if go is None:
        raise GoToolchainMissing(f"the etcd-raft harness needs the Go toolchain ('go' is not on PATH); "
                                 f"install it with: {APT_HINT}")
    return go


def _run_go(go: str, args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([go, *args], cwd=GO_DIR, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    except OSError as exc:
        raise GoToolchainMissing(f"cannot run {go}: {exc}; install Go with: {APT_HINT}") from None
    except subprocess.TimeoutExpired:
        raise HarnessProgramError(f"'go {' '.join(args)}' did not finish in {timeout:.0f} s") from None


def _fingerprint(go: str, env: dict[str, str]) -> tuple[str, str]:
    """(sha256 over the Go version and every non-standard Go file the program compiles, Go version)."""
    version = _run_go(go, ["env", "GOVERSION"], env, 60)
    if version.returncode != 0 or not version.stdout.strip():
        raise GoToolchainMissing(f"'go env GOVERSION' failed: {version.stderr.strip()[-500:]}; install Go with: {APT_HINT}")
    listing = _run_go(go, ["list", "-deps", "-f", "{{if not .Standard}}{{.Dir}}{{range .GoFiles}}\t{{.}}{{end}}{{end}}", "."], env, 120)
    if listing.returncode != 0:
        if not (GOCODE / "src" / ETCD_RAFT).is_dir() or "cannot find package" in listing.stderr:
            raise GoToolchainMissing(f"Go cannot find {ETCD_RAFT} under {GOCODE}/src (the Debian package "
                                     f"golang-etcd-server-dev installs it): install it with: {APT_HINT}\n"
                                     f"{listing.stderr.strip()[-STDERR_TAIL:]}")
        raise HarnessProgramError(f"'go list' failed on {GO_DIR}:\n{listing.stderr.strip()[-STDERR_TAIL:]}")
    digest = hashlib.sha256(version.stdout.strip().encode() + b"\0")
    for line in sorted(filter(None, listing.stdout.splitlines())):
        directory, *files = line.split("\t")
        for name in sorted(files):
            path = Path(directory) / name
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest(), version.stdout.strip()


def build() -> tuple[Path, str]:
    """The harness binary (built on first use, then cached) and the Go version it was built with."""
    go = _go()
    env = _go_env(str(_cache_root() / "gopath"))
    sha, version = _fingerprint(go, env)
    target = _cache_root() / "etcd-raft-harness" / sha / "harness"
    if target.is_file() and os.access(target, os.X_OK):
        return target, version
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".harness-", dir=target.parent)
    os.close(fd)
    try:
        with tempfile.TemporaryDirectory(prefix="sysmoray-gopath-") as gopath:
            done = _run_go(go, ["build", "-o", tmp, "."], _go_env(gopath), BUILD_TIMEOUT_S)
        if done.returncode != 0:
            raise HarnessProgramError(f"building the etcd-raft harness failed (go build in {GO_DIR}):\n"
                                      f"{done.stderr.strip()[-STDERR_TAIL:]}")
        os.chmod(tmp, 0o755)
        os.replace(tmp, target)  # atomic: a concurrent build of the same sources writes the same file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target, version


def run_program(seed: int, steps: int = STEPS) -> tuple[list[dict], dict]:
    """Run the Go program; (its steps in plain JSON, its end record)."""
    binary, _ = build()
    try:
        done = subprocess.run([str(binary), "-seed", str(seed), "-steps", str(steps)],
                              capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise HarnessProgramError(f"the etcd-raft harness (seed {seed}) did not finish in {RUN_TIMEOUT_S} s") from None
    if done.returncode != 0:
        raise HarnessProgramError(f"the etcd-raft harness (seed {seed}) exited with status {done.returncode}; "
                                  f"its stderr ends:\n{done.stderr[-STDERR_TAIL:]}")
    try:
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise HarnessProgramError(f"the etcd-raft harness (seed {seed}) wrote a line that is not JSON ({exc})") from None
    if not lines or lines[-1].get("kind") != "end":
        raise HarnessProgramError(f"the etcd-raft harness (seed {seed}) wrote no end record; stderr:\n{done.stderr[-STDERR_TAIL:]}")
    return lines[:-1], lines[-1]


# -- plain JSON (the Go program's) -> the contract's value form -------------------------------------

def _entries(entries: list[dict]) -> list:
    return [record(term=e["term"], value=e["value"]) for e in entries]


MESSAGE_FIELDS = ("type", "from", "to", "term", "index", "logTerm", "commit", "reject", "rejectHint")


def message(m: dict) -> dict:
    """A pb.Message as the contract's record (every field; entries as records of term and value)."""
    fields = {name: encode(m[name]) for name in MESSAGE_FIELDS}
    fields["entries"] = _entries(m["entries"])
    return record_of(fields)


def _key(encoded: Any) -> str:
    return json.dumps(encoded, sort_keys=True)


def state(plain: dict) -> dict:
    nodes = {n["id"]: n for n in plain["nodes"]}
    if sorted(nodes) != list(NODES):
        raise HarnessProgramError(f"the harness reported nodes {sorted(nodes)}")

    def per_node(convert) -> dict:
        return function({i: convert(nodes[i]) for i in NODES})

    bag = sorted(([message(m), count] for m, count in plain["msgs"]), key=lambda kv: _key(kv[0]))
    return {
        "role": per_node(lambda n: n["role"]),
        "term": per_node(lambda n: n["term"]),
        "vote": per_node(lambda n: n["vote"]),
        "lead": per_node(lambda n: n["lead"]),
        "log": per_node(lambda n: _entries(n["log"])),
        "commit": per_node(lambda n: n["commit"]),
        "applied": per_node(lambda n: n["applied"]),
        "votes": per_node(lambda n: encode(dict(zip(NODES, n["votes"])))),
        "progress": per_node(lambda n: function({p: record(match=pr["match"], next=pr["next"], state=pr["state"],
                                                           probeSent=pr["probeSent"])
                                                 for p, pr in zip(NODES, n["progress"])})),
        "msgs": {"fn": bag},
    }


def params(plain: dict) -> dict:
    out = {}
    for name, value in plain.items():
        out[name] = message(value) if name == "m" else encode(value)
    return out


def run(seed: int, recorder: Recorder, steps: int = STEPS) -> dict:
    program_steps, end = run_program(seed, steps)
    for step in program_steps:
        recorder.record(step["actor"], step["action"], params(step["params"]), state(step["pre"]), state(step["post"]))
    return {"faults": end["faults"], "go": end["go"], "steps": len(program_steps)}
