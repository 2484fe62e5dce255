"""Hostile files: reply cost on crafted valid knowledge, refusal cost of crafted bad files, validate at scale.

    python benchmarks/hostile.py [--size 100000] [--repeats 20]

Every file is generated at run time into a temporary directory (never committed). Replies to the
same questions (long ones that hit every look-up, and everyday ones) are timed on each crafted file
and on the shipped knowledge, in the same run: a crafted file's p99 over the shipped p50. Refusals
and `validate` run as the command line in a process of their own, with their peak memory.
"""

from __future__ import annotations

import argparse
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import quantiles
from typing import NamedTuple

import yaml

import chatbot
from chatbot.knowledge import shipped_knowledge_path

QUESTIONS = ("how long does an infusion take", "is ketamine addictive", "what are the side effects")
REPLY_LIMIT = 10.0  # a crafted file's reply p99 may be at most this many times the shipped p50
REFUSAL_SECONDS, REFUSAL_MEGABYTES, VALIDATE_SECONDS = 3.0, 512, 60.0


def _word(rng: random.Random) -> str:  # random letters: never a known word, never the same
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 10)))


def crafted(kind: str, size: int, rng: random.Random) -> dict:
    """A valid knowledge file built to make one look-up costly: random words, one shared word, or
    `size` keywords or synonym variants that all start with the word "zz"."""
    document = yaml.safe_load(Path(shipped_knowledge_path()).read_text(encoding="utf-8"))
    if kind in ("random phrasings", "one word in every phrasing"):
        shared = "pain " if kind.startswith("one word") else ""
        for n in range(size // 6):
            questions = [shared + " ".join(_word(rng) for _ in range(4)) for _ in range(6)]
            document["entries"].append(
                {"id": f"e{n}", "section": "S", "answer": "A.", "questions": questions}
            )
    elif kind == "keywords starting with zz":
        keywords = sorted({f"zz {_word(rng)}" for _ in range(size)})
        document["unanswerable"].append({"id": "zz-topic", "keywords": keywords, "answer": "No."})
    else:  # synonym variants
        document["synonyms"]["zzcanon"] = sorted({f"zz {_word(rng)}" for _ in range(size)})
    return document


def hostile_questions(rng: random.Random) -> list[str]:
    """Questions of about 1,000 characters that hit each look-up at every word."""
    words, story = " ".join(_word(rng) for _ in range(200))[:1000], "how long does pain last " * 42
    return [" ".join(["zz"] * 333), words, " ".join(["pain"] * 200), story, *QUESTIONS]


class Latency(NamedTuple):
    p50: float  # milliseconds
    p99: float


def reply_times(bot: chatbot.Bot, questions: list[str], repeats: int) -> Latency:
    for question in questions:
        bot.ask(question)  # warm up: regular expressions compiled, caches filled
    samples = []
    for _ in range(repeats):
        for question in questions:
            started = time.perf_counter_ns()
            bot.ask(question)
            samples.append(time.perf_counter_ns() - started)
    cuts = quantiles([sample / 1e6 for sample in samples], n=100)
    return Latency(cuts[49], cuts[98])


# `python -m chatbot ARGS` that reports its own peak memory on its last line of standard error.
MEASURED = ("import resource, runpy, sys\nsys.argv[0] = 'ketamine-faq'\ntry:\n runpy.run_module("
            "'chatbot', run_name='__main__')\nexcept SystemExit:\n print(resource.getrusage("
            "resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n raise")  # fmt: skip


def run_cli(*args: str) -> tuple[float, float, int]:
    """Seconds, peak MiB and exit code of the command line in a process of its own."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, *args], capture_output=True, check=False)
    return time.perf_counter() - started, int(done.stderr.split()[-1]) / 1024, done.returncode


def bad_files(directory: Path) -> dict[str, Path]:
    """Files refused by the loader, each within the size limit, one behind a 3,000-character path."""
    files, sexagesimal = {}, directory / "sexagesimal.yaml"
    row = "- [" + ", ".join(["1:2:3:4", "yes", "no", "on", "0x1f", "1_000"] * 20) + "]\n"
    sexagesimal.write_text("format: 1\nentries:\n" + row * (32 * 1024 * 1024 // len(row) - 1))
    files["32 MB of sexagesimal numbers and booleans"] = sexagesimal
    invalid = directory / "invalid.yaml"
    invalid.write_text("format: 1\nentries:\n- id: a\n  questions: [" + ",".join(["''"] * 660_000) + "]\n")
    files["2 MB, 660,000 invalid phrasings"] = invalid
    deep = directory.joinpath(*["x" * 250] * 12)
    deep.mkdir(parents=True)
    (deep / "invalid.yaml").write_bytes(invalid.read_bytes())
    files["the same through a 3,000-character path"] = deep / "invalid.yaml"
    lists = directory / "lists.yaml"
    lists.write_text("format: 1\nentries:\n- id: a\n  questions: [" + ",".join(["[]"] * 999_000) + "]\n")
    files["3 MB, 999,000 empty lists"] = lists
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="phrasings, keywords or variants")
    parser.add_argument("--repeats", type=int, default=20)
    options = parser.parse_args()
    rng = random.Random(16)
    questions = hostile_questions(rng)
    baseline = reply_times(chatbot.load(), questions, options.repeats)
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        # Processes first, while this one is small: a child's peak memory counts what it forked from.
        print("\n| bad file (refused, exit 2) | seconds | peak MiB | ≤ 3 s and ≤ 512 MB |\n|---|---|---|---|")
        for name, path in bad_files(directory).items():
            seconds, peak, code = run_cli("--kb", str(path), "ask", "hi")
            bounded = code == 2 and seconds <= REFUSAL_SECONDS and peak <= REFUSAL_MEGABYTES
            met = "met" if bounded else "**no**"
            print(f"| {name} (exit {code}) | {seconds:.2f} | {peak:.0f} | {met} |")
        synthetic = directory / "synthetic.yaml"
        synthetic.write_text(yaml.safe_dump(crafted("random phrasings", options.size, rng), width=10**6))
        seconds, peak, code = run_cli("validate", "--kb", str(synthetic))
        met = "met" if seconds <= VALIDATE_SECONDS else "**not met**"
        print("\n| validate (crafted file) | seconds | peak MiB | exit | ≤ 60 s |\n|---|---|---|---|---|")
        print(f"| {options.size:,} phrasings | {seconds:.1f} | {peak:.0f} | {code} | {met} |")
        print(f"\nShipped knowledge, same questions: p50 {baseline.p50:.3f} ms, p99 {baseline.p99:.3f} ms\n")
        print("| crafted valid file | load s | reply p50 ms | reply p99 ms | p99 ÷ shipped p50 | ≤ 10x |")
        print("|---|---|---|---|---|---|")
        for kind in ("random phrasings", "one word in every phrasing", "keywords starting with zz",
                     "synonym variants starting with zz"):  # fmt: skip
            path = directory / "crafted.yaml"
            path.write_text(yaml.safe_dump(crafted(kind, options.size, rng), width=10**6), encoding="utf-8")
            started = time.perf_counter()
            bot = chatbot.load(path)
            loaded = time.perf_counter() - started
            latency = reply_times(bot, questions, options.repeats)
            ratio = latency.p99 / baseline.p50
            met = "met" if ratio <= REPLY_LIMIT else "**not met**"
            print(f"| {options.size:,} {kind} | {loaded:.1f} | {latency.p50:.3f} | {latency.p99:.3f} "
                  f"| {ratio:.1f}x | {met} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
