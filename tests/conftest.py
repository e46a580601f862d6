import os

import pytest

from sysmoray.tla.toolchain import find_toolchain
from tests.chat_stub import stub  # noqa: F401 (a fixture: the scripted chat server)


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
