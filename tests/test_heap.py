"""A model that fills TLC's heap ends as ``out_of_memory``, a bound on work: fast, the same on any
machine, never a timeout and never an error of the model's. (Issue 36, item 5: before, such a run
thrashed in full collections for a minute or more, then was an ``evaluation_error``, or, past the
safety net, a machine-dependent ``timeout``.)"""

from __future__ import annotations

from sysmoray.metrics.evaluate import CheckConfig, evaluate
from sysmoray.tla.answer import split_module_file
from sysmoray.tla.heap import FUTILE_COLLECTIONS, HeapWatch, live_after_full
from sysmoray.tla.outcome import Outcome
from sysmoray.tla.runner import Limits
from sysmoray.tla.tlc import TLCOptions, run_tlc

# Small heaps fill in a second or two; the safety net is far above what detection takes.
SMALL = Limits(timeout_s=300, heap_mb=128)

# One step, deep in the model, has 100,000 successors of 2,000 numbers each: no state budget is
# reached before the heap is full, since TLC builds the whole set first.
STEP_FILLS_HEAP = """---- MODULE StepFillsHeap ----
EXTENDS Naturals
VARIABLES n, x
Init == n = 0 /\\ x = <<>>
Tick == n < 3000 /\\ n' = n + 1 /\\ x' = x
Grow == n = 3000 /\\ n' = n /\\ x' \\in {[i \\in 1..2000 |-> k] : k \\in 1..100000}
Next == Tick \\/ Grow
Spec == Init /\\ [][Next]_<<n, x>>
====
"""

INIT_FILLS_HEAP = """---- MODULE InitFillsHeap ----
EXTENDS Naturals
VARIABLE x
Init == x \\in {[i \\in 1..2000 |-> k] : k \\in 1..100000}
Next == x' = x
====
"""

# One allocation bigger than the heap: the JVM throws at once and TLC reports it itself.
ONE_HUGE_VALUE = """---- MODULE OneHugeValue ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x = 0 /\\ x' = [i \\in 1..300000000 |-> 0]
====
"""


def test_a_full_collection_line_gives_the_heap_left_after_it():
    assert live_after_full("GC(84) Pause Full (Allocation Failure) 955M->950M(989M) 768.231ms") == 950
    assert live_after_full("[1.2s][info][gc] GC(3) Pause Full (System.gc()) 20M->3072K(123M) 9.1ms") == 3
    assert live_after_full("GC(4) Pause Full (Allocation Failure) 2G->1G(2G) 1s") == 1024
    assert live_after_full("GC(0) Pause Young (Allocation Failure) 34M->7M(123M) 18.379ms") is None


def test_the_heap_is_full_only_after_several_futile_full_collections_in_a_row(tmp_path):
    watch = HeapWatch(tmp_path, heap_mb=100)
    full, freed = "GC(1) Pause Full (Allocation Failure) 99M->95M(99M) 1ms", "GC(2) Pause Full (x) 99M->40M(99M) 1ms"
    for line in [full] * (FUTILE_COLLECTIONS - 1) + [freed] + [full] * (FUTILE_COLLECTIONS - 1):
        watch.take(line)
    assert not watch.exhausted  # a collection that freed the heap starts the count again
    watch.take("GC(3) Pause Young (Allocation Failure) 99M->98M(99M) 1ms")
    assert not watch.exhausted
    watch.take(full)
    assert watch.exhausted


def test_the_watch_reads_a_log_as_it_grows_and_a_line_cut_in_two(tmp_path):
    log = tmp_path / "gc.log"
    watch = HeapWatch(tmp_path, heap_mb=100)
    assert not watch.poll()  # no log yet
    line = "GC(1) Pause Full (Allocation Failure) 99M->95M(99M) 1ms\n"
    log.write_text(line * (FUTILE_COLLECTIONS - 1) + line[:20])
    assert not watch.poll()
    with log.open("a") as f:
        f.write(line[20:])
    assert watch.poll()


def test_a_step_that_fills_the_heap_ends_the_run_as_out_of_memory_not_an_error(toolchain):
    result = run_tlc(toolchain, {"StepFillsHeap.tla": STEP_FILLS_HEAP}, "StepFillsHeap", "SPECIFICATION Spec\n",
                     TLCOptions(state_budget=100_000, generated_budget=2_000_000), SMALL)
    assert result.outcome == Outcome.OUT_OF_MEMORY, result.output[-2000:]
    assert result.budget_reached and not result.timed_out
    assert result.errors[0].kind == Outcome.OUT_OF_MEMORY and "heap" in result.errors[0].message


def test_an_init_that_fills_the_heap_ends_as_out_of_memory(toolchain):
    result = run_tlc(toolchain, {"InitFillsHeap.tla": INIT_FILLS_HEAP}, "InitFillsHeap", "INIT Init\nNEXT Next\n",
                     TLCOptions(), SMALL)
    assert result.outcome == Outcome.OUT_OF_MEMORY and not result.timed_out, result.output[-2000:]


def test_tlcs_own_out_of_memory_error_is_the_same_outcome(toolchain):
    result = run_tlc(toolchain, {"OneHugeValue.tla": ONE_HUGE_VALUE}, "OneHugeValue", "INIT Init\nNEXT Next\n",
                     TLCOptions(), SMALL)
    assert "java.lang.OutOfMemoryError" in result.output  # TLC said it, before any watch could
    assert result.outcome == Outcome.OUT_OF_MEMORY and result.budget_reached


def test_a_model_that_fills_the_heap_is_scored_as_cut_by_its_budget(toolchain):
    config = CheckConfig(limits=SMALL)
    evaluation = evaluate(toolchain, split_module_file(STEP_FILLS_HEAP), "SPECIFICATION Spec\n", config)
    runtime = evaluation.phases["runtime"]
    assert runtime.outcome == Outcome.OUT_OF_MEMORY
    # Tick ran in the short first run (tla.jvm), which stopped before Grow was enabled; the
    # exploration that went on filled the heap at Grow's first step.
    assert runtime.details["covered"] == ["Tick"] and runtime.details["not_run"] == ["Grow"]
    assert runtime.score == 0.5 and runtime.details["budget"]["reached"]
    assert evaluation.budget_reached and evaluation.unfinished and not evaluation.machine_dependent
    assert evaluation.tier.tier == "silver" and "out_of_memory" in evaluation.tier.reason


def test_a_window_whose_step_fills_the_heap_is_found_and_the_others_are_still_judged(toolchain):
    from tests.test_conformance import p3, semaphore

    _, _, text, cfg = semaphore()
    exploding = text.replace("Resume(t) == /\\ t \\in woken",
                             "Resume(t) == /\\ t \\in woken /\\ {[i \\in 1..2000 |-> k] : k \\in 1..100000} # {}", 1)
    assert exploding != text
    phase, results = p3(toolchain, exploding, limits=SMALL)
    resumed = [r for r in results if r.action == "Resume"]
    # Halving the batch down to single windows finds the first two that fill the heap; the
    # action is then not run again (errors-per-action cap), and every other window is judged.
    assert [r.outcome for r in resumed].count("error") == 2
    assert all("heap" in r.reason for r in resumed if r.outcome == "error")
    assert {r.outcome for r in resumed} == {"error", "skipped"}
    assert all(r.outcome == "pass" for r in results if r.action != "Resume")
    assert phase.score == 4 / 5
