import os

import pytest

from sysmoray.tla.toolchain import find_toolchain
from tests.chat_stub import stub  # noqa: F401 (a fixture: the scripted chat server)


# The README's test command runs two pytest-xdist workers, each taking whole files (``--dist
# loadfile``: a module's Ray, vLLM engine or shared evaluations start once) in collection order as
# it frees up. The longest files go first, so that no worker is left alone with one at the end.
# Measured on 2 cores; a stale order costs balance, never a result.
LONGEST_FIRST = (
    "test_scoring.py", "test_bad_inputs.py", "test_sweep_vllm.py", "test_description_suite.py",
    "test_determinism.py", "test_sweep.py", "test_corpus.py", "test_metrics.py", "test_vllm_memory.py",
    "test_openai_backend.py", "test_vllm_backend.py", "test_sweep_bad_server.py", "test_mutants.py", "test_tasks.py",
)


def pytest_collection_modifyitems(items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: files keep their own order


@pytest.fixture(scope="session")
def toolchain():
    return find_toolchain()


def java_processes_under(path_fragment: str) -> list[str]:
    """Command lines of live processes whose arguments mention ``path_fragment``."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if path_fragment in cmd and "java" in cmd:
            found.append(cmd)
    return found
