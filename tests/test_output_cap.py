"""A model that floods its output (TLC's Print in a loop) is cut off while it runs: nothing of it
reaches the disk, memory keeps only the head and tail, and the run is killed with a line saying why,
so its outcome is no pass."""

from __future__ import annotations

from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import CappedOutput, Limits
from sysmoray.tla.tlc import run_tlc

# Init prints a 1 kB string 10^7 times: some 10 GB if let run.
FLOOD = """---- MODULE Flood ----
EXTENDS Naturals, TLC
VARIABLE x
Big == "%s"
Init == x = 0 /\\ \\A i \\in 1..10000000 : PrintT(Big)
Next == x' = x
====
""" % ("flood" * 200)


def test_capped_output_keeps_head_and_tail():
    out = CappedOutput(8)
    for piece in (b"ab", b"cdefgh", b"ijkl", b"mn"):
        out.add(piece)
    assert out.total == 14 and out.text() == "abcd\n[... 6 bytes of output cut ...]\nklmn"
    small = CappedOutput(8)
    small.add(b"abc")
    assert small.text() == "abc"


def test_a_print_flood_is_killed_at_the_cap_and_is_no_pass(toolchain, tmp_path, monkeypatch):
    monkeypatch.setenv("SYSMORAY_SCRATCH", str(tmp_path))
    monkeypatch.setenv("SYSMORAY_KEEP_SCRATCH", "1")  # to see what it left on disk
    cap = 4 * 1024 * 1024
    result = run_tlc(toolchain, {"Flood.tla": FLOOD}, "Flood", "INIT Init\nNEXT Next\n",
                     limits=Limits(timeout_s=120, max_output_bytes=cap))
    assert result.outcome == Outcome.CRASH and result.returncode == -9
    assert "printed more output than a check may write" in result.errors[-1].message
    assert f"killed after more than {cap} bytes of output" in result.output
    assert result.wall_s < 60  # stopped by the cap, not by the wall-clock safety net
    assert cap < len(result.output) < cap + 2**17  # all it wrote until killed (under MAX_OUTPUT_BYTES)
    (scratch,) = [p for p in tmp_path.iterdir() if p.name.startswith("sysmoray-tlc-")]
    on_disk = sum(f.stat().st_size for f in scratch.rglob("*") if f.is_file())
    assert on_disk < cap, on_disk
