"""One measured configuration per process, so that each peak-memory figure is its own.

    python benchmarks/measure.py imports
    python benchmarks/measure.py cache
    python benchmarks/measure.py shipped
    python benchmarks/measure.py built
    python benchmarks/measure.py synthetic PATH [--loads N] [--rounds N]
    python benchmarks/measure.py accuracy

Each prints one JSON object on standard output; `run.py` runs them and writes RESULTS.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from timing import Latency, peak_memory_mib, timed_calls, timed_once

SHIPPED_LOADS = 15
LOAD_WARMUP = 2
SHIPPED_ROUNDS = 5  # passes over the 420 dev + held-out questions: ~2,000 timed replies per matcher
SYNTHETIC_QUERIES = 400
SYNTHETIC_ROUNDS = 3
BARE_BUDGET_SECONDS = 3.0  # a bare scan at 100,000 phrasings takes a while: time as many as fit
PROFILE_QUERIES = 200
QUERY_SEED = 7


def task_imports() -> dict[str, Any]:
    """Peak memory of the interpreter with yaml and rapidfuzz imported: the floor for every figure."""
    import rapidfuzz  # noqa: F401
    import yaml  # noqa: F401

    return {"peak_mib": peak_memory_mib()}


def task_cache() -> dict[str, Any]:
    """Whether `chatbot.load()` would use the ready-built Bot (chatbot/index_cache.py) right now."""
    from chatbot.index_cache import cache_path, load_cached

    from chatbot.knowledge import shipped_knowledge_path

    path = Path(shipped_knowledge_path())
    return {"fresh": load_cached(path) is not None, "pickle": str(cache_path(path))}


def task_shipped() -> dict[str, Any]:
    """Load time, reply latency against bare WRatio, and peak memory on the shipped knowledge,
    loaded as users get it: `chatbot.load()`, from the ready-built Bot while that is fresh."""
    from baselines import Phrasings, WRatio
    from questions import DEV, HELDOUT, load_questions
    from synthetic import queries

    import chatbot

    result: dict[str, Any] = {"peak_after_import_mib": peak_memory_mib(), **task_cache()}
    bot, load = _loads(lambda: chatbot.load(), SHIPPED_LOADS)
    path = Path(bot.knowledge.path)
    result["load"] = load
    phrasings = Phrasings.of(bot.knowledge)
    result["phrasings"] = len(phrasings.texts)
    result["entries"] = len(bot.knowledge.entries)
    texts = [question.text for question in (*load_questions(DEV), *load_questions(HELDOUT))]
    bare = WRatio(phrasings)
    ours_ns: list[int] = []
    bare_ns: list[int] = []
    # Rounds alternate between the two, so that both see the same state of the machine.
    for _ in range(SHIPPED_ROUNDS):
        ours_ns += timed_calls(bot.ask, texts)[0]
        bare_ns += timed_calls(bare.best, texts)[0]
    result["queries"] = len(texts)
    result["ours"] = _latency(ours_ns)
    result["bare_wratio"] = _latency(bare_ns)
    stream = queries(
        [(entry.id, entry.questions) for entry in bot.knowledge.entries], SYNTHETIC_QUERIES, QUERY_SEED
    )
    timings, replies = timed_calls(bot.ask, [query.text for query in stream], rounds=SYNTHETIC_ROUNDS)
    result["ours_synthetic_style"] = _latency(timings)
    result["synthetic_style_accuracy"] = _stream_accuracy(stream, replies)
    result["peak_mib"] = peak_memory_mib()
    result["profile"] = _profile(bot.ask, texts)
    result["bare_yaml"] = _bare_yaml(path, SHIPPED_LOADS)  # after the peak: a parsed document is big
    return result


def task_built() -> dict[str, Any]:
    """Load time and peak memory of building the shipped knowledge's Bot from its YAML, no cache."""
    from questions import DEV, HELDOUT, load_questions

    from chatbot.bot import Bot
    from chatbot.knowledge import load_knowledge, shipped_knowledge_path

    path = Path(shipped_knowledge_path())
    result: dict[str, Any] = {"peak_after_import_mib": peak_memory_mib()}
    bot, load = _loads(lambda: Bot(load_knowledge(path)), SHIPPED_LOADS)
    result["load"] = load
    for question in (*load_questions(DEV), *load_questions(HELDOUT)):
        bot.ask(question.text)  # answering too, as in the shipped configuration's peak
    result["peak_mib"] = peak_memory_mib()
    result["bare_yaml"] = _bare_yaml(path, SHIPPED_LOADS)
    return result


