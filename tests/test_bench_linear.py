"""No catastrophic backtracking: classification time per character stays flat from 2k to 1M
characters for every adversarial shape (quadratic would multiply it by 100 over that range)."""

import pytest

from jointwatch.bench_linear import SHAPES, ShapeTiming, format_table, run
from jointwatch.cli import main

MAX_GROWTH = 3.0  # 1 is linear; Python's GC alone adds up to ~1.6 on sentence-dense bodies


def test_every_shape_is_linear_up_to_a_million_characters():
    report = run(sizes=(2_000, 20_000, 200_000, 1_000_000), repeat=2)
    slow = {s: row["growth"] for s, row in report["shapes"].items() if row["growth"] > MAX_GROWTH}
    assert not slow, format_table(report)
    assert set(report["shapes"]) == set(SHAPES)
    # Above the analysed prefix the time is flat: 1M costs about what 200k costs.
    for row in report["shapes"].values():
        assert row["ms"]["1000000"] <= 2 * max(row["ms"]["200000"], 1.0), format_table(report)


def test_growth_flags_quadratic_time():
    quadratic = ShapeTiming("q", {n: (n / 1000) ** 2 * 1e-3 for n in (2_000, 20_000, 200_000)})
    assert quadratic.growth() == pytest.approx(100)
    linear = ShapeTiming("l", {n: n * 1e-7 for n in (2_000, 20_000, 200_000)})
    assert linear.growth() == pytest.approx(1)


def test_the_command_prints_a_table_and_json(capsys):
    assert main(["bench-linear", "--repeat", "1", "--sizes", "1000,2000"]) == 0
    assert "worst growth" in capsys.readouterr().out
    assert main(["bench-linear", "--json", "--repeat", "1", "--sizes", "1000,2000"]) == 0
    assert '"worst_growth"' in capsys.readouterr().out
