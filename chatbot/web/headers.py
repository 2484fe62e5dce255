"""Headers on every response: a strict Content-Security-Policy, no sniffing, no referrer, no server name."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(frame_ancestors: Sequence[str] = ()) -> str:
    """Only this server's own script, style and API; no plugin, no base tag, no form post; the page
    may be framed by itself and by `frame_ancestors` (a clinic's site that embeds it)."""
    ancestors = " ".join(["'self'", *frame_ancestors])
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        f"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    )


class SecurityHeaders:
    """ASGI middleware adding the headers to every HTTP response, errors included."""

    def __init__(self, app: ASGIApp, frame_ancestors: Sequence[str] = ()) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", content_security_policy(frame_ancestors).encode("latin-1")),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *self.headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)
