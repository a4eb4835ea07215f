"""docker-compose.yml and deploy/Dockerfile, checked without a Docker engine.

No engine runs on our machines (see DESIGN.md), so these tests are what keeps the stack valid:
the services exist and are wired to each other, every host path exists, every environment
variable is one jointwatch reads, and every long-running service has a healthcheck.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from jointwatch.settings import KafkaTimeouts, Settings

from ..conftest import SHARED_DIR

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
PROMETHEUS_YML = ROOT / "deploy" / "prometheus" / "prometheus.yml"
CONTRACT = SHARED_DIR / "CONTRACT.md"

# The environment table of CONTRACT.md: names other programs and operators rely on.
CONTRACT_ENV = {
    "KAFKA_BOOTSTRAP_SERVERS",
    "JOINTWATCH_TOPIC_ARTICLES",
    "JOINTWATCH_TOPIC_ALERTS",
    "JOINTWATCH_TOPIC_DLQ",
    "JOINTWATCH_WEBHOOK_URL",
    "JOINTWATCH_WEBHOOK_SECRET",
    "JOINTWATCH_SLACK_WEBHOOK_URL",
    "JOINTWATCH_METRICS_PORT",
}
REQUIRED_SERVICES = {"kafka", "kafka-init", "classifier", "notifier", "prometheus", "grafana"}
JOINTWATCH_SERVICES = ("classifier", "notifier")
TOPICS = {"articles", "alerts", "articles.dlq", "alerts.delivery-dlq"}
PASSED_THROUGH = (
    "JOINTWATCH_WEBHOOK_URL",
    "JOINTWATCH_WEBHOOK_SECRET",
    "JOINTWATCH_SLACK_WEBHOOK_URL",
)
# ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}; "$${" is an escaped literal "${".
INTERPOLATION = re.compile(r"(?<!\$)\$\{(?P<name>\w+)(?P<op>:?[-?+])?(?P<arg>[^}]*)\}")


# --- helpers -------------------------------------------------------------------------------


def load_compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def services() -> dict[str, dict[str, Any]]:
    return load_compose()["services"]


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def resolve(value: str) -> str:
    """What compose substitutes with an empty host environment (defaults applied)."""
    return INTERPOLATION.sub(lambda m: m["arg"] if m["op"] in ("-", ":-") else "", value)


def command_words(service: dict[str, Any]) -> list[str]:
    command = service.get("command") or []
    return shlex.split(command) if isinstance(command, str) else [str(c) for c in command]


def settings_env_names() -> set[str]:
    """Every environment variable jointwatch.settings reads."""
    names: set[str] = set()
    for model, prefix in ((Settings, "JOINTWATCH_"), (KafkaTimeouts, "JOINTWATCH_KAFKA_")):
        for field_name, field in model.model_fields.items():
            alias = field.validation_alias
            if alias is None:
                names.add(prefix + field_name.upper())
            elif isinstance(alias, str):
                names.add(alias.upper())
            else:
                names.update(str(choice).upper() for choice in alias.choices)
    return names


def bind_mounts(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(host path, container path) of a service's bind mounts; named volumes are skipped."""
    mounts = []
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            if volume.get("type") == "bind":
                mounts.append((volume["source"], volume["target"]))
            continue
        source, target = volume.split(":")[:2]
        if source.startswith((".", "/", "~")):
            mounts.append((source, target))
    return mounts


