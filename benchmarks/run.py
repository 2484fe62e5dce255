"""Measure the chatbot and write benchmarks/RESULTS.md: `python benchmarks/run.py [--quick]` from the root.

Accuracy on the frozen test halves of the real questions (never tuned on), beside the peers of peers.py
on the same questions in the same run; speed as ratios to baselines timed in the same run; then the
output of safety_eval.py, hostile.py and load.py. --quick: accuracy only.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process

import chatbot
from benchmarks import peers, scoring

HERE = Path(__file__).resolve().parent
SETS = {  # name: (file, what it is)
    "real, test half": (scoring.REAL_TEST, "frozen: 75 pages, never tuned on"),
    "real, patients' posts (second test batch)": (scoring.REAL_TEST_PATIENTS, "frozen, collected later"),
    "real, forum threads (new-user check)": (scoring.REAL_FORUM_CHECK, "frozen, mostly out of scope"),
    "real, tuning half": (scoring.REAL_TUNE, "tuned on"),
    "written: heldout2": (scoring.DATA / "heldout2_questions.yaml", "written for us, never tuned on"),
    "written: heldout3": (scoring.DATA / "heldout3_questions.yaml", "written for us, never tuned on"),
}


def pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "–"


def accuracy(bot: chatbot.Bot) -> list[str]:
    lines = [
        "## Accuracy",
        "",
        "In scope: questions an entry answers fully; partly covered ones are counted apart (answering with the"
        " entry is right, holding back is no error). Confidently wrong is of all questions: an answer that is"
        " not what the question needed. Held: out-of-scope questions given a fallback or a \"did you mean\".",
        "",
        "| questions | n | answered right | right or offered | confidently wrong (of all) | out of scope held | partly covered: right / wrong |",
        "|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for name, (path, note) in SETS.items():
        questions = scoring.load(path)
        found = scoring.score(questions, scoring.bot_answerer(bot))
        lines.append(
            f"| {name} ({note}) | {found.total} | {pct(found.right, found.in_scope)} | {pct(found.offered, found.in_scope)}"
            f" | {pct(found.wrong, found.total)} | {pct(found.held, found.out_of_scope)}"
            f" | {found.partial_right} / {found.partial_wrong} of {found.partial} |"
        )
    return lines


def side_by_side(bot: chatbot.Bot) -> list[str]:
    questions = scoring.load(scoring.REAL_TEST) + scoring.load(scoring.REAL_TEST_PATIENTS)
    ours = scoring.score(questions, scoring.bot_answerer(bot))
    hold = ours.rate("held", "out_of_scope")
    texts, ids = peers.phrasings(bot.knowledge)
    smalltalk = frozenset(e.id for e in bot.knowledge.smalltalk)
    lines = [
        "## Side by side, on the real test questions (both frozen batches)",
        "",
        f"Each peer answers its nearest phrasing above the threshold that gives it the most right answers on these very"
        f" questions while holding back at least our out-of-scope rate ({hold:.1%}): an upper bound for it.",
        "",
        "| matcher | answered right (in scope) | right or offered | confidently wrong (of all) | out of scope held |",
        "|---|---|---|---|---|",
        f"| **ours** | {ours.rate('right', 'in_scope'):.1%} | {ours.rate('offered', 'in_scope'):.1%}"
        f" | {ours.rate('wrong', 'total'):.1%} | {hold:.1%} |",
    ]  # fmt: skip
    for name, make in peers.PEERS.items():
        nearest = make(texts, ids)
        if nearest is None:
            lines.append(f"| {name} | not installed (see benchmarks/peers.py) | | | |")
            continue
        _, found = peers.best_at_hold_rate(questions, [nearest(q.text) for q in questions], smalltalk, hold)
        lines.append(
            f"| {name} | {found.rate('right', 'in_scope'):.1%} | {found.rate('right', 'in_scope'):.1%}"
            f" | {found.rate('wrong', 'total'):.1%} | {found.rate('held', 'out_of_scope'):.1%} |"
        )
    return lines


def reliability(bot: chatbot.Bot) -> list[str]:
    """Confidence band -> share of questions whose best entry was right, on the real test questions."""
    bands: dict[int, list[bool]] = {}
    for question in scoring.load(scoring.REAL_TEST) + scoring.load(scoring.REAL_TEST_PATIENTS):
        assessment = bot.assess(question.text)
        if assessment.decision.signals is None or question.expect in ("crisis", "smalltalk"):
            continue
        band = min(4, int(assessment.decision.confidence * 5))
        bands.setdefault(band, []).append(scoring.best_is_right(question, assessment))
    lines = ["## Reliability of `reply.confidence`, on the real test questions", "",
             "| confidence | questions | best entry right |", "|---|---|---|"]  # fmt: skip
    for band in range(5):
        found = bands.get(band, [])
        share = f"{sum(found) / len(found):.0%}" if found else "–"
        lines.append(f"| {band / 5:.1f}–{(band + 1) / 5:.1f} | {len(found)} | {share} |")
    return lines


def leave_one_out() -> list[str]:
    from chatbot.lint import lint

    report = lint(chatbot.load_knowledge())
    held = report.leave_one_out
    return ["## Leave-one-out (`ketamine-faq validate`)", "",
            f"Each phrasing asked of a bot built without it: {pct(held.reached, held.total)} answered with its own"
            f" entry, {pct(held.offered, held.total)} answered with it or offered it in a \"did you mean\","
            f" {pct(held.ranked_first, held.total)} ranked it first (answered or not),"
            f" {len(held.misanswered)} answered with another; {held.seconds:.1f} s."]  # fmt: skip


def speed(bot: chatbot.Bot) -> list[str]:
    questions = [q.text for q in scoring.load(scoring.DATA / "dev_questions.yaml")]
    texts, _ = peers.phrasings(bot.knowledge)
    ours, bare = [], []
    for _ in range(3):
        for question in questions:
            start = time.perf_counter_ns()
            bot.ask(question)
            ours.append(time.perf_counter_ns() - start)
            start = time.perf_counter_ns()
            process.extractOne(question, texts, scorer=fuzz.WRatio)
            bare.append(time.perf_counter_ns() - start)
    ours_p50, bare_p50 = statistics.median(ours) / 1e6, statistics.median(bare) / 1e6
    lines = ["## Speed", "", "| measure | ours | baseline, same run | ratio |", "|---|---|---|---|",
             f"| reply p50 (`bot.ask`, dev questions) vs a bare WRatio `extractOne` over the same {len(texts)} phrasings"
             f" | {ours_p50:.3f} ms | {bare_p50:.3f} ms | {ours_p50 / bare_p50:.2f}× |"]  # fmt: skip
    sys.path.insert(0, str(HERE.parent / "tests"))
    import wheel_venv  # the package as a user gets it: tests/test_wheel.py installs it the same way

    with tempfile.TemporaryDirectory() as folder:
        venv = wheel_venv.install_in_fresh_venv(wheel_venv.build_wheel(Path(folder)), Path(folder))
        ask = [str(venv / "bin" / "ketamine-faq"), "ask", "what is ketamine"]
        base = [str(venv / "bin" / "python"), "-c", "import yaml, rapidfuzz"]
        timings: dict[str, list[float]] = {"ask": [], "base": []}
        for _ in range(25):  # in turn, so that both meet the same load
            for name, command in (("ask", ask), ("base", base)):
                start = time.perf_counter()
                subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=folder)
                timings[name].append(time.perf_counter() - start)
        ask_ms, base_ms = (statistics.median(timings[n][3:]) * 1000 for n in ("ask", "base"))
    lines.append(
        f"| start-up: `ketamine-faq ask`, installed from the wheel in a fresh venv, vs `python -c 'import yaml, rapidfuzz'`"
        f" | {ask_ms:.1f} ms | {base_ms:.1f} ms | {ask_ms / base_ms:.2f}× |"
    )  # fmt: skip
    return lines


# The other benchmark scripts, run as they are and their output kept: (heading, script and arguments).
OTHERS = (
    ("Safety tiers on the frozen safety test half (writer B, never tuned on)", ("safety_eval.py", "tests/data/safety_test.yaml")),
    ("Safety tiers on a second frozen test set (writer M, written last, never tuned on)", ("safety_eval.py", "tests/data/safety_test_m.yaml")),
    ("Safety tiers on a third frozen test set (writer U, written after the second session, never tuned on)", ("safety_eval.py", "tests/data/safety_test_u.yaml")),
    ("Safety tiers on a fourth frozen test set (writer GD, a broad mix of voices, written in the eighth session, never tuned on)", ("safety_eval.py", "tests/data/safety_test_gd.yaml")),
    ("Risk questions (too much, mixing, poisoning, what to do if something goes wrong), ordinary safety questions and emergencies now (writer IJ, frozen, written in the fourteenth session, never tuned on)", ("safety_eval.py", "tests/data/safety_test_risk_ij.yaml")),
    ("Safety tiers on the written crisis set never trained on (crisis_heldout.yaml)", ("safety_eval.py", "tests/data/crisis_heldout.yaml")),
    ("False alarms on ordinary everyday messages (writer Q, frozen, never tuned on)", ("safety_eval.py", "tests/data/ordinary_chat_test_q.yaml")),
    ("False alarms on ordinary messages from older patients, carers and second-language writers (writer X, frozen, never tuned on)", ("safety_eval.py", "tests/data/ordinary_chat_test_x.yaml")),
    ("False alarms on ordinary chat lines about the treatment day (writer DB, frozen, never tuned on)", ("safety_eval.py", "tests/data/ordinary_chat_test_db.yaml")),
    ("False alarms on everyday chat lines from patients and the people with them (writer GE, frozen, written in the eighth session, never tuned on)", ("safety_eval.py", "tests/data/ordinary_chat_test_ge.yaml")),
    ("Safety in chat threads: short lines typed one after another, the danger often told across them (writer CB, frozen, never tuned on; the first line of many look-alike threads reads as danger on its own)", ("safety_eval.py", "tests/data/conversations_test_cb.yaml")),
    ("Crafted files: reply cost, refusals, validate at scale", ("hostile.py",)),
    ("The server under load", ("load.py",)),
)  # fmt: skip


def others() -> list[str]:
    lines: list[str] = []
    for heading, (script, *arguments) in OTHERS:
        done = subprocess.run([sys.executable, str(HERE / script), *arguments], cwd=HERE.parent, capture_output=True, text=True)  # fmt: skip
        said = done.stdout.strip() if done.returncode == 0 else "not run: " + (done.stderr.strip().splitlines() or ["?"])[-1]  # fmt: skip
        command = " ".join(["python", f"benchmarks/{script}", *arguments])
        lines += [
            "",
            f"## {heading}",
            "",
            f"`{command}`",
            "",
            said if said.startswith("|") else f"```\n{said}\n```",
        ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="accuracy only")
    quick = parser.parse_args().quick
    started = time.perf_counter()
    bot = chatbot.load()
    sections = [*accuracy(bot), "", *side_by_side(bot), "", *reliability(bot)]
    if not quick:
        sections += ["", *leave_one_out(), "", *speed(bot), *others()]
    head = ["# Benchmarks", "", "Written by `python benchmarks/run.py`; do not edit by hand.", "",
            f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; run took {time.perf_counter() - started:.0f} s",
            f"- Machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}",
            f"- Code: commit {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=HERE).stdout.strip()}", ""]  # fmt: skip
    text = "\n".join(head + sections) + "\n"
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
