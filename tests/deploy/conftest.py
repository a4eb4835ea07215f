"""The deploy tier's live test runs `jointwatch up` exactly as the integration tier does."""

from __future__ import annotations

from ..integration.conftest import start_worker  # noqa: F401  (a fixture, requested by name)
