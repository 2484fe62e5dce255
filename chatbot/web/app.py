"""The routes: the chat page and its two static files, `POST /api/ask`, `GET /api/topics`, `GET /healthz`.

The server keeps nothing between requests: a conversation's state travels with each message and comes
back with each reply, so any worker, or any machine behind a load balancer, can answer the next one.
"""

from __future__ import annotations

import html
import json
from collections.abc import Awaitable, Callable, Sequence
from importlib.resources import files

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

import chatbot
from chatbot.web.access_log import AccessLog
from chatbot.web.headers import SecurityHeaders

# A message is cut at 1,000 characters (bot.MAX_QUESTION_CHARS) and a state is a few hundred bytes;
# 64 KiB leaves room for both in any encoding and refuses anything else before it is read whole.
MAX_BODY_BYTES = 64 * 1024
ASSETS = {"/page.js": "text/javascript; charset=utf-8", "/page.css": "text/css; charset=utf-8"}
NOT_AN_OBJECT = 'the body must be a JSON object such as {"text": "What is ketamine?"}'
NOT_STORED = {"Cache-Control": "no-store"}  # a reply is nobody's business but the asker's: no cache keeps it


class BadRequest(Exception):
    """A request the API cannot answer: its status and a message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def create_app(bot: chatbot.Bot | None = None, *, allow_origins: Sequence[str] = ()) -> Starlette:
    """The ASGI application answering from `bot` (the shipped knowledge by default).

    `allow_origins` lists the web origins (such as "https://clinic.example") whose pages may call the
    API from the browser and frame the chat page; with none, the browser allows neither.
    """
    bot = bot if bot is not None else chatbot.load()
    topics = _topics(bot)

    async def ask(request: Request) -> Response:
        try:
            text, state = _question(await _body(request))
        except BadRequest as error:
            return _error(error.status, str(error))
        conversation = bot.conversation(state)
        record = conversation.ask(text).to_dict()
        record["state"] = conversation.state
        return JSONResponse(record, headers=NOT_STORED)

    async def topics_list(request: Request) -> Response:
        return JSONResponse(topics)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def no_icon(request: Request) -> Response:  # browsers ask for one: say "none" rather than 404
        return Response(status_code=204)

    routes = [
        Route("/", _fixed(_page(bot), "text/html; charset=utf-8"), methods=["GET"]),
        *(
            Route(path, _fixed(_package_bytes(path[1:]), kind), methods=["GET"])
            for path, kind in ASSETS.items()
        ),
        Route("/api/ask", ask, methods=["POST"]),
        Route("/api/topics", topics_list, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/favicon.ico", no_icon, methods=["GET"]),
    ]
    middleware = [
        Middleware(AccessLog, paths=frozenset(route.path for route in routes)),
        Middleware(SecurityHeaders, frame_ancestors=tuple(allow_origins)),
    ]
    if allow_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(allow_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type"],
            )
        )
    handlers = {HTTPException: _http_error, Exception: _server_error}
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)  # type: ignore[arg-type]


def _fixed(content: bytes, media_type: str) -> Callable[[Request], Awaitable[Response]]:
    """An endpoint that always answers `content`: the page and its files, read once when the app is made."""

    async def endpoint(request: Request) -> Response:
        return Response(content, media_type=media_type)

    return endpoint


async def _body(request: Request) -> bytes:
    """The request body, refused with 413 as soon as it is known to pass MAX_BODY_BYTES: by its declared
    length before a byte is read, or while it streams in, never after holding it all."""
    declared = request.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > MAX_BODY_BYTES:
        raise BadRequest(413, f"the body is larger than {MAX_BODY_BYTES // 1024} KiB")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise BadRequest(413, f"the body is larger than {MAX_BODY_BYTES // 1024} KiB")
    return bytes(body)


def _question(body: bytes) -> tuple[str, dict[str, object] | None]:
    """The text and the state (None: a fresh conversation) of a request body; BadRequest if it has no text."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past Python's recursion limit
        raise BadRequest(400, NOT_AN_OBJECT) from None
    if not isinstance(document, dict):
        raise BadRequest(400, NOT_AN_OBJECT)
    if "text" not in document:
        raise BadRequest(400, 'the body has no "text": the question to answer')
    text = document["text"]
    if not isinstance(text, str):
        raise BadRequest(400, '"text" must be a string')
    state = document.get("state")
    return text, state if isinstance(state, dict) else None


def _error(status: int, message: str) -> Response:
    return JSONResponse({"error": message}, status_code=status, headers=NOT_STORED)


async def _http_error(request: Request, error: Exception) -> Response:
    status = error.status_code if isinstance(error, HTTPException) else 400
    message = {404: "no such page", 405: "method not allowed here"}.get(status, "bad request")
    response = _error(status, message)
    if isinstance(error, HTTPException) and error.headers:  # 405's Allow
        response.headers.update(error.headers)
    return response


async def _server_error(request: Request, error: Exception) -> Response:
    return _error(500, "the server could not answer this request")


def _topics(bot: chatbot.Bot) -> dict[str, object]:
    """Every question the bot answers, by section of its source."""
    return {
        "topic": bot.knowledge.topic,
        "sections": [
            {
                "section": section,
                "questions": [{"entry_id": entry.id, "question": entry.question} for entry in entries],
            }
            for section, entries in bot.knowledge.sections()
        ],
    }


def _page(bot: chatbot.Bot) -> bytes:
    """The chat page, with this knowledge's topic, welcome and disclaimer written in (escaped)."""
    messages = bot.knowledge.messages
    page = _package_bytes("page.html").decode("utf-8")
    for name, value in {
        "topic": bot.knowledge.topic,
        "welcome": messages.welcome,
        "disclaimer": messages.disclaimer,
        "consult": messages.consult,
    }.items():
        page = page.replace("{{" + name + "}}", html.escape(value))
    return page.encode("utf-8")


def _package_bytes(name: str) -> bytes:
    return files("chatbot.web").joinpath(name).read_bytes()
