"""What every subcommand shares when it talks to a terminal: exit codes, JSON output, terminal detection."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from chatbot.text import strip_control

EXIT_OK = 0
EXIT_FAILURES = 1  # cases failed (check), collisions found (validate), or the output cannot be written
EXIT_USAGE = 2  # bad usage, or a file that cannot be used
EXIT_INTERRUPTED = 130  # the shell's convention for a process ended by Ctrl-C (128 + SIGINT)
DEFAULT_COLUMNS = 88


def is_terminal(stream: TextIO | None) -> bool:
    """Whether `stream` is a terminal; a replaced or closed stream is not."""
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_columns(default: int = DEFAULT_COLUMNS) -> int:
    """The width of the terminal standard output goes to, or `default` when there is none."""
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return default


def write_json(record: dict[str, object], out: TextIO, *, indent: int | None = None) -> None:
    """One JSON document (on one line unless `indent`); text cleaned of control characters like all output."""
    import json  # here, not at the top: the plain one-shot path starts quicker without it

    out.write(json.dumps(clean(record), ensure_ascii=False, indent=indent) + "\n")


def clean(value: object) -> object:
    """`value` with every string in it stripped of control and escape characters."""
    if isinstance(value, str):
        return strip_control(value)
    if isinstance(value, dict):
        return {key: clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [clean(item) for item in value]
    return value
