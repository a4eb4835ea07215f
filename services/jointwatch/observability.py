"""/metrics (Prometheus text format) and /healthz, on JOINTWATCH_METRICS_HOST:PORT.

Served by our own small aiohttp app in the worker's event loop (faust's web server is disabled,
so several workers on one machine only need different JOINTWATCH_METRICS_PORT values).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from .metrics import Metrics


def build_http_app(metrics: Metrics, health: Callable[[], dict]) -> web.Application:
    async def metrics_view(_: web.Request) -> web.Response:
        body = generate_latest(metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def health_view(_: web.Request) -> web.Response:
        state = health()
        status = 200 if state.get("ok") else 503
        return web.Response(status=status, text=json.dumps(state), content_type="application/json")

    app = web.Application()
    app.router.add_get("/metrics", metrics_view)
    app.router.add_get("/healthz", health_view)
    return app


async def start_http_server(app: web.Application, host: str, port: int) -> web.AppRunner:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner
