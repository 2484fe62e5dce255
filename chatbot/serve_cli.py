"""`ketamine-faq serve`: its options, and a handler that imports the web stack only when it runs."""

from __future__ import annotations

import argparse
import re
import sys

import chatbot
from chatbot.console import EXIT_USAGE

INSTALL_HINT = "ketamine-faq: serving needs the serve extra: pip install 'ketamine-faq[serve]'"
MAX_WORKERS = 64  # far past what one machine's cores use; a typo of 1000 would fork a thousand processes
# scheme://host[:port], no path: what a browser sends as Origin (compiled on first use, not at start-up)
ORIGIN_PATTERN = r"^https?://(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$"

SERVE_EPILOG = """\
examples:
  ketamine-faq serve                              the chat page at http://127.0.0.1:8000
  ketamine-faq serve --port 8080 --workers 2
  ketamine-faq serve --allow-origin https://clinic.example
                                                  that site may frame the page and call the API

API: POST /api/ask {"text": "...", "state": {...}} -> the reply as JSON, with the state to send back
with the next message; GET /api/topics; GET /healthz. Nothing a person asks is stored or logged.
Exit status: 0 when stopped (Ctrl-C), 1 if it cannot start (a port in use), 2 bad usage.
For public use, put a reverse proxy with TLS and rate limits in front (see the README).
"""


def add_subcommand(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `serve`; it sets `handler` with set_defaults."""
    serve = commands.add_parser(
        "serve",
        parents=[shared],
        help="serve a chat page and an HTTP API (needs the serve extra)",
        description="Serve the chat page and a JSON API over HTTP, until interrupted. "
        "Needs the serve extra: pip install 'ketamine-faq[serve]'.",
        epilog=SERVE_EPILOG,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--workers", type=_workers, default=1, help="worker processes (default: 1)")
    serve.add_argument(
        "--allow-origin",
        dest="allow_origins",
        metavar="ORIGIN",
        type=_origin,
        action="append",
        default=[],
        help="a web origin (https://host[:port]) whose pages may call the API and frame the chat "
        "page; repeat for several (default: none)",
    )
    serve.set_defaults(handler=serve_handler)


def serve_handler(options: argparse.Namespace) -> int:
    """Check the knowledge, then serve; without the serve extra, say how to install it (exit 2)."""
    try:
        from chatbot.web import serve
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        return EXIT_USAGE
    kb = getattr(options, "kb", None)
    chatbot.load(kb)  # a broken file is reported now (KnowledgeError: exit 2), not by each worker
    return serve.run(
        kb=kb,
        host=options.host,
        port=options.port,
        workers=options.workers,
        allow_origins=options.allow_origins,
    )


def _port(value: str) -> int:
    if not value.isdecimal() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}")
    return int(value)


def _workers(value: str) -> int:
    if not value.isdecimal() or not 0 < int(value) <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"workers must be 1 to {MAX_WORKERS}, not {value!r}")
    return int(value)


def _origin(value: str) -> str:
    if not re.match(ORIGIN_PATTERN, value):
        raise argparse.ArgumentTypeError(f"not a web origin such as https://clinic.example: {value!r}")
    return value
