"""`jointwatch classify` as users run it: a real process, JSON Lines in, one line out per line in."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import SAMPLES


def run_classify(stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "jointwatch", "classify"],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_classify_writes_one_result_per_line_in_order_and_flags_the_seed(seed_text):
    lines = [
        json.dumps({"id": "seed", "body": seed_text}),
        "{broken",
        json.dumps({"id": "quiet", "body": "The city council approved a new budget for parks."}),
        json.dumps({"id": 7, "body": "wrong id type"}),
    ]
    proc = run_classify(("\n".join(lines) + "\n").encode())
    assert proc.returncode == 2, proc.stderr.decode()
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(out) == 4
    assert out[0]["article_id"] == "seed"
    assert out[0]["joint_military_activity"] is True
    assert out[0]["states"] == ["CHN", "RUS"]
    assert out[1]["line"] == 2 and "not_json" in out[1]["error"]
    assert out[2]["article_id"] == "quiet" and out[2]["joint_military_activity"] is False
    assert out[3]["line"] == 4 and "id" in out[3]["error"]


def test_classify_exits_zero_when_every_line_is_valid():
    proc = subprocess.run(
        [sys.executable, "-m", "jointwatch", "classify", str(SAMPLES)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    results = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(results) == len(SAMPLES.read_text().splitlines())
    assert any(r["joint_military_activity"] for r in results)
    assert not all(r["joint_military_activity"] for r in results)


def test_classify_imports_neither_the_notifier_nor_its_http_kafka_and_metrics_clients():
    # Start-up is part of `classify`'s throughput: the notifier's package costs a third of a
    # second that classifying never uses, prometheus_client another 20 ms.
    code = (
        "import sys; from jointwatch.cli import main; rc = main(['classify', sys.argv[1]]); "
        "heavy = [m for m in ('jointwatch.notifier', 'aiohttp', 'aiokafka', 'faust', 'prometheus_client') "
        "if m in sys.modules]; print(heavy, file=sys.stderr); sys.exit(rc or (3 if heavy else 0))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLES)], capture_output=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr.decode()


def test_the_notifier_commands_are_still_there():
    proc = subprocess.run(
        [sys.executable, "-m", "jointwatch", "silence", "--help"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"add" in proc.stdout
    proc = subprocess.run(
        [sys.executable, "-m", "jointwatch", "--help"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert b"redeliver" in proc.stdout


def test_up_leaves_when_a_thread_is_stuck_after_the_worker_stopped() -> None:
    """faust's consumer thread can retry for ever once the broker is gone; the process leaves
    anyway after the grace, with the worker's exit status (in a subprocess: it calls _exit)."""
    script = (
        "import threading\n"
        "from jointwatch.cli import leave_despite_stuck_threads\n"
        "threading.Thread(target=threading.Event().wait, name='stuck').start()\n"
        "leave_despite_stuck_threads(3, grace=0.3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 3
    assert "thread(s) stuck still running" in done.stderr


def test_up_returns_normally_when_no_thread_is_left() -> None:
    script = (
        "import sys\n"
        "from jointwatch.cli import leave_despite_stuck_threads\n"
        "sys.exit(leave_despite_stuck_threads(5, grace=0.3) + 1)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=False
    )
    assert (done.returncode, done.stderr) == (6, "")
