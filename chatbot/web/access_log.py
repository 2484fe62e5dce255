"""An access log that cannot hold what a person asked: the method, a known path or "-", the status and
the time taken. No query string, no body, no client address (uvicorn's own access log is turned off)."""

from __future__ import annotations

import logging
import time
from collections.abc import Set

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = logging.getLogger("chatbot.web.access")
_METHODS = frozenset({"GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"})


class AccessLog:
    """ASGI middleware writing one line per HTTP request to the "chatbot.web.access" logger.

    A path the app does not serve is logged as "-": a mistyped or probing URL may carry words."""

    def __init__(self, app: ASGIApp, paths: Set[str]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # unless the app starts a response
        started = time.perf_counter()

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            method = scope["method"] if scope["method"] in _METHODS else "-"
            path = scope["path"] if scope["path"] in self.paths else "-"
            elapsed = (time.perf_counter() - started) * 1000
            LOGGER.info("%s %s %d %.1f ms", method, path, status, elapsed)
