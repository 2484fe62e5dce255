"""One Bot shared by many threads gives exactly the replies it gives one question at a time, and
Conversations used from different threads never see each other's turns."""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

import chatbot

THREADS = 8
ROUNDS = 3  # each question set is asked this many times, shuffled: 8 threads share 1,260 asks
SCRIPT_ROUNDS = 3  # each thread runs its conversation script this many times
DATA = Path(__file__).resolve().parent / "data"


def _questions() -> list[str]:
    questions = []
    for name in ("dev_questions.yaml", "heldout_questions.yaml"):
        cases = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["cases"]
        questions += [str(case["question"]) for case in cases]
    return questions


@pytest.fixture
def fresh_bot() -> chatbot.Bot:
    """A bot no other test has used, so that any cache inside it starts cold under the threads."""
    return chatbot.load()


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Switch threads far more often than usual, so that races have every chance to show."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)
    yield
    sys.setswitchinterval(interval)


def _run_in_threads(work: Callable[[int], object]) -> list[object]:
    """Run work(0..THREADS-1) in THREADS threads started together; their results, or re-raise."""
    barrier = threading.Barrier(THREADS)
    results: list[object] = [None] * THREADS
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work(index)
        except BaseException as error:  # re-raised below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


@pytest.mark.usefixtures("busy_switching")
def test_a_shared_bot_answers_as_it_does_sequentially(fresh_bot: chatbot.Bot) -> None:
    questions = _questions()
    asks = questions * ROUNDS
    random.Random(5).shuffle(asks)
    assert len(asks) >= 1200
    share = [asks[index::THREADS] for index in range(THREADS)]

    def work(index: int) -> list[tuple[str, dict[str, object]]]:
        return [(question, fresh_bot.ask(question).to_dict()) for question in share[index]]

    answered = [pair for result in _run_in_threads(work) for pair in result]  # type: ignore[attr-defined]
    expected = {question: fresh_bot.ask(question).to_dict() for question in questions}
    assert len(answered) == len(asks)
    mismatches = [question for question, reply in answered if reply != expected[question]]
    assert mismatches == []


def _script(knowledge: chatbot.Knowledge, index: int) -> list[str]:
    """A multi-turn script of its own for thread `index`: questions, then follow-ups that depend on
    the reply before ("more", "1", "yes"), so that a turn read against another thread's reply shows."""
    with_related = [entry for entry in knowledge.entries if entry.related]
    script = []
    for offset in range(4):
        entry = with_related[(index * 4 + offset) % len(with_related)]
        script += [entry.question, "more", str(1 + offset % 2), "yes", entry.questions[-1], "2"]
    return script


@pytest.mark.usefixtures("busy_switching")
def test_conversations_in_different_threads_are_independent(fresh_bot: chatbot.Bot) -> None:
    scripts = [_script(fresh_bot.knowledge, index) for index in range(THREADS)]
    assert len({tuple(script) for script in scripts}) == THREADS

    def converse(index: int) -> list[dict[str, object]]:
        conversation = fresh_bot.conversation()
        return [conversation.ask(turn).to_dict() for _ in range(SCRIPT_ROUNDS) for turn in scripts[index]]

    concurrent = _run_in_threads(converse)
    sequential = [converse(index) for index in range(THREADS)]
    for index in range(THREADS):
        assert concurrent[index] == sequential[index], f"thread {index}"
    # the scripts really do follow up: some turns are answered from the reply before them
    assert any(reply["kind"] == "clarify" for reply in sequential[0])
