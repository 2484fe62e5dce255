"""The real server, as `ketamine-faq serve` runs it in a process of its own on a free loopback port:
nothing a person asks reaches its log, and the chat page works in a real headless browser (Debian's
chromium and chromedriver, driven by Selenium; skipped, saying how to enable it, where they are missing)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

pytest.importorskip("uvicorn", reason="the serve extra is not installed: pip install '.[test]'")

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ENABLE_BROWSER = (
    "the browser test needs Debian's chromium and chromium-driver and the selenium package: "
    "apt-get install -y chromium chromium-driver && pip install '.[test]' (.ci/run does both)"
)
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=412,915",  # a phone's screen, in CSS pixels
)  # fmt: skip
START_TIMEOUT = (
    30  # seconds for the server to answer /healthz: a guard against a hang, not a timing assertion
)
WAIT = 10  # seconds the browser may take to show a reply: a guard, never reached when things work
MARKER = "Zanzibar-quokka-7731"  # a word no log line has any other reason to hold


class Server(NamedTuple):
    """A server run as its users run it, with two workers, so that the options reach both."""

    url: str
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _request(url: str, body: bytes | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("server") / "server.log"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "chatbot", "serve", "--port", str(port), "--workers", "2"],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if _request(f"{url}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"the server did not start:\n{log.read_text()}"
            time.sleep(0.05)
        yield Server(url, log)
    finally:
        process.terminate()
        process.wait(timeout=START_TIMEOUT)


def test_the_server_answers_and_its_log_holds_no_question(server: Server) -> None:
    question = json.dumps({"text": f"how long does an infusion last {MARKER}"}).encode()
    status, body = _request(f"{server.url}/api/ask", question)
    assert status == 200 and json.loads(body)["text"].endswith("own situation.")
    assert _request(f"{server.url}/api/ask", f'{{"text": "{MARKER}'.encode())[0] == 400
    assert _request(f"{server.url}/api/ask?text={MARKER}")[0] == 405
    assert _request(f"{server.url}/{MARKER}")[0] == 404
    status, _ = _request(f"{server.url}/api/ask", b'{"text": "' + MARKER.encode() * 5000 + b'"}')
    assert status == 413
    # Each worker process writes its own lines: wait for all five, in whatever order they arrive.
    expected = ("POST /api/ask 200", "POST /api/ask 400", "GET /api/ask 405", "GET - 404", "/api/ask 413")
    deadline = time.monotonic() + WAIT
    while not all(line in server.log.read_text() for line in expected) and time.monotonic() < deadline:
        time.sleep(0.05)
    log = server.log.read_text()
    assert "POST /api/ask 200" in log and "GET - 404" in log  # the access log works, and says no more
    assert MARKER not in log and "quokka" not in log and "infusion" not in log


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip(ENABLE_BROWSER)
    webdriver = pytest.importorskip("selenium.webdriver", reason=ENABLE_BROWSER)
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def test_the_chat_page_in_a_browser(server: Server, browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    def replies() -> list[Any]:
        return browser.find_elements(By.CSS_SELECTOR, "#replies article.bot:not(.welcome)")

    def next_reply(count: int) -> Any:
        WebDriverWait(browser, WAIT).until(lambda _: len(replies()) > count)
        return replies()[-1]

    browser.get(server.url)
    field = browser.find_element(By.ID, "question")
    assert browser.find_element(By.CSS_SELECTOR, "label[for=question]").text == "Your question"
    assert browser.switch_to.active_element == field  # ready to type, no mouse needed
    assert "not medical advice" in browser.find_element(By.ID, "disclaimer").text
    assert browser.find_element(By.ID, "disclaimer").is_displayed()
    assert "Nothing you type is stored" in browser.find_element(By.ID, "not-stored").text

    field.send_keys("infusion", Keys.ENTER)  # typed and sent with the keyboard alone
    clarify = next_reply(0)
    buttons = clarify.find_elements(By.CSS_SELECTOR, ".suggestions button")
    session = [b for b in buttons if b.text.endswith("How long does a ketamine infusion session last?")]
    assert len(buttons) >= 2 and len(session) == 1 and session[0].text[0].isdigit()
    assert "not medical advice" in clarify.find_element(By.CSS_SELECTOR, ".reply-disclaimer").text
    assert browser.find_element(By.ID, "replies").get_attribute("aria-live") == "polite"

    session[0].click()  # the state went back with its number: the answer is that choice
    answer = next_reply(1)
    assert "40" in answer.text and "60 minutes" in answer.text
    assert (
        answer.find_elements(By.CSS_SELECTOR, ".reply-disclaimer")[-1]
        == answer.find_elements(By.CSS_SELECTOR, "p")[-1]
    )
    assert (
        "How long does a ketamine infusion session last?"
        in browser.find_elements(By.CSS_SELECTOR, ".mine")[-1].text
    )

    browser.switch_to.active_element.send_keys(Keys.SHIFT, Keys.TAB)  # from the field back to a suggestion
    assert browser.switch_to.active_element.text == answer.find_elements(By.CSS_SELECTOR, "button")[-1].text
    browser.switch_to.active_element.send_keys(Keys.ENTER)  # picked with the keyboard alone
    next_reply(2)
    assert browser.switch_to.active_element == field  # back in the field, ready for the next question

    field.send_keys("I want to die", Keys.ENTER)
    crisis = next_reply(3)
    assert "crisis" in crisis.get_attribute("class").split()
    links = {link.get_attribute("href") for link in crisis.find_elements(By.TAG_NAME, "a")}
    assert {"tel:988", "sms:988", "tel:911"} <= links
    assert "not medical advice" in crisis.find_element(By.CSS_SELECTOR, ".reply-disclaimer").text
    assert browser.find_element(By.ID, "disclaimer").is_displayed()
    assert browser.execute_script("return window.localStorage.length + document.cookie.length") == 0
    assert [
        entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
    ] == []  # no CSP refusal
    screenshot = tmp_path / "chat.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
