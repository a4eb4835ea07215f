"""The clusterer's state: one GroupState per group key, per reports partition, with the position
in its changelog partition that the state reflects. Pure (no Kafka): the service feeds it the
changelog records it reads back and the offsets of the writes the broker acknowledged.

The changelog has as many partitions as the reports topic, and a group's state is written to the
partition its reports come from, so a worker that is assigned reports partition N rebuilds it
from changelog partition N alone. Records are `key -> GroupState JSON`; the key is the group key
as a JSON string, the format faust's table wrote, so state written before the clusterer left
faust is read back as it is.

A partition kept across a rebalance is caught up from its position, not rebuilt, unless one of
its writes was still unacknowledged when it was assigned again: that write may land, or not,
after the catch-up reads the log's end, so the partition is rebuilt from the start instead.
Left out on purpose: persisting state on local disk (recovery reads the changelog; it is
compacted, so its size follows the number of groups, not of reports).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core.clustering import GroupState


def changelog_key(group: str) -> bytes:
    return json.dumps(group).encode()


def group_of(key: bytes) -> str:
    """The group key of a changelog record's key (a JSON string; raw bytes are read as text)."""
    text = key.decode()
    if text.startswith('"'):
        decoded = json.loads(text)
        if isinstance(decoded, str):
            return decoded
    return text


@dataclass
class PartitionState:
    # Values read back from the changelog stay JSON until a report of their group arrives.
    groups: dict[str, GroupState | bytes] = field(default_factory=dict)
    position: int = 0  # the next changelog offset this state has not seen
    unacknowledged: int = 0  # changelog writes in flight
    diverged: bool = False  # a write failed: this state holds a value the log does not


class NotRecovered(LookupError):
    """A report of a partition whose state was not recovered: a bug in the caller."""


class ClusterStore:
    def __init__(self) -> None:
        self._partitions: dict[int, PartitionState] = {}

    @property
    def partitions(self) -> set[int]:
        return set(self._partitions)

    def plan_recovery(self, assigned: Iterable[int]) -> dict[int, int]:
        """Forget the partitions not in `assigned`; return, for each assigned one, the changelog
        offset to read from (0: rebuilt from the start)."""
        assigned = set(assigned)
        for partition, state in list(self._partitions.items()):
            if partition not in assigned or state.unacknowledged or state.diverged:
                del self._partitions[partition]
        for partition in assigned:
            self._partitions.setdefault(partition, PartitionState())
        return {p: self._partitions[p].position for p in sorted(assigned)}

    def restart(self, partition: int) -> None:
        """Start `partition` over, empty: its log is shorter than the position this state saw
        (the topic was re-created by a broker that lost its state)."""
        self._partitions[partition] = PartitionState()

    def apply(self, partition: int, key: bytes | None, value: bytes | None, offset: int) -> None:
        """One changelog record read back (a None value deletes the group: a tombstone)."""
        state = self._partitions[partition]
        if key is not None:
            group = group_of(key)
            if value is None:
                state.groups.pop(group, None)
            else:
                state.groups[group] = value
        state.position = max(state.position, offset + 1)

    def caught_up(self, partition: int, position: int) -> None:
        """The changelog partition was read up to `position` (records may be compacted away)."""
        state = self._partitions[partition]
        state.position = max(state.position, position)

    def group(self, partition: int, group: str) -> GroupState:
        state = self._partitions.get(partition)
        if state is None:
            raise NotRecovered(f"reports partition {partition} is not recovered here")
        stored = state.groups.get(group)
        if stored is None:
            return GroupState()
        if isinstance(stored, bytes):
            stored = state.groups[group] = GroupState.from_stored(json.loads(stored))
        return stored

    def put(self, partition: int, group: str, value: GroupState) -> PartitionState:
        """The new state of `group`; its changelog write is now in flight: pass the returned
        partition state to `written` when it finishes."""
        state = self._partitions[partition]
        state.groups[group] = value
        state.unacknowledged += 1
        return state

    @staticmethod
    def written(state: PartitionState, offset: int | None) -> None:
        """A changelog write finished: acknowledged at `offset`, or failed (None). A state
        forgotten or rebuilt since is no longer the store's; changing it changes nothing."""
        state.unacknowledged -= 1
        if offset is None:
            state.diverged = True
        else:
            state.position = max(state.position, offset + 1)
