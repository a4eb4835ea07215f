"""Lag of one partition from its end, committed and beginning offsets."""

from __future__ import annotations

from jointwatch.consumer_lag import partition_lag


def test_lag_is_end_minus_committed() -> None:
    assert partition_lag(end=120, committed=100, beginning=0) == 20


def test_without_a_commit_the_group_starts_from_the_beginning() -> None:
    assert partition_lag(end=120, committed=None, beginning=30) == 90


def test_a_commit_older_than_the_retained_log_counts_from_the_beginning() -> None:
    assert partition_lag(end=120, committed=10, beginning=30) == 90


def test_lag_is_never_negative() -> None:
    assert partition_lag(end=5, committed=7, beginning=0) == 0
