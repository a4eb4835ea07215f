"""Alert delivery: sign, send and retry Alert v1 to the configured destinations.

The delivery pipeline for one alert and one destination reads
`deliver(notifier, alert, policy)`: `notifiers/` hold one module per destination behind
the `Notifier` protocol, `notifiers/base.py` decides whether a failure is retryable,
`retry.py` is the one retry loop, and `registry.py` maps settings to notifiers.
Muting, deduplication, rate limiting and metrics recording are the caller's stages.
"""

from .notifiers.base import DeliveryResult, Notifier
from .registry import build_notifiers
from .retry import RetryPolicy, deliver

__all__ = ["DeliveryResult", "Notifier", "RetryPolicy", "build_notifiers", "deliver"]
