"""ClusterStore: the clusterer's state per reports partition, rebuilt from changelog records."""

from __future__ import annotations

import json

import pytest

from jointwatch.clusterer.store import ClusterStore, NotRecovered, changelog_key, group_of
from jointwatch.core.clustering import GroupState


def stored(*done: str) -> bytes:
    return GroupState(done=list(done)).model_dump_json().encode()


def test_keys_are_json_strings_as_faust_wrote_them_and_raw_keys_are_read_too():
    assert changelog_key("CHN+RUS|patrol") == b'"CHN+RUS|patrol"'
    assert group_of(b'"CHN+RUS|patrol"') == "CHN+RUS|patrol"
    assert group_of(b"CHN+RUS|patrol") == "CHN+RUS|patrol"


def test_new_partitions_are_read_from_the_start_and_others_are_forgotten():
    store = ClusterStore()
    assert store.plan_recovery([0, 1]) == {0: 0, 1: 0}
    store.apply(0, changelog_key("a"), stored("x1"), 0)
    store.apply(1, changelog_key("b"), stored("y1"), 0)
    assert store.plan_recovery([1, 2]) == {1: 1, 2: 0}  # 1 is caught up from where it was
    assert store.partitions == {1, 2}
    with pytest.raises(NotRecovered):
        store.group(0, "a")


def test_the_latest_record_of_a_group_wins_and_a_tombstone_deletes_it():
    store = ClusterStore()
    store.plan_recovery([0])
    store.apply(0, changelog_key("a"), stored("x1"), 3)
    store.apply(0, changelog_key("a"), stored("x1", "x2"), 4)
    store.apply(0, changelog_key("b"), stored("z"), 5)
    store.apply(0, changelog_key("b"), None, 6)
    assert store.group(0, "a").done == ["x1", "x2"]
    assert store.group(0, "b") == GroupState()
    assert store.plan_recovery([0]) == {0: 7}


def test_values_from_before_done_existed_are_read_as_clusters():
    store = ClusterStore()
    store.plan_recovery([0])
    store.apply(0, changelog_key("a"), json.dumps([]).encode(), 0)
    assert store.group(0, "a") == GroupState()


def test_a_caught_up_partition_skips_records_compacted_away():
    store = ClusterStore()
    store.plan_recovery([0])
    store.apply(0, changelog_key("a"), stored("x1"), 2)
    store.caught_up(0, 10)
    assert store.plan_recovery([0]) == {0: 10}


def test_acknowledged_writes_move_the_position_and_an_unacknowledged_one_forces_a_rebuild():
    store = ClusterStore()
    store.plan_recovery([0, 1])
    store.written(store.put(0, "a", GroupState(done=["x1"])), 41)
    in_flight = store.put(1, "b", GroupState(done=["y1"]))  # at the next assignment
    assert store.plan_recovery([0, 1]) == {0: 42, 1: 0}
    assert store.group(0, "a").done == ["x1"]
    assert store.group(1, "b") == GroupState()  # rebuilt: the log may or may not have it
    store.written(in_flight, 7)  # a late acknowledgement does not touch the rebuilt state
    assert store.plan_recovery([0, 1]) == {0: 42, 1: 0}


def test_a_failed_write_drops_the_partition_so_that_it_is_rebuilt():
    store = ClusterStore()
    store.plan_recovery([0])
    store.written(store.put(0, "a", GroupState(done=["x1"])), None)
    assert store.plan_recovery([0]) == {0: 0}
    assert store.group(0, "a") == GroupState()


def test_a_restarted_partition_is_empty_and_read_from_the_start():
    store = ClusterStore()
    store.plan_recovery([0])
    store.apply(0, changelog_key("a"), stored("x1"), 30)
    store.restart(0)
    assert store.group(0, "a") == GroupState()
    assert store.plan_recovery([0]) == {0: 0}