def task_synthetic(path: Path, loads: int, rounds: int) -> dict[str, Any]:
    """The same figures on a synthetic knowledge file, with queries made from its own phrasings."""
    from baselines import Phrasings, WRatio
    from questions import DEV, HELDOUT, load_questions
    from synthetic import queries

    import chatbot
    from chatbot.text import phrase_key

    result: dict[str, Any] = {
        "peak_after_import_mib": peak_memory_mib(),
        "file_mib": path.stat().st_size / 2**20,
    }
    bot, load = _loads(lambda: chatbot.load(path), loads, warmup=1 if loads > 1 else 0)
    result["load"] = load
    knowledge = bot.knowledge
    phrasings = Phrasings.of(knowledge)
    result["phrasings"] = len(phrasings.texts)
    result["entries"] = len(knowledge.entries)
    result["distinct_words"] = len({word for text in phrasings.texts for word in phrase_key(text).split()})
    stream = queries(
        [(entry.id, entry.questions) for entry in knowledge.entries], SYNTHETIC_QUERIES, QUERY_SEED
    )
    texts = [query.text for query in stream]
    timings, replies = timed_calls(bot.ask, texts, warmup=40)
    result["peak_mib"] = peak_memory_mib()  # before the shipped bot and the baselines below add theirs
    # The shipped knowledge's p50 is measured again here, pass by pass in turn with this file's, so
    # that the scaling ratio does not depend on how busy the machine was when each process ran.
    shipped = chatbot.load()
    shipped_texts = [question.text for question in (*load_questions(DEV), *load_questions(HELDOUT))]
    shipped_timings = timed_calls(shipped.ask, shipped_texts)[0]
    for _ in range(rounds - 1):
        timings += timed_calls(bot.ask, texts)[0]
        shipped_timings += timed_calls(shipped.ask, shipped_texts)[0]
    result["queries"] = len(texts)
    result["ours"] = _latency(timings)
    result["shipped_same_process"] = _latency(shipped_timings)
    result["accuracy"] = _stream_accuracy(stream, replies)
    result["profile"] = _profile(bot.ask, texts[:PROFILE_QUERIES])
    bare = WRatio(phrasings)
    result["bare_wratio"] = _latency(
        timed_calls(bare.best, texts, warmup=3, budget_seconds=BARE_BUDGET_SECONDS)[0]
    )
    result["bare_yaml"] = _bare_yaml(path, loads)
    return result


def task_accuracy() -> dict[str, Any]:
    """Our matcher and each baseline on the question sets: outcomes and latency.

    Baselines choose their thresholds on the tuning sets (dev + heldout), as benchmarks/tune.py
    chooses ours; heldout2 and heldout3, the unseen sets, are only measured.
    """
    from baselines import BASELINES, MAX_CONFIDENT_WRONG, Phrasings, choose_threshold
    from questions import DEV, DEV3, HELDOUT, HELDOUT2, HELDOUT3, Outcome, load_questions, score

    import chatbot

    bot = chatbot.load()
    phrasings = Phrasings.of(bot.knowledge)
    sets = {
        "heldout2": load_questions(HELDOUT2),
        "heldout3": load_questions(HELDOUT3),
        "heldout": load_questions(HELDOUT),
        "dev": load_questions(DEV),
        "dev3": load_questions(DEV3),
    }
    tuning = (*sets["dev"], *sets["heldout"])
    rows = []

    def ours(text: str) -> Outcome:
        reply = bot.ask(text)
        return Outcome(str(reply.kind), reply.entry_id)

    timings = {}
    outcomes: dict[str, dict[str, Outcome]] = {}
    for name, questions in sets.items():
        texts = [question.text for question in questions]
        timings[name], results = timed_calls(ours, texts, rounds=3)
        outcomes[name] = dict(zip(texts, results, strict=True))
    rows.append(
        {
            "method": "this matcher (chatbot.load().ask)",
            "threshold": "its own (decision.py, tuned on dev + heldout)",
            **{
                name: _score_row(score(questions, outcomes[name].__getitem__), timings[name])
                for name, questions in sets.items()
            },
        }
    )
    for make in BASELINES:
        baseline = make(phrasings)
        slow = baseline.name.startswith("difflib")
        bests = {}
        timings = {}
        for name, questions in sets.items():
            texts = [question.text for question in questions]
            timings[name], results = timed_calls(baseline.best, texts, rounds=1 if slow else 3, warmup=3)
            bests[name] = dict(zip(texts, results, strict=True))
        tuning_bests = {**bests["dev"], **bests["heldout"]}  # a text's best phrasing is the same in both
        for rule in ("bar", "most-right"):
            choice = choose_threshold(
                phrasings, tuning, [tuning_bests[question.text] for question in tuning], rule
            )
            row: dict[str, Any] = {"method": baseline.name, "threshold": choice.threshold, "rule": rule}
            for name, questions in sets.items():
                lookup = bests[name]
                result = score(
                    questions, lambda text, t=choice.threshold, b=lookup: phrasings.outcome(b[text], t)
                )
                row[name] = _score_row(result, timings[name])
            rows.append(row)
    return {
        "rows": rows,
        "questions": {name: len(questions) for name, questions in sets.items()},
        "tuning_sets": ["dev", "heldout"],
        "max_confident_wrong": MAX_CONFIDENT_WRONG,
    }


