"""The bot over HTTP: a JSON API for other bots and a chat page, as an ASGI application.

Needs the `serve` extra (Starlette; uvicorn runs it): `pip install 'ketamine-faq[serve]'`. Nothing
else in the package imports this one, so the library, `ask` and the chat never load the web stack.
"""

from __future__ import annotations

from chatbot.web.app import MAX_BODY_BYTES, create_app

__all__ = ["MAX_BODY_BYTES", "create_app"]
