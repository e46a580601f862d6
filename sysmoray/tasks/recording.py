"""Record traces by running a task's harness on the real code, and check their provenance.

A harness is ``tasks/<name>/harness.py`` defining ``run(seed: int, recorder: Recorder)``: it
drives the real code under a schedule drawn from the seed and calls ``recorder.record`` once per
executed step, with states read from the code's internals; what it returns goes into the trace
header. A Python harness also defines ``make_object()`` (creates the real object under test;
``run`` must call it through the module, so tests can capture the object); a harness of code in
another language builds and runs its own program and records what it reports.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import inspect
import platform
from pathlib import Path
from types import ModuleType

from sysmoray.tasks.installed import PackageMissing
from sysmoray.tasks.installed import fingerprint as package_fingerprint
from sysmoray.tasks.model import PackageSource, Source, Task
from sysmoray.tasks.trace import Step, TraceHeader, write_trace
from sysmoray.tasks.values import validate


class Recorder:
    def __init__(self) -> None:
        self.steps: list[Step] = []

    def record(self, actor: str, action: str, params: dict, pre: dict, post: dict) -> None:
        """Append one step; values must already be in JSON form (``sysmoray.tasks.values``)."""
        for part in (params, pre, post):
            for value in part.values():
                validate(value)
        self.steps.append(Step(len(self.steps), actor, action, dict(params), dict(pre), dict(post)))


def source_fingerprint(source: Source | PackageSource) -> dict:
    """Version and a hash of the real source of the task's code, read at run time."""
    if isinstance(source, PackageSource):
        return package_fingerprint(source)
    module = importlib.import_module(source.module)
    digest = hashlib.sha256()
    for name in source.objects:
        obj = module
        for part in name.split("."):
            if not hasattr(obj, part) and inspect.ismodule(obj):
                importlib.import_module(f"{obj.__name__}.{part}")  # a submodule the package does not import
            obj = getattr(obj, part)
        digest.update(inspect.getsource(obj).encode())
    if source.package:
        version = importlib.metadata.version(source.package)
    else:
        version = f"python {platform.python_version()}"
    return {"module": source.module, "objects": list(source.objects), "version": version, "hash": "sha256:" + digest.hexdigest()}


def load_harness(task: Task) -> ModuleType:
    if not task.harness:
        raise ValueError(f"task {task.name} has no harness")
    path = Path(task.path(task.harness))
    spec = importlib.util.spec_from_file_location(f"sysmoray_harness_{task.name.replace('-', '_')}", path)
    if spec is None or spec.loader is None:
        raise ValueError(f"cannot load the harness of task {task.name} from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "run", None)):
        raise ValueError(f"{path} defines no run(seed, recorder)")
    return module


def record_trace(task: Task, seed: int, harness: ModuleType | None = None) -> tuple[TraceHeader, list[Step]]:
    harness = harness or load_harness(task)
    recorder = Recorder()
    extra = harness.run(seed, recorder) or {}
    header = TraceHeader(
        task=task.name, trace=f"{task.name}-{seed}", seed=seed,
        python=platform.python_version(), source=source_fingerprint(task.source), extra=dict(extra),
    )
    return header, recorder.steps


def generate_traces(task: Task, count: int, seed: int, out_dir: Path) -> list[Path]:
    paths = []
    harness = load_harness(task)
    for s in range(seed, seed + count):
        header, steps = record_trace(task, s, harness)
        path = out_dir / f"{header.trace}.ndjson"
        write_trace(path, header, steps)
        paths.append(path)
    return paths


def installed_source(task: Task) -> dict | PackageMissing | None:
    """The fingerprint of the task's installed code (or why it cannot be read); None when the
    task's traces came with it (an import) and there is no installed code to compare with.
    Compute it once for all of a task's traces: it hashes every file of the code."""
    if not isinstance(task.source, (Source, PackageSource)):
        return None
    try:
        return source_fingerprint(task.source)
    except PackageMissing as exc:
        return exc


def source_problem(task: Task, header: TraceHeader, installed: dict | PackageMissing | None = None) -> str | None:
    """Why a trace recorded as ``header`` may not match the code installed now (it was recorded
    against other source code, or the code is not installed, so it cannot be compared), said
    without naming the trace; None when it matches. ``installed``: ``installed_source(task)``,
    computed here when not given."""
    now = installed if installed is not None else installed_source(task)
    if now is None:
        return None  # traces that came with an imported task: their header names where from
    recorded = header.source.get("hash")
    label = task.source.package if isinstance(task.source, PackageSource) else task.source.module
    if isinstance(now, PackageMissing):
        return (f"recorded against {header.source.get('version')} (source {recorded}); "
                f"provenance cannot be checked here: {now}")
    if recorded == now["hash"]:
        return None
    return (f"recorded against {header.source.get('version')} (source {recorded}), but the installed {label} "
            f"is {now['version']} (source {now['hash']}): steps may not match the code; "
            f"regenerate with 'sysmoray tasks traces {task.name}'")


def check_source(task: Task, header: TraceHeader, path: str = "",
                 installed: dict | PackageMissing | None = None) -> str | None:
    """The provenance message of one trace (``source_problem``, naming the trace), else None."""
    problem = source_problem(task, header, installed)
    return None if problem is None else f"trace {path or header.trace} of task {task.name} was {problem}"
