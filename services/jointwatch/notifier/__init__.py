"""Alert delivery: every alert revision to every configured destination, in order, never lost.

For one revision and one destination the pipeline reads (see `pipeline.py`):

    mute (silences.py) -> route (routes.py) -> dedup (dedup.py)
        -> rate limit (ratelimit.py) -> retry(send) (retry.py, notifiers/) -> record (record.py)

`notifiers/` hold one module per kind of receiver behind the `Notifier` protocol, and
`notifiers/base.py` is the one place that decides whether a failure is retryable. Around the
pipeline: `lanes.py` keeps the revisions of one alert in order (and merges them for Slack,
`merge.py`), `consumer.py` reads the alerts topic in one consumer group per destination and
commits an offset only when the work before it is done, `deadletter.py` writes what failed for
good to `alerts.delivery-dlq`, `redeliver.py` sends it again, and `service.py` runs it all.
"""

from .notifiers.base import DeliveryResult, Notifier
from .pipeline import DeliveryPipeline, build_delivery_pipeline
from .registry import build_destinations, build_notifiers
from .retry import RetryPolicy, deliver
from .service import DeliveryService

__all__ = [
    "DeliveryPipeline",
    "DeliveryResult",
    "DeliveryService",
    "Notifier",
    "RetryPolicy",
    "build_delivery_pipeline",
    "build_destinations",
    "build_notifiers",
    "deliver",
]
