"""`ketamine-faq serve` from the command line, and the base install kept free of the web stack."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from chatbot import cli, serve_cli

BAD_KB = Path(__file__).resolve().parent / "knowledge_corpus" / "alias.yaml"
WEB_STACK = ("starlette", "uvicorn", "httpx", "anyio", "h11", "selenium", "chatbot.web")
TIMEOUT = 60  # a guard against a hang, never reached when things work; not a timing assertion


def test_the_library_ask_and_the_chat_import_nothing_of_the_web_stack() -> None:
    """In a process of its own: this one may have imported the web stack for other tests."""
    program = f"""
import sys
import chatbot
chatbot.load().ask("How long does an infusion take?")
chatbot.load().conversation().ask("infusion")
from chatbot import cli, chat
assert cli.main(["ask", "--json", "what is ketamine"]) == 0
loaded = sorted(name for name in sys.modules if name.startswith({WEB_STACK!r}))
print("WEB:", loaded, file=sys.stderr)
"""
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "WEB: []" in result.stderr
    assert "dissociative" in result.stdout  # it did answer


def test_without_the_serve_extra_it_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [name for name in sys.modules if name.startswith("chatbot.web")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "starlette", None)  # what an import of a missing package meets
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert cli.main(["serve"]) == 2
    error = capsys.readouterr().err
    assert error == serve_cli.INSTALL_HINT + "\n"
    assert "pip install 'ketamine-faq[serve]'" in error


def test_a_broken_knowledge_file_is_reported_before_serving(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("uvicorn", reason="the serve extra is not installed")
    assert cli.main(["serve", "--kb", str(BAD_KB)]) == 2
    assert "alias.yaml" in capsys.readouterr().err


@pytest.mark.parametrize(
    "arguments",
    [
        ["--port", "0"],
        ["--port", "70000"],
        ["--port", "http"],
        ["--workers", "0"],
        ["--workers", "1000"],
        ["--allow-origin", "*"],
        ["--allow-origin", "clinic.example"],
        ["--allow-origin", "https://clinic.example/chat"],
        ["--allow-origin", "javascript:alert(1)"],
    ],
)
def test_bad_options_are_usage_errors(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", *arguments]) == 2
    assert "error:" in capsys.readouterr().err


def test_help_shows_the_options_and_the_proxy_advice(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--help"]) == 0
    shown = capsys.readouterr().out
    for option in ("--host", "--port", "--workers", "--allow-origin", "--kb", "reverse proxy"):
        assert option in shown


def test_a_port_in_use_ends_the_command_with_a_message() -> None:
    pytest.importorskip("uvicorn", reason="the serve extra is not installed")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "chatbot", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    assert result.returncode == 1
    assert "address already in use" in result.stderr.lower()
    assert "Traceback" not in result.stderr
