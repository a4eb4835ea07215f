"""The linear-time benchmark (`jointwatch bench-linear`): its shapes, its growth figure, its command."""

import pytest

from jointwatch.bench_linear import SHAPES, ShapeTiming, format_table, run
from jointwatch.cli import main

# Timing thresholds do not belong in tests on noisy machines: `jointwatch bench-linear` prints
# the figures. Here: every shape runs to completion at every size and the report is complete.


def test_every_adversarial_shape_is_measured_at_every_size():
    sizes = (2_000, 20_000)
    report = run(sizes=sizes, repeat=1)
    assert set(report["shapes"]) == set(SHAPES)
    for row in report["shapes"].values():
        assert set(row["ms"]) == {str(n) for n in sizes}, format_table(report)
        assert all(ms >= 0 for ms in row["ms"].values())


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
