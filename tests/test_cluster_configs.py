"""The deployment files under cluster/ parse, agree with each other and with what the sweep
needs: node types and resources, autoscaling, install steps, the sweep command and its config.

Where Ray itself can judge a file (the launcher's JSON schema, KubeRay's CR -> autoscaler
config conversion), it does."""

from __future__ import annotations

import inspect
import json
import os
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

CLUSTER = Path(__file__).resolve().parent.parent / "cluster"
LAUNCHER = CLUSTER / "ray-cluster.yaml"
RAYCLUSTER = CLUSTER / "kuberay" / "raycluster.yaml"
RAYJOB = CLUSTER / "kuberay" / "rayjob.yaml"
EXAMPLE = CLUSTER / "sweep.example.toml"
YAML_FILES = sorted(p for p in CLUSTER.rglob("*") if p.suffix in (".yaml", ".yml"))
REPLAY_SPECS = ("reference", "mutants")


def load_docs(path: Path) -> list[Any]:
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


def one(path: Path, kind: str) -> dict[str, Any]:
    docs = [d for d in load_docs(path) if d.get("kind") == kind]
    assert len(docs) == 1, f"{path.name}: expected one {kind}, found {len(docs)}"
    return docs[0]


def configmap_toml() -> tuple[dict[str, Any], str]:
    cm = one(RAYJOB, "ConfigMap")
    text = cm["data"]["sweep.toml"]
    return tomllib.loads(text), text


def sweep_flags() -> set[str] | None:
    """The long options `sysmoray sweep` accepts, when the command exists."""
    try:
        from sysmoray.commands.sweep import sweep
    except ImportError:
        return None
    flags: set[str] = set()
    for param in inspect.signature(sweep).parameters.values():
        flags.update(d for d in getattr(param.default, "param_decls", ()) or () if d.startswith("--"))
    return flags


def check_sweep_command(command: str) -> None:
    words = shlex.split(command)
    assert words[:2] == ["sysmoray", "sweep"], command
    assert "--address" in words and words[words.index("--address") + 1] == "auto", command
    known = sweep_flags()
    if known:
        unknown = [w.split("=")[0] for w in words if w.startswith("--") and w.split("=")[0] not in known]
        assert not unknown, f"{command}: sysmoray sweep has no {unknown}"


def check_models(doc: dict[str, Any], where: str) -> None:
    models = doc.get("models")
    assert isinstance(models, list) and models, f"{where}: no [[models]]"
    for m in models:
        spec = m["spec"]
        assert spec.startswith(("vllm:", "openai:")) or spec in REPLAY_SPECS, f"{where}: bad spec {spec!r}"
        if "gpus" in m:
            assert type(m["gpus"]) is int and m["gpus"] >= 0, f"{where}: {spec}: gpus must be an int"
        if "replicas" in m:
            assert type(m["replicas"]) is int and m["replicas"] >= 1, f"{where}: {spec}: replicas"
        if spec.startswith("vllm:"):
            assert m.get("gpus", 1) >= 1, f"{where}: {spec}: a vllm model needs a GPU"


# --- every YAML file ------------------------------------------------------------------------


def test_every_yaml_file_parses():
    assert {LAUNCHER, RAYCLUSTER, RAYJOB} <= set(YAML_FILES)
    for path in YAML_FILES:
        docs = load_docs(path)
        assert docs, f"{path} is empty"
        assert all(isinstance(d, dict) for d in docs), path


def test_ray_versions_agree():
    """One Ray version everywhere: images and KubeRay's rayVersion (a mismatch breaks joins)."""
    text = "".join(p.read_text() for p in YAML_FILES)
    tags = set(re.findall(r"rayproject/ray:(\d+\.\d+\.\d+)", text))
    assert len(tags) == 1, tags
    versions = {one(RAYCLUSTER, "RayCluster")["spec"]["rayVersion"],
                one(RAYJOB, "RayJob")["spec"]["rayClusterSpec"]["rayVersion"]}
    assert versions == tags


# --- Ray cluster launcher -------------------------------------------------------------------


