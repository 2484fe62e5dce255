"""The HTTP API and the page's headers, through Starlette's TestClient: replies, state round trips,
and every bad request answered with a JSON error and a 4xx, never a 500 or a traceback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed: pip install '.[test]'")
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

import chatbot
from chatbot.web import MAX_BODY_BYTES, create_app

QUESTION = "How long does a ketamine infusion session last?"
_MESSAGES = chatbot.load().knowledge.messages
FOOTER = f"{_MESSAGES.disclaimer}\n{_MESSAGES.consult}"  # what every reply's text ends with
FINGERPRINT = chatbot.load().conversation().state["knowledge"]  # a forged state may copy it


@pytest.fixture(scope="module")
def client(bot: chatbot.Bot) -> Iterator[TestClient]:
    with TestClient(create_app(bot), raise_server_exceptions=False) as client:
        yield client


def ask(client: TestClient, body: object) -> dict[str, object]:
    response = client.post("/api/ask", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def assert_json_error(response: object, status: int) -> None:
    assert response.status_code == status  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/json"  # type: ignore[attr-defined]
    error = response.json()["error"]  # type: ignore[attr-defined]
    assert isinstance(error, str) and error
    assert "Traceback" not in response.text  # type: ignore[attr-defined]


def test_a_question_gets_the_librarys_reply_and_a_state(client: TestClient, bot: chatbot.Bot) -> None:
    record = ask(client, {"text": QUESTION})
    expected = bot.ask(QUESTION).to_dict()
    assert {key: record[key] for key in expected} == expected
    assert record["kind"] == "answer" and record["entry_id"] == "session-length"
    assert record["suggestions"] and set(record["suggestions"][0]) == {"entry_id", "question"}
    conversation = bot.conversation()
    conversation.ask(QUESTION)
    assert record["state"] == conversation.state
    assert str(record["text"]).endswith(bot.ask(QUESTION).footer)


def test_the_state_sent_back_carries_the_conversation(client: TestClient) -> None:
    clarify = ask(client, {"text": "infusion"})
    assert clarify["kind"] == "clarify"
    second = clarify["suggestions"][1]  # type: ignore[index]
    picked = ask(client, {"text": "2", "state": clarify["state"]})
    assert picked["kind"] == "answer" and picked["entry_id"] == second["entry_id"]
    more = ask(client, {"text": "more", "state": picked["state"]})
    assert more["suggestions"] and more["entry_id"] is None
    without_state = ask(client, {"text": "2"})
    assert without_state["entry_id"] != second["entry_id"]  # the server itself remembered nothing


@pytest.mark.parametrize(
    "state",
    [
        None,
        "not a mapping",
        [1, 2],
        {},
        {"format": 999},
        {"format": 1, "knowledge": "00000000", "last": {"kind": "clarify", "suggestions": ["dosing"]}},
        {
            "format": 1,
            "knowledge": "x",
            "last": {"kind": "clarify", "entry_id": None, "suggestions": ["nope"]},
        },
        {"format": 1, "last": {"kind": "answer", "entry_id": "../../etc/passwd", "suggestions": []}},
        {"knowledge": FINGERPRINT, "format": 1, "last": {"kind": [], "entry_id": None, "suggestions": []}},
        {
            "knowledge": FINGERPRINT,
            "format": 1,
            "last": {"kind": "answer", "entry_id": {}, "suggestions": []},
        },
        {"knowledge": FINGERPRINT, "format": 1, "last": {"kind": "clarify", "suggestions": [["dosing"]]}},
    ],
)
def test_a_forged_or_stale_state_starts_a_fresh_conversation(client: TestClient, state: object) -> None:
    fresh = ask(client, {"text": "2"})
    assert ask(client, {"text": "2", "state": state}) == fresh


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
LAST_KEYS = st.sampled_from(["kind", "entry_id", "suggestions"]) | st.text(max_size=8)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    last=st.dictionaries(
        LAST_KEYS, JSON_VALUES | st.sampled_from(["clarify", "answer", "dosing"]), max_size=4
    )
)
def test_any_forged_state_gets_a_reply(client: TestClient, last: dict[str, object]) -> None:
    """A state that copies the knowledge's fingerprint and forges the rest still gets a 200 reply."""
    record = ask(client, {"text": "2", "state": {"format": 1, "knowledge": FINGERPRINT, "last": last}})
    assert str(record["text"]).endswith(FOOTER)