def dockerfile_instructions(*, stage: str | None = None) -> list[tuple[str, str]]:
    """The Dockerfile's instructions; with `stage="runtime"`, those of its last stage only
    (the image that runs), with `stage="build"` those before it."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    logical = re.sub(r"\\\n", " ", text)
    instructions = []
    for line in logical.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, args = line.partition(" ")
            instructions.append((keyword.upper(), args.strip()))
    if stage is None:
        return instructions
    last_from = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    return instructions[last_from:] if stage == "runtime" else instructions[:last_from]


def one_shot_services() -> set[str]:
    """Services something waits for with service_completed_successfully."""
    done = set()
    for service in services().values():
        depends = service.get("depends_on") or {}
        if isinstance(depends, dict):
            for name, spec in depends.items():
                if (spec or {}).get("condition") == "service_completed_successfully":
                    done.add(name)
    return done


# --- the compose file ----------------------------------------------------------------------


def test_compose_parses_and_has_every_service() -> None:
    compose = load_compose()
    assert set(compose["services"]) >= REQUIRED_SERVICES
    assert "version" not in compose, "the top-level 'version' key is obsolete in Compose v2"


def test_compose_interpolations_all_have_defaults() -> None:
    """`docker compose config` must work with no .env file and nothing exported."""
    text = COMPOSE.read_text(encoding="utf-8")
    for match in INTERPOLATION.finditer(text):
        assert match["op"] in ("-", ":-"), f"${{{match['name']}}} has no default"


def test_kafka_runs_in_kraft_mode_from_the_official_image() -> None:
    kafka = services()["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = environment(kafka)
    roles = {r.strip() for r in env["KAFKA_PROCESS_ROLES"].split(",")}
    assert roles == {"broker", "controller"}
    node_id = env["KAFKA_NODE_ID"]
    voters = env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")
    assert any(v.startswith(f"{node_id}@") for v in voters), "the node must vote for itself"
    controller = env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    assert f"{controller}://" in env["KAFKA_LISTENERS"]
    listener_names = {
        item.split(":")[0] for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(",")
    }
    for listener in env["KAFKA_LISTENERS"].split(","):
        assert listener.split("://")[0] in listener_names, listener
    assert resolve(env["CLUSTER_ID"]), "KRaft storage needs a cluster id"
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"
    assert env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"] == "1"
    assert "zookeeper" not in COMPOSE.read_text(encoding="utf-8").lower()


def test_jointwatch_services_reach_the_advertised_internal_listener() -> None:
    all_services = services()
    advertised = environment(all_services["kafka"])["KAFKA_ADVERTISED_LISTENERS"]
    for name in JOINTWATCH_SERVICES:
        bootstrap = environment(all_services[name])["KAFKA_BOOTSTRAP_SERVERS"]
        for server in bootstrap.split(","):
            host, _, port = server.rpartition(":")
            assert host in all_services, f"{name}: {host} is not a compose service"
            assert f"//{host}:{port}" in advertised, f"{name}: {server} is not advertised"


def test_kafka_init_creates_the_topics_once_kafka_is_healthy() -> None:
    all_services = services()
    init = all_services["kafka-init"]
    assert init["image"] == all_services["kafka"]["image"]
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert str(init.get("restart", "no")) == "no"
    script = " ".join([*command_words(init), str(init.get("entrypoint", ""))])
    assert "kafka-topics.sh" in script and "--create" in script and "--if-not-exists" in script
    named = {resolve(v) for v in environment(init).values()} | set(re.findall(r"[\w.-]+", script))
    assert named >= TOPICS, f"kafka-init does not create {TOPICS - named}"
    # The workers read the same topic names kafka-init creates.
    for name in JOINTWATCH_SERVICES:
        env = environment(all_services[name])
        for var in ("JOINTWATCH_TOPIC_ARTICLES", "JOINTWATCH_TOPIC_ALERTS", "JOINTWATCH_TOPIC_DLQ"):
            assert resolve(env.get(var, "")) in named | {""}, f"{name}: {var}"


@pytest.mark.parametrize("name", JOINTWATCH_SERVICES)
def test_jointwatch_service_runs_its_role(name: str) -> None:
    service = services()[name]
    build = service["build"]
    assert (ROOT / build["context"]).resolve() == ROOT
    assert (ROOT / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    words = command_words(service)
    assert words[:1] == ["up"]
    assert words[words.index("--role") + 1] == name
    depends = service["depends_on"]
    assert depends["kafka"]["condition"] == "service_healthy"
    assert depends["kafka-init"]["condition"] == "service_completed_successfully"


@pytest.mark.parametrize("name", JOINTWATCH_SERVICES)
def test_jointwatch_service_can_be_scaled(name: str) -> None:
    """`docker compose up --scale classifier=3` fails on a fixed name or host port."""
    service = services()[name]
    assert "container_name" not in service
    for port in service.get("ports", []):
        fixed = "published" in port if isinstance(port, dict) else ":" in str(port)
        assert not fixed, f"{name} publishes a fixed host port: {port}"


@pytest.mark.parametrize("name", JOINTWATCH_SERVICES)
def test_jointwatch_service_environment(name: str) -> None:
    env = environment(services()[name])
    assert env.get("KAFKA_BOOTSTRAP_SERVERS"), "must use the compose Kafka, not the embedded broker"
    known = settings_env_names()
    for var in env:
        assert var in CONTRACT_ENV or var.startswith("JOINTWATCH_"), f"{name}: {var} is unknown"
        assert var in known, f"{name}: jointwatch.settings does not read {var}"
    assert env["JOINTWATCH_METRICS_HOST"] == "0.0.0.0", "Prometheus scrapes from another container"
    assert env["JOINTWATCH_LOG_FORMAT"] == "json"
    for var in PASSED_THROUGH:
        assert env[var] == f"${{{var}:-}}", f"{name}: {var} must pass the host value through"


@pytest.mark.parametrize("name", JOINTWATCH_SERVICES)
def test_jointwatch_topics_fit_the_single_broker(name: str) -> None:
    """Topics jointwatch creates itself (reports, the clusters changelog) need replication <= brokers."""
    brokers = sum(
        "broker" in environment(s).get("KAFKA_PROCESS_ROLES", "") for s in services().values()
    )
    env = environment(services()[name])
    default = Settings.model_fields["topic_replication"].default
    assert int(env.get("JOINTWATCH_TOPIC_REPLICATION", default)) <= brokers


def test_metrics_port_matches_healthcheck_and_scrape_config() -> None:
    prometheus = yaml.safe_load(PROMETHEUS_YML.read_text(encoding="utf-8"))
    scrape_ports = {
        sd["port"] for job in prometheus["scrape_configs"] for sd in job.get("dns_sd_configs", [])
    }
    for name in JOINTWATCH_SERVICES:
        service = services()[name]
        port = int(environment(service).get("JOINTWATCH_METRICS_PORT", "9108"))
        assert port in scrape_ports
        test = " ".join(service["healthcheck"]["test"])
        assert f"127.0.0.1:{port}/healthz" in test


def test_contract_env_table_still_lists_the_embedded_names() -> None:
    if not CONTRACT.is_file():
        pytest.skip(f"{CONTRACT} is not present (only in the shared workspace)")
    table = set(re.findall(r"^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|", CONTRACT.read_text(), re.MULTILINE))
    assert table >= CONTRACT_ENV, f"CONTRACT.md no longer lists {CONTRACT_ENV - table}"


def test_every_long_running_service_has_a_healthcheck() -> None:
    one_shots = one_shot_services()
    for name, service in services().items():
        if name in one_shots:
            assert str(service.get("restart", "no")) == "no", f"one-shot {name} must not restart"
            continue
        check = service.get("healthcheck")
        assert check and not check.get("disable"), f"{name} has no healthcheck"
        assert check["test"], name


def test_every_bind_mount_and_build_file_exists() -> None:
    compose = load_compose()
    named_volumes = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for source, _target in bind_mounts(service):
            assert (ROOT / source).exists(), f"{name} mounts missing {source}"
        for volume in service.get("volumes", []):
            if isinstance(volume, str) and not volume.split(":")[0].startswith((".", "/", "~")):
                assert volume.split(":")[0] in named_volumes, f"{name}: undeclared volume {volume}"
        build = service.get("build")
        if build:
            context = ROOT / (build if isinstance(build, str) else build["context"])
            assert context.is_dir(), name
            if isinstance(build, dict) and "dockerfile" in build:
                assert (context / build["dockerfile"]).is_file(), name


def test_monitoring_services_mount_their_config() -> None:
    all_services = services()
    assert all_services["prometheus"]["image"] == "prom/prometheus:v2.53.0"
    assert all_services["grafana"]["image"] == "grafana/grafana:11.1.0"
    prometheus_mounts = dict(bind_mounts(all_services["prometheus"]))
    assert (ROOT / "deploy/prometheus").resolve() in {
        (ROOT / s).resolve() for s in prometheus_mounts
    }
    grafana = all_services["grafana"]
    grafana_sources = {(ROOT / s).resolve() for s, _ in bind_mounts(grafana)}
    assert (ROOT / "deploy/grafana/provisioning").resolve() in grafana_sources
    assert (ROOT / "deploy/grafana/dashboards").resolve() in grafana_sources
    env = environment(grafana)
    assert env["GF_AUTH_ANONYMOUS_ENABLED"] == "true"
    assert env["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"
    assert any(str(p).split(":")[0] == "3000" for p in grafana["ports"])


# --- the Dockerfile ------------------------------------------------------------------------


def test_dockerfile() -> None:
    instructions = dockerfile_instructions(stage="runtime")
    keywords = [k for k, _ in instructions]
    args = dict(reversed(instructions))  # first occurrence of each keyword
    assert args["FROM"].split()[0] == "python:3.11-slim"
    user = [a for k, a in instructions if k == "USER"][-1]
    assert user not in ("root", "0"), "the image must not run as root"
    assert "9108" in args["EXPOSE"].split()
    assert "127.0.0.1" in args["HEALTHCHECK"] and "/healthz" in args["HEALTHCHECK"]
    assert "urllib" in args["HEALTHCHECK"]
    assert args["ENTRYPOINT"] == '["jointwatch"]'
    assert args["CMD"] == '["up"]'
    # Cache-friendly: dependencies are installed before the source is copied in.
    copies = [(i, a) for i, (k, a) in enumerate(instructions) if k == "COPY"]
    pyproject_copy = next(i for i, a in copies if "pyproject.toml" in a)
    source_copy = next(i for i, a in copies if "--from=build" in a)
    assert pyproject_copy < source_copy
    installs = [i for i, (k, a) in enumerate(instructions) if k == "RUN" and "pip install" in a]
    assert any(pyproject_copy < i < source_copy for i in installs), "deps are not cached"
    assert any(i > source_copy and "pip install" in instructions[i][1] for i in installs)
    assert keywords.index("USER") > source_copy, "install as root, run as the user"


def test_dockerfile_compiles_the_classifier_in_a_build_stage_without_a_compiler_at_runtime() -> (
    None
):
    build = dockerfile_instructions(stage="build")
    assert build[0] == ("FROM", "python:3.11-slim AS build")
    build_runs = " ".join(args for keyword, args in build if keyword == "RUN")
    assert "gcc" in build_runs and "pip wheel" in build_runs
    copied = {src for keyword, args in build if keyword == "COPY" for src in args.split()[:-1]}
    assert {"pyproject.toml", "setup.py", "services"} <= copied
    runtime_runs = " ".join(a for k, a in dockerfile_instructions(stage="runtime") if k == "RUN")
    assert "gcc" not in runtime_runs and "/wheels/*.whl" in runtime_runs


def test_dockerfile_copies_only_existing_paths_and_sets_known_env() -> None:
    known = settings_env_names()
    for keyword, args in dockerfile_instructions():
        if keyword == "COPY" and not args.startswith("--from="):
            for source in args.split()[:-1]:
                if not source.startswith("--"):
                    assert (ROOT / source).exists(), f"COPY {source}: not in the repository"
        if keyword == "ENV":
            for name in re.findall(r"(\w+)=", args):
                if name.startswith("JOINTWATCH_"):
                    assert name in known, f"Dockerfile sets {name}, which jointwatch never reads"