def launcher() -> dict[str, Any]:
    (cfg,) = load_docs(LAUNCHER)
    return cfg


def res(node_type: dict[str, Any], name: str) -> float:
    return node_type.get("resources", {}).get(name, 0)


def test_launcher_node_types():
    cfg = launcher()
    types = cfg["available_node_types"]
    assert {"head", "gpu_worker", "cpu_worker"} <= set(types)
    assert cfg["head_node_type"] in types
    assert cfg["cluster_name"] == "sysmoray"
    assert cfg["provider"]["type"] == "aws" and cfg["provider"]["region"]
    assert cfg["auth"]["ssh_user"]
    assert cfg["idle_timeout_minutes"] > 0

    head = types[cfg["head_node_type"]]
    assert res(head, "CPU") == 0 and res(head, "GPU") == 0  # no checkers on the head

    gpu = types["gpu_worker"]
    assert gpu["min_workers"] == 0
    assert res(gpu, "GPU") > 0
    assert gpu["max_workers"] >= 1

    cpu = types["cpu_worker"]
    assert res(cpu, "CPU") > 0
    assert res(cpu, "GPU") == 0
    assert cpu["max_workers"] >= cpu.get("min_workers", 0)

    # The global cap leaves room for every type's maximum.
    workers = sum(t.get("max_workers", 0) for n, t in types.items() if n != cfg["head_node_type"])
    assert cfg["max_workers"] >= workers
    for t in types.values():
        assert t["node_config"]["InstanceType"] and t["node_config"]["ImageId"]


def test_launcher_installs_sysmoray_gpu_extra_only_on_gpu_nodes():
    cfg = launcher()
    types = cfg["available_node_types"]
    common = cfg.get("setup_commands", []) + cfg.get("worker_setup_commands", [])
    assert any("pip install" in c and "sysmoray" in c for c in cfg["setup_commands"])
    assert not any("sysmoray[gpu]" in c for c in common + cfg.get("head_setup_commands", []))
    # A node type's own worker_setup_commands replace the common ones (Ray's rule): the GPU type
    # must install sysmoray itself, with the extra; the CPU type must not replace them away.
    gpu_cmds = types["gpu_worker"]["worker_setup_commands"]
    assert any("pip install" in c and "sysmoray[gpu]" in c for c in gpu_cmds)
    cpu_cmds = types["cpu_worker"].get("worker_setup_commands", common)
    assert any("sysmoray" in c for c in cpu_cmds)
    assert not any("[gpu]" in c for c in cpu_cmds)
    assert "-gpu" in types["gpu_worker"].get("docker", {}).get("worker_image", "")
    assert "-gpu" not in cfg["docker"]["image"]
    starts = cfg["head_start_ray_commands"] + cfg["worker_start_ray_commands"]
    assert any("ray start --head" in c for c in starts)
    assert any("ray start --address" in c for c in starts)


def test_launcher_documents_a_sweep_whose_config_is_uploaded():
    """The run instructions (comments) give a `sysmoray sweep ... --address auto` command whose
    config path is a file the launcher's file_mounts really upload."""
    text = LAUNCHER.read_text()
    commands = re.findall(r"'(sysmoray sweep [^']+)'", text) + re.findall(r"-- \\\n#\s+(sysmoray sweep .+)", text)
    assert commands, "no sysmoray sweep command in the launcher's instructions"
    mounts = launcher()["file_mounts"]
    for command in commands:
        check_sweep_command(command)
        config = shlex.split(command)[2]
        found = False
        for remote, local in mounts.items():
            for prefix in (remote, remote.replace("~", "/home/ray", 1)):
                if config.startswith(prefix.rstrip("/") + "/"):
                    local_file = CLUSTER.parent / local / config[len(prefix.rstrip("/")) + 1:]
                    found = found or local_file.is_file()
        assert found, f"{config} is not uploaded by file_mounts {mounts}"
    assert "ray up" in text and "ray down" in text


