"""`ketamine-faq serve`: the application run by uvicorn, in one process or several workers.

Workers are separate processes that each build the app, so the options reach them through the
environment, which they inherit, and `app_from_environment` is the factory uvicorn calls in each.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import uvicorn
from starlette.applications import Starlette

import chatbot
from chatbot.console import EXIT_FAILURES, EXIT_OK
from chatbot.web.app import create_app

ENV_KB = "KETAMINE_FAQ_SERVE_KB"  # the knowledge file, or empty for the shipped one
ENV_ALLOW_ORIGINS = "KETAMINE_FAQ_SERVE_ALLOW_ORIGINS"  # origins separated by spaces
FACTORY = "chatbot.web.serve:app_from_environment"
# Seconds a worker is given to finish the requests in flight when told to stop: a reply takes a
# millisecond or so, so a few seconds cover any queue a loopback or proxied server builds up.
GRACEFUL_SHUTDOWN_SECONDS = 5

# uvicorn's own access log writes the client's address and the path with its query string, where a
# careless client may put a question: it is off, and chatbot.web.access_log writes a safe line instead.
LOG_CONFIG: dict[str, object] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
    },
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "chatbot.web": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}


def app_from_environment() -> Starlette:
    """The app for the options `run` put in the environment (uvicorn calls this in each worker)."""
    kb = os.environ.get(ENV_KB) or None
    origins = os.environ.get(ENV_ALLOW_ORIGINS, "").split()
    return create_app(chatbot.load(kb), allow_origins=origins)


def run(*, kb: str | None, host: str, port: int, workers: int, allow_origins: Sequence[str]) -> int:
    """Serve until interrupted; the exit code: 0, or 1 if the server could not start (a port in use,
    say: uvicorn has logged why)."""
    os.environ[ENV_KB] = os.path.abspath(kb) if kb else ""
    os.environ[ENV_ALLOW_ORIGINS] = " ".join(allow_origins)
    try:
        uvicorn.run(
            FACTORY,
            factory=True,
            host=host,
            port=port,
            workers=workers,
            access_log=False,
            log_config=LOG_CONFIG,
            server_header=False,
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        )
    except SystemExit as stopped:  # uvicorn exits when it cannot bind or start its workers
        return EXIT_OK if stopped.code in (None, 0) else EXIT_FAILURES
    return EXIT_OK
