"""Code a system package installs (Debian's Go sources of etcd): loaded, shown, fingerprinted,
and a missing package named with its apt-get command, never a traceback."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from sysmoray.generation.prompts import build_prompt, read_task_source
from sysmoray.tasks.installed import PackageMissing, fingerprint
from sysmoray.tasks.loader import TaskFormatError, find_task, load_task
from sysmoray.tasks.model import PackageSource
from sysmoray.tasks.recording import check_source, generate_traces
from sysmoray.tasks.trace import TraceHeader

ETCD = find_task("etcd-raft")
INSTALLED = Path(ETCD.source.root).is_dir() and shutil.which("go") is not None
needs_etcd = pytest.mark.skipif(
    not INSTALLED and not os.environ.get("CI"),
    reason="Debian's etcd sources and Go are absent: apt-get install golang-go golang-etcd-server-dev",
)


def _package(tmp_path: Path, **files: str) -> PackageSource:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return PackageSource("example.org/lib", str(tmp_path), tuple(files), "golang-example-dev")


def test_the_etcd_task_names_installed_files_not_copies():
    assert isinstance(ETCD.source, PackageSource)
    assert ETCD.source.package == "go.etcd.io/etcd/raft" and ETCD.source.system_package == "golang-etcd-server-dev"
    assert "raft.go" in ETCD.source.files
    # The task folder holds no etcd code: the harness is ours, the raft files stay where Debian put them.
    assert not any(Path(ETCD.root).rglob("raft.go"))


def test_fingerprint_hashes_the_files_and_changes_with_them(tmp_path):
    source = _package(tmp_path, **{"a.go": "package a\n", "sub/b.go": "package sub\n"})
    first = fingerprint(source)
    assert first["files"] == ["a.go", "sub/b.go"] and first["hash"].startswith("sha256:")
    (tmp_path / "sub/b.go").write_text("package sub // changed\n")
    assert fingerprint(source)["hash"] != first["hash"]


def test_a_missing_package_is_named_with_its_apt_get_command(tmp_path):
    source = _package(tmp_path, **{"a.go": "package a\n"})
    source = replace(source, files=("a.go", "gone.go"))
    with pytest.raises(PackageMissing, match="apt-get install golang-example-dev"):
        fingerprint(source)
    # In a prompt it is a note; in provenance a warning: neither crashes a sweep.
    task = replace(ETCD, source=source)
    code = read_task_source(task)
    assert code.missing and "apt-get install golang-example-dev" in code.text
    header = TraceHeader(task="etcd-raft", trace="t", seed=1, python="3", source={"hash": "sha256:x", "version": "v"})
    message = check_source(task, header, "t.ndjson")
    assert message and "cannot be checked" in message and "apt-get install" in message


def test_package_source_fields_are_checked(tmp_path):
    folder = tmp_path / "t"
    shutil.copytree(ETCD.root, folder, ignore=shutil.ignore_patterns("harness", "reference", "__pycache__"))
    yaml_path = folder / "task.yaml"
    text = yaml_path.read_text()
    yaml_path.write_text(text.replace("root: /usr/share/gocode/src/go.etcd.io/etcd/raft", "root: gocode/raft"))
    with pytest.raises(TaskFormatError, match="absolute folder"):
        load_task(str(folder))
    yaml_path.write_text(text.replace("files: [raft.go,", "files: [../../etc/passwd,"))
    with pytest.raises(TaskFormatError, match="inside"):
        load_task(str(folder))


@needs_etcd
def test_the_direct_prompt_shows_the_installed_go_code():
    prompt = build_prompt(ETCD, "direct")
    text, info = "\n".join(m.content for m in prompt.messages), prompt.info
    assert "===== FILE: raft.go =====" in text and "func stepLeader(" in text
    assert "golang-etcd-server-dev 3.4" in info["source_header"]
    assert info["source_missing"] == []


@needs_etcd
def test_traces_regenerate_byte_identical_to_the_committed_ones(tmp_path):
    committed = sorted(Path(ETCD.path(ETCD.traces)).glob("*.ndjson"))
    assert len(committed) == 12
    seeds = sorted(int(p.stem.rsplit("-", 1)[1]) for p in committed)
    assert seeds == list(range(1, 13))
    written = generate_traces(ETCD, 12, 1, tmp_path)
    assert sorted(p.name for p in written) == [p.name for p in committed]
    for path in committed:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
