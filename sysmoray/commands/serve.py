"""``sysmoray serve``: the scoring service on Ray Serve (``engine.service``)."""

from __future__ import annotations

import os
import signal
import time
from typing import Optional

import typer

from sysmoray.commands.common import err, fail


def serve_command(
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join (default: start a local Ray)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0: every one)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="HTTP port."),
    replicas: int = typer.Option(1, "--replicas", min=1, help="Replicas (one CPU each); the autoscaling minimum."),
    max_replicas: Optional[int] = typer.Option(None, "--max-replicas", min=1, help="Autoscale up to this many replicas."),
    workers: int = typer.Option(4, "--workers", min=1, help="Checks at once per replica."),
    tasks_dir: Optional[str] = typer.Option(None, "--tasks-dir", help="Where tasks live (default: the built-in ones)."),
    states: Optional[int] = typer.Option(None, "--states", min=1, help="Every task's distinct-state budget."),
    shape: str = typer.Option("total", "--shape", help="Reward of /get_reward: total or tier."),
) -> None:
    """Serve sysmoray's score over HTTP on Ray Serve: POST /score (evaluations) and POST
    /get_reward (OpenRLHF's remote reward protocol: --remote_rm_url http://HOST:PORT/get_reward)."""
    import ray
    from ray import serve

    from sysmoray.engine.service import ServiceSettings, deployment

    if shape not in ("total", "tier"):
        raise fail(f"--shape must be total or tier, got {shape!r}")
    settings = ServiceSettings(tasks_dir=tasks_dir, states=states, shape=shape, workers=workers)
    if not address:
        os.environ.setdefault("PYTHONWARNINGS", "ignore")  # a local Ray's workers log to files
    ray.init(address=address or "local", log_to_driver=False, configure_logging=False)
    try:
        serve.start(http_options={"host": host, "port": port})
        serve.run(deployment(settings, replicas, max_replicas), name="sysmoray", route_prefix="/")
    except Exception as exc:  # a port in use, a cluster without room: one line, not Serve's traceback
        ray.shutdown()
        raise fail(f"the scoring service did not start: {str(exc).strip().splitlines()[-1][:300]}") from exc
    err.print(f"serving on http://{host}:{port}: POST /score, POST /get_reward (OpenRLHF), GET /healthz; Ctrl-C stops")
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    try:
        while not stop["now"]:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        serve.shutdown()
        ray.shutdown()
    err.print("stopped")