def test_launcher_config_passes_rays_schema():
    jsonschema = pytest.importorskip("jsonschema")
    import ray.autoscaler

    with open(os.path.join(os.path.dirname(ray.autoscaler.__file__), "ray-schema.json")) as f:
        schema = json.load(f)
    jsonschema.validate(launcher(), schema)
    try:
        from ray.autoscaler._private.util import prepare_config, validate_config
    except ImportError:
        pytest.skip("Ray's private config helpers moved")
    prepared = prepare_config(launcher())  # fills defaults the way `ray up` does
    validate_config(prepared)


# --- KubeRay --------------------------------------------------------------------------------


def containers(group: dict[str, Any]) -> list[dict[str, Any]]:
    return group["template"]["spec"]["containers"]


def limits(group: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in containers(group):
        out.update(c.get("resources", {}).get("limits", {}))
    return out


def check_ray_cluster_spec(spec: dict[str, Any], where: str) -> None:
    assert spec["enableInTreeAutoscaling"] is True, where
    assert "autoscalerOptions" in spec, where
    head = spec["headGroupSpec"]
    assert head["rayStartParams"]["num-cpus"] == "0", f"{where}: checkers must not land on the head"
    groups = spec["workerGroupSpecs"]
    for group in [head, *groups]:
        # KubeRay's rayStartParams is map[string]string: a bare YAML number is rejected.
        assert all(isinstance(v, str) for v in group.get("rayStartParams", {}).values()), where
        assert all(c.get("image") for c in containers(group)), where
    gpu = [g for g in groups if "nvidia.com/gpu" in limits(g)]
    assert gpu, f"{where}: no worker group with nvidia.com/gpu limits"
    assert any(g["minReplicas"] == 0 and g["maxReplicas"] >= 1 for g in gpu), f"{where}: GPU group must scale from 0"
    for g in gpu:
        assert int(g["rayStartParams"].get("num-gpus", limits(g)["nvidia.com/gpu"])) == int(limits(g)["nvidia.com/gpu"])
    cpu = [g for g in groups if "nvidia.com/gpu" not in limits(g) and "cpu" in limits(g)]
    assert cpu, f"{where}: no CPU worker group"
    assert all(g["maxReplicas"] >= g["minReplicas"] >= 0 for g in groups), where
    assert len({g["groupName"] for g in groups}) == len(groups), where


def derived_autoscaling_config(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """What Ray's autoscaler makes of the CR (KubeRay's own conversion, schema-checked)."""
    try:
        from ray.autoscaler._private.kuberay.autoscaling_config import _derive_autoscaling_config_from_ray_cr
    except ImportError:
        pytest.skip("Ray's KubeRay config conversion moved")
    return _derive_autoscaling_config_from_ray_cr({"metadata": {"name": name, "namespace": "default"}, "spec": spec})


@pytest.mark.parametrize("source", ["raycluster", "rayjob"])
def test_kuberay_cluster_specs(source):
    if source == "raycluster":
        cr = one(RAYCLUSTER, "RayCluster")
        assert cr["apiVersion"] == "ray.io/v1"
        spec = cr["spec"]
    else:
        job = one(RAYJOB, "RayJob")
        assert job["apiVersion"] == "ray.io/v1"
        spec = job["spec"]["rayClusterSpec"]
    check_ray_cluster_spec(spec, source)

    auto = derived_autoscaling_config(spec, "sysmoray")
    types = auto["available_node_types"]
    head = types[auto["head_node_type"]]
    assert head["resources"].get("CPU", 0) == 0
    workers = [t for n, t in types.items() if n != auto["head_node_type"]]
    assert any(t["resources"].get("GPU", 0) > 0 and t["min_workers"] == 0 for t in workers)
    assert any(t["resources"].get("CPU", 0) > 0 and not t["resources"].get("GPU") for t in workers)


def test_rayjob_runs_a_sweep_on_its_configmap():
    job = one(RAYJOB, "RayJob")["spec"]
    entrypoint = job["entrypoint"]
    assert entrypoint.startswith("sysmoray sweep")
    assert "--address auto" in entrypoint
    check_sweep_command(entrypoint)
    assert job["shutdownAfterJobFinishes"] is True
    assert isinstance(job["ttlSecondsAfterFinished"], int) and job["ttlSecondsAfterFinished"] >= 0

    # sysmoray is installed in the job's environment (or baked into the images).
    runtime_env = yaml.safe_load(job.get("runtimeEnvYAML", "")) or {}
    images = [c["image"] for c in containers(job["rayClusterSpec"]["headGroupSpec"])]
    assert any("sysmoray" in p for p in runtime_env.get("pip", [])) or any("sysmoray" in i for i in images)
    if "pip" in runtime_env:
        assert any(p.startswith("sysmoray[gpu]") for p in runtime_env["pip"]), "GPU actors need vLLM"

    # The config path is in a volume the head mounts from the ConfigMap of this file.
    config_path = shlex.split(entrypoint)[2]
    cm = one(RAYJOB, "ConfigMap")
    head = job["rayClusterSpec"]["headGroupSpec"]["template"]["spec"]
    volumes = {v["name"]: v for v in head["volumes"]}
    mounted = False
    for c in head["containers"]:
        for m in c.get("volumeMounts", []):
            vol = volumes.get(m["name"], {})
            if vol.get("configMap", {}).get("name") == cm["metadata"]["name"] and config_path.startswith(m["mountPath"].rstrip("/") + "/"):
                assert config_path[len(m["mountPath"].rstrip("/")) + 1:] in cm["data"]
                mounted = True
    assert mounted, f"{config_path} is not mounted from ConfigMap {cm['metadata']['name']}"

    # The alternative, reusing the RayCluster, selects it by its real name.
    name = one(RAYCLUSTER, "RayCluster")["metadata"]["name"]
    assert f"ray.io/cluster: {name}" in RAYJOB.read_text()


def test_raycluster_head_can_serve_a_rayjob_configmap():
    """With clusterSelector, the RayJob's ConfigMap must be mounted on the RayCluster's head."""
    cm_name = one(RAYJOB, "ConfigMap")["metadata"]["name"]
    head = one(RAYCLUSTER, "RayCluster")["spec"]["headGroupSpec"]["template"]["spec"]
    assert any(v.get("configMap", {}).get("name") == cm_name for v in head.get("volumes", []))


def test_configmap_sweep_toml():
    doc, _ = configmap_toml()
    check_models(doc, "rayjob.yaml ConfigMap")
    gpus_per_pod = max(int(limits(g).get("nvidia.com/gpu", 0))
                       for g in one(RAYJOB, "RayJob")["spec"]["rayClusterSpec"]["workerGroupSpecs"])
    assert all(m.get("gpus", 0) <= gpus_per_pod for m in doc["models"]), "a replica must fit one GPU pod"


# --- the example sweep config ---------------------------------------------------------------


def test_example_sweep_toml():
    with open(EXAMPLE, "rb") as f:
        doc = tomllib.load(f)
    check_models(doc, EXAMPLE.name)
    specs = [m["spec"] for m in doc["models"]]
    assert sum(s.startswith("vllm:") for s in specs) >= 2
    assert set(REPLAY_SPECS) <= set(specs)
    assert doc["k"] == 8
    assert set(doc["methods"]) == {"direct", "trace", "translate", "description"}
    assert isinstance(doc["limits"]["timeout_s"], (int, float)) and isinstance(doc["limits"]["heap_mb"], int)
    # Every replica fits one GPU node of the launcher config.
    gpus_per_node = res(launcher()["available_node_types"]["gpu_worker"], "GPU")
    assert all(m.get("gpus", 0) <= gpus_per_node for m in doc["models"])


def test_sweep_configs_load_with_the_engine(tmp_path):
    config = pytest.importorskip("sysmoray.engine.config")
    load_config = getattr(config, "load_config", None)
    if load_config is None:
        pytest.skip("sysmoray.engine.config has no load_config yet")
    load_config(EXAMPLE)
    _, text = configmap_toml()
    path = tmp_path / "sweep.toml"
    path.write_text(text)
    load_config(path)