def _loads(load: Callable[[], Any], count: int, warmup: int = LOAD_WARMUP) -> tuple[Any, dict[str, Any]]:
    """Load `count` times after `warmup` loads; keep only the last Bot alive."""
    bot = None
    for _ in range(warmup):
        bot = None
        bot = load()
    timings = []
    for _ in range(count):
        bot = None  # free the previous one first, so peak memory is that of one loaded Bot
        elapsed, bot = timed_once(load)
        timings.append(elapsed)
    return bot, _latency(timings)


def _bare_yaml(path: Path, count: int) -> dict[str, Any]:
    """Reading and parsing the same file with PyYAML's fastest safe loader, and nothing else."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    timings = [timed_once(lambda: yaml.load(path.read_bytes(), Loader=loader))[0] for _ in range(count)]
    return {**_latency(timings), "loader": loader.__name__}


def _latency(nanoseconds: Sequence[int]) -> dict[str, Any]:
    summary = Latency.of(nanoseconds)
    return {"p50_ms": summary.p50, "p99_ms": summary.p99, "mean_ms": summary.mean, "samples": summary.samples}


def _score_row(result: Any, nanoseconds: Sequence[int]) -> dict[str, Any]:
    return {
        "in_scope": f"{result.in_scope_right}/{result.in_scope}",
        "in_scope_accuracy": result.in_scope_accuracy,
        "out_of_scope_held": result.out_of_scope_rate,
        "out_of_scope": f"{result.out_of_scope_held}/{result.out_of_scope}",
        "crisis_caught": result.crisis_recall,
        "crisis": f"{result.crisis_caught}/{result.crisis}",
        "smalltalk_right": result.smalltalk_accuracy,
        "smalltalk": f"{result.smalltalk_right}/{result.smalltalk}",
        "confident_wrong_rate": result.confident_wrong_rate,
        "confident_wrong": f"{result.confident_wrong}/{result.total}",
        "latency": _latency(nanoseconds),
    }


def _stream_accuracy(stream: Sequence[Any], replies: Sequence[Any]) -> dict[str, Any]:
    """How a synthetic query stream was answered: right entry, wrong entry, or held back."""
    counts = {"related": 0, "right": 0, "wrong": 0, "unrelated": 0, "unrelated_answered": 0, "crisis": 0}
    for query, reply in zip(stream, replies, strict=True):
        counts["crisis"] += reply.kind == "crisis"
        if query.entry_id is None:
            counts["unrelated"] += 1
            counts["unrelated_answered"] += reply.kind == "answer"
        else:
            counts["related"] += 1
            counts["right"] += reply.kind == "answer" and reply.entry_id == query.entry_id
            counts["wrong"] += reply.kind == "answer" and reply.entry_id != query.entry_id
    return counts


def _profile(call: Callable[[str], Any], texts: Sequence[str], top: int = 12) -> dict[str, Any]:
    """Where the time of `call` over `texts` goes: most own time, and chatbot's functions by total time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        call(text)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": _label(filename, line, function),
                "calls": calls,
                "own_share": own / total,
                "total_share": cumulative / total,
                "chatbot": "chatbot" in Path(filename).parts,
            }
        )
    by_own = sorted(rows, key=lambda row: row["own_share"], reverse=True)[:top]
    by_total = sorted(
        (row for row in rows if row["chatbot"]), key=lambda row: row["total_share"], reverse=True
    )
    return {"replies": len(texts), "seconds": total, "by_own": by_own, "chatbot_by_total": by_total[:top]}


def _label(filename: str, line: int, function: str) -> str:
    if filename == "~":
        return function  # a built-in, such as rapidfuzz's compiled process.extract
    parts = Path(filename).parts
    short = "/".join(parts[parts.index("chatbot") :]) if "chatbot" in parts else Path(filename).name
    return f"{short}:{line} {function}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=("imports", "cache", "shipped", "built", "synthetic", "accuracy"))
    parser.add_argument("path", nargs="?", type=Path, help="the synthetic knowledge file")
    parser.add_argument("--loads", type=int, default=3, help="how many times to load it")
    parser.add_argument("--rounds", type=int, default=SYNTHETIC_ROUNDS, help="passes over the query stream")
    options = parser.parse_args(argv)
    if options.task == "imports":
        result = task_imports()
    elif options.task == "cache":
        result = task_cache()
    elif options.task == "shipped":
        result = task_shipped()
    elif options.task == "built":
        result = task_built()
    elif options.task == "accuracy":
        result = task_accuracy()
    else:
        if options.path is None:
            parser.error("synthetic needs the path of a knowledge file")
        result = task_synthetic(options.path, options.loads, options.rounds)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
