"""Profile replies with cProfile, on the shipped knowledge or a synthetic file, and print the top functions.

python benchmarks/profile_reply.py                    # shipped knowledge, dev + held-out questions
python benchmarks/profile_reply.py --size 100000      # a synthetic file of 100,000 phrasings
python benchmarks/profile_reply.py --kb my.yaml --sort cumulative --limit 40
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import synthetic
from questions import DEV, HELDOUT, load_questions

import chatbot

QUERY_SEED = 7


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profile bot.ask with cProfile.")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--size", type=int, help="profile on a synthetic file of this many phrasings")
    source.add_argument("--kb", type=Path, help="profile on this knowledge file")
    parser.add_argument("--queries", type=int, default=400, help="queries to profile (synthetic stream)")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative, ...)")
    parser.add_argument("--limit", type=int, default=25, help="how many functions to print")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ketamine-faq-profile-") as directory:
        path = options.kb
        if options.size:
            path = synthetic.write(Path(directory) / "synthetic.yaml", options.size, seed=1)
        bot = chatbot.load(path)
    if path is None:
        texts = [question.text for question in (*load_questions(DEV), *load_questions(HELDOUT))]
    else:
        entries = [(entry.id, entry.questions) for entry in bot.knowledge.entries]
        texts = [query.text for query in synthetic.queries(entries, options.queries, QUERY_SEED)]
    for text in texts[:20]:
        bot.ask(text)  # warm up before profiling
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        bot.ask(text)
    profiler.disable()
    print(f"{len(texts)} replies on {bot.knowledge.topic!r}", file=sys.stdout)
    pstats.Stats(profiler, stream=sys.stdout).sort_stats(options.sort).print_stats(options.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
