"""Which offsets are safe to commit: everything before the oldest record not yet finished.

Records of one partition are taken in offset order but may finish out of order (different
alerts are delivered side by side), so the committable position of a partition is the offset
of its oldest unfinished record, or one past the last record taken when all are finished.
Pure: partitions are any hashable key.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


class OffsetTracker:
    def __init__(self) -> None:
        self._open: dict[Hashable, dict[int, bool]] = {}  # offset -> finished, in offset order
        self._next: dict[Hashable, int] = {}
        self._committed: dict[Hashable, int] = {}

    def taken(self, partition: Hashable, offset: int) -> None:
        self._open.setdefault(partition, {})[offset] = False
        self._next[partition] = offset + 1

    def finished(self, partition: Hashable, offset: int) -> None:
        records = self._open.get(partition)
        if records is not None and offset in records:
            records[offset] = True

    @property
    def in_flight(self) -> int:
        return sum(
            1 for records in self._open.values() for finished in records.values() if not finished
        )

    def committable(self) -> dict[Hashable, int]:
        """Positions to commit (the next offset to read) that moved since the last call."""
        positions: dict[Hashable, int] = {}
        for partition, records in self._open.items():
            while records:
                first = next(iter(records))
                if not records[first]:
                    break
                del records[first]
            position = next(iter(records)) if records else self._next[partition]
            if self._committed.get(partition) != position:
                positions[partition] = position
        return positions

    def committed(self, positions: dict[Hashable, int]) -> None:
        self._committed.update(positions)

    def forget(self, partitions: Iterable[Hashable] | None = None) -> None:
        """Drop what is known about these partitions (all when None): after a revocation."""
        for partition in list(self._open) if partitions is None else partitions:
            self._open.pop(partition, None)
            self._next.pop(partition, None)
            self._committed.pop(partition, None)