def test_a_state_from_other_knowledge_is_ignored(client: TestClient) -> None:
    clarify = ask(client, {"text": "infusion"})
    stale = dict(clarify["state"]) | {"knowledge": "deadbeef"}  # type: ignore[call-overload]
    assert ask(client, {"text": "2", "state": stale}) == ask(client, {"text": "2"})


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"", 400),
        (b"{not json", 400),
        (b"\xff\xfe\xfa", 400),
        (b"[1, 2]", 400),
        (b'"a question"', 400),
        (b"null", 400),
        (b"{}", 400),
        (b'{"state": {}}', 400),
        (b'{"text": 42}', 400),
        (b'{"text": null}', 400),
        (b'{"text": ["what is ketamine"]}', 400),
        (b'{"text": {"nested": "x"}}', 400),
        (b"[" * 30_000 + b"]" * 30_000, 400),  # nested past the recursion limit, within 64 KiB
        (b'{"text": "' + b"a" * MAX_BODY_BYTES + b'"}', 413),
    ],
)
def test_a_bad_request_gets_a_json_error_and_a_4xx(client: TestClient, body: bytes, status: int) -> None:
    response = client.post("/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert_json_error(response, status)


def test_a_body_just_within_the_limit_is_answered(client: TestClient) -> None:
    body = json.dumps({"text": QUESTION, "padding": ""}).encode()
    body = body[:-2] + b"x" * (MAX_BODY_BYTES - len(body)) + b'"}'
    assert len(body) == MAX_BODY_BYTES
    response = client.post("/api/ask", content=body)
    assert response.status_code == 200


def test_a_body_too_large_is_refused_while_it_streams_in(bot: chatbot.Bot) -> None:
    """Without a Content-Length (chunked), the body is refused as soon as it passes the limit, not read
    to its end (TestClient gathers a body before sending it, so this talks ASGI to the app itself)."""
    chunk, chunks = b"a" * 1024, 1000
    received: list[int] = []
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        received.append(1)
        return {"type": "http.request", "body": chunk, "more_body": len(received) < chunks}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/api/ask", "raw_path": b"/api/ask", "root_path": "", "query_string": b"",
        "headers": [(b"transfer-encoding", b"chunked")],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
    }  # fmt: skip
    asyncio.run(create_app(bot)(scope, receive, send))  # type: ignore[arg-type]
    assert sent[0]["status"] == 413
    assert len(received) == MAX_BODY_BYTES // len(chunk) + 1


def test_a_declared_length_over_the_limit_is_refused_before_reading(client: TestClient) -> None:
    response = client.post(
        "/api/ask", content=b'{"text": "hi"}', headers={"Content-Length": str(MAX_BODY_BYTES + 1)}
    )
    assert_json_error(response, 413)


def test_text_that_is_not_valid_unicode_gets_a_reply(client: TestClient) -> None:
    response = client.post("/api/ask", content=b'{"text": "what is ketamine \\ud800"}')
    assert response.status_code == 200
    assert response.json()["kind"] in {"answer", "clarify", "fallback"}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/api/ask", 405), ("PUT", "/api/ask", 405), ("POST", "/healthz", 405), ("GET", "/nowhere", 404)],
)
def test_wrong_methods_and_paths_get_a_json_error(
    client: TestClient, method: str, path: str, status: int
) -> None:
    assert_json_error(client.request(method, path), status)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_gets_a_reply_ending_with_the_disclaimer(client: TestClient, text: str) -> None:
    record = ask(client, {"text": text})
    assert str(record["text"]).endswith(FOOTER)


MARKER = "Zanzibar-quokka-7731 how long does an infusion last"


@pytest.mark.parametrize("text", [MARKER, f"I want to die {MARKER}", f"how much does it cost {MARKER}"])
def test_the_reply_never_echoes_the_question(client: TestClient, text: str) -> None:
    response = client.post("/api/ask", json={"text": text})
    assert response.status_code == 200
    assert "Zanzibar" not in response.text and "quokka" not in response.text


def test_topics_lists_every_question_by_section(client: TestClient, bot: chatbot.Bot) -> None:
    response = client.get("/api/topics")
    assert response.status_code == 200
    sections = response.json()["sections"]
    assert [s["section"] for s in sections] == [name for name, _ in bot.knowledge.sections()]
    listed = [q["entry_id"] for s in sections for q in s["questions"]]
    assert listed == [entry.id for entry in bot.knowledge.entries]


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.parametrize("path", ["/", "/page.js", "/page.css", "/api/topics", "/healthz", "/nowhere"])
def test_every_response_carries_the_security_headers_and_no_cookie(client: TestClient, path: str) -> None:
    response = client.get(path)
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "set-cookie" not in response.headers
    assert "access-control-allow-origin" not in response.headers
    assert "server" not in response.headers


def test_the_page_is_self_contained(client: TestClient, bot: chatbot.Bot) -> None:
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "<script>" not in html and "style=" not in html and "<style" not in html  # nothing inline
    assert "http://" not in html and "https://" not in html and "//" not in html.replace("<!--", "")
    assert '<label for="question">' in html and 'aria-live="polite"' in html
    assert "Nothing you type is stored" in html
    assert "not medical advice" in html
    script = client.get("/page.js").text
    assert "localStorage" not in script and "sessionStorage" not in script and "document.cookie" not in script
    assert "http://" not in script and "https://" not in script  # it talks to its own server only


def test_cors_is_off_unless_an_origin_is_allowed(client: TestClient, bot: chatbot.Bot) -> None:
    origin = "https://clinic.example"
    preflight = {"Origin": origin, "Access-Control-Request-Method": "POST"}
    closed = client.options("/api/ask", headers=preflight)
    assert closed.status_code == 405 and "access-control-allow-origin" not in closed.headers
    with TestClient(create_app(bot, allow_origins=[origin])) as open_client:
        opened = open_client.options(
            "/api/ask", headers=preflight | {"Access-Control-Request-Headers": "content-type"}
        )
        assert opened.status_code == 200 and opened.headers["access-control-allow-origin"] == origin
        answered = open_client.post("/api/ask", json={"text": QUESTION}, headers={"Origin": origin})
        assert answered.headers["access-control-allow-origin"] == origin
        other = open_client.post(
            "/api/ask", json={"text": QUESTION}, headers={"Origin": "https://evil.example"}
        )
        assert "access-control-allow-origin" not in other.headers
        assert f"frame-ancestors 'self' {origin}" in answered.headers["content-security-policy"]
