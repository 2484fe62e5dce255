"""Measure what issue 6 asks for, in one run, and write benchmarks/RESULTS.md.

    python benchmarks/run.py            # about two to three minutes on two cores
    python benchmarks/run.py --quick    # synthetic sizes up to 10,000 only, to try the harness

Every timing is reported beside a baseline measured in the same run, and as a ratio to it.
Each configuration is measured in its own process (benchmarks/measure.py), so that each
peak-memory figure is that configuration's own.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import synthetic
import wheel_venv
from timing import percentile

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MEASURE = HERE / "measure.py"
SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
LOADS = {1_000: 5, 10_000: 3, 100_000: 1}  # 100,000 phrasings take seconds to load: once is enough
ROUNDS = {1_000: 3, 10_000: 3, 100_000: 2}
STARTUP_WARMUP = 2
STARTUP_RUNS = 15
PROMPT_WARMUP = 1
PROMPT_RUNS = 7
PROMPT_TIMEOUT_SECONDS = 20
# The chat's prompt (chatbot/chat.py: PromptSession(message="\u203a ")); other shapes in case it changes.
PROMPT_PATTERNS = ("\u203a", "\u276f ", "> ")
SYNTHETIC_SEED = 1

# Targets from issue 6 (ratios within one run) and the held-out bar from issue 2, which is judged on
# heldout2: the unseen set (dev and heldout were both tuned on; see benchmarks/tune.py).
TARGET_REPLY_VS_WRATIO = 3.0
TARGET_SCALE_100K = 10.0
TARGET_STARTUP = 1.5
BAR = {
    "in_scope_accuracy": 0.90,
    "confident_wrong_rate": 0.02,
    "out_of_scope_held": 0.90,
    "crisis_caught": 1.0,
}
BAR_SET = "heldout2"
# The accuracy tables, in order: the unseen set first, as the figure that counts.
ACCURACY_SETS = (
    ("heldout2", "Unseen questions: heldout2 (never tuned on)"),
    ("heldout3", "Unseen questions: heldout3 (written blind by real-world personas; never tuned on)"),
    ("heldout", "Held-out questions: heldout (tuning, consulted)"),
    ("dev", "Dev questions (tuning)"),
    ("dev3", "Dev questions: dev3 (tuning; written blind like heldout3)"),
)
BUILD_FROM_YAML = (
    "from chatbot.bot import Bot; from chatbot.knowledge import load_knowledge; Bot(load_knowledge())"
)
ASK_THROUGH_MAIN = "import sys; from chatbot.cli import main; sys.exit(main(['ask', 'what is ketamine']))"
TIMES = "\N{MULTIPLICATION SIGN}"
PACKAGES = ("ketamine-faq", "rapidfuzz", "PyYAML", "prompt_toolkit", "rank-bm25", "numpy", "pexpect")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks and write benchmarks/RESULTS.md.")
    parser.add_argument("--quick", action="store_true", help="synthetic sizes up to 10,000 only")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md", help="where to write the results")
    options = parser.parse_args(argv)
    command = " ".join(["python", "benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])])
    started = time.perf_counter()
    sizes = QUICK_SIZES if options.quick else SIZES
    results: dict[str, Any] = {"command": command, "machine": machine(), "sizes": list(sizes)}
    results["memory_floor"] = worker("imports")
    results["cache"] = {"start": worker("cache")}
    results["shipped"] = worker("shipped")
    results["built"] = worker("built")
    results["synthetic"] = {}
    with tempfile.TemporaryDirectory(prefix="ketamine-faq-bench-") as directory:
        for size in sizes:
            path = Path(directory) / f"synthetic_{size}.yaml"
            progress(f"writing {size:,} synthetic phrasings")
            elapsed = time.perf_counter()
            synthetic.write(path, size, seed=SYNTHETIC_SEED)
            generated = time.perf_counter() - elapsed
            run = worker("synthetic", str(path), "--loads", str(LOADS[size]), "--rounds", str(ROUNDS[size]))
            results["synthetic"][str(size)] = {**run, "generate_seconds": generated}
        installed = install_wheel(Path(directory))
        results["startup"] = startup(installed)
        results["first_prompt"] = first_prompt(installed / "ketamine-faq")
    results["accuracy"] = worker("accuracy")
    results["cache"]["end"] = worker("cache")
    results["seconds"] = time.perf_counter() - started
    options.out.write_text(render(results), encoding="utf-8")
    (options.out.with_suffix(".json")).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    progress(f"wrote {display(options.out)} in {results['seconds']:.0f} s")
    for line in target_lines(results):
        print(line)
    return 0


def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def worker(*args: str) -> dict[str, Any]:
    """Run one measured configuration in its own process and return what it measured."""
    progress("measuring " + " ".join(Path(arg).name for arg in args))
    done = subprocess.run(
        [sys.executable, str(MEASURE), *args], capture_output=True, text=True, check=False, cwd=ROOT
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmarks/measure.py {' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    versions = {}
    for package in PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    import yaml

    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gib": _memory_gib(),
        "python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "libyaml": bool(getattr(yaml, "__with_libyaml__", False)),
        "versions": versions,
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain")),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return None


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT, check=False)
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def install_wheel(directory: Path) -> Path:
    """Install this tree as a user does (README: pip, a fresh venv) and return the venv's bin.

    pip byte-compiles what it installs, as it did rapidfuzz and PyYAML; a source checkout run with
    PYTHONDONTWRITEBYTECODE set compiles the package afresh at every start instead, which is not what
    users run. See benchmarks/wheel_venv.py (shared with tests/test_wheel.py).
    """
    progress("building a wheel and installing it in a fresh venv")
    return wheel_venv.install_in_fresh_venv(wheel_venv.build_wheel(directory), directory) / "bin"


def startup(installed: Path) -> dict[str, Any]:
    """Wall time of whole processes, run in turn so that each sees the same machine: medians in ms.

    Two settings: the package installed from a wheel in a fresh venv (`installed`), which the target
    is judged on, and this interpreter with the source checkout, as a developer runs it. Each runs in
    its own working directory: `python -c` puts that directory first on sys.path, and from the
    checkout it would import the checkout's chatbot instead of the installed one.
    """
    here = shutil.which("ketamine-faq", path=str(Path(sys.executable).parent))
    ask = ["ask", "what is ketamine"]
    venv_python = str(installed / "python")
    commands = {
        "installed": {
            "ketamine-faq ask": [str(installed / "ketamine-faq"), *ask],
            "import yaml, rapidfuzz": [venv_python, "-c", "import yaml, rapidfuzz"],
            "python (nothing)": [venv_python, "-c", "pass"],
            "import rapidfuzz": [venv_python, "-c", "import rapidfuzz"],
            # The same command through main(), which leaves the garbage collector alone, as a program
            # that embeds the command line would: what cli.command()'s gc.freeze() saves.
            "ask through main(), no gc.freeze": [venv_python, "-c", ASK_THROUGH_MAIN],
            "import chatbot": [venv_python, "-c", "import chatbot"],
            "import chatbot; chatbot.load()": [venv_python, "-c", "import chatbot; chatbot.load()"],
            "Bot(load_knowledge())": [venv_python, "-c", BUILD_FROM_YAML],
        },
        "checkout": {
            "ketamine-faq ask": [here, *ask] if here else [sys.executable, "-m", "chatbot", *ask],
            "import yaml, rapidfuzz": [sys.executable, "-c", "import yaml, rapidfuzz"],
            "python (nothing)": [sys.executable, "-c", "pass"],
        },
    }
    directories = {"installed": installed.parent.parent, "checkout": ROOT}
    flat = {(setting, name): argv for setting, named in commands.items() for name, argv in named.items()}
    progress(f"timing start-up ({STARTUP_RUNS} runs of each)")
    timings: dict[tuple[str, str], list[int]] = {key: [] for key in flat}
    for run in range(STARTUP_WARMUP + STARTUP_RUNS):
        keys = list(flat)
        # Rotate the order, so that no command always runs first (after the previous one's cache effects).
        keys = keys[run % len(keys) :] + keys[: run % len(keys)]
        for key in keys:
            start = time.perf_counter_ns()
            done = subprocess.run(
                flat[key],
                cwd=directories[key[0]],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                check=False,
            )
            elapsed = time.perf_counter_ns() - start
            if done.returncode != 0:
                raise SystemExit(f"{key} failed: {done.stderr.decode(errors='replace')}")
            if run >= STARTUP_WARMUP:
                timings[key].append(elapsed)
    return {
        setting: {
            "command": " ".join(named["ketamine-faq ask"]),
            "runs": STARTUP_RUNS,
            "median_ms": {name: statistics.median(timings[setting, name]) / 1e6 for name in named},
            "p90_ms": {name: percentile(timings[setting, name], 90) / 1e6 for name in named},
        }
        for setting, named in commands.items()
    } | {"bytecode_cache_off": bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))}


def first_prompt(executable: Path) -> dict[str, Any]:
    """Time from spawning the installed chat in a pseudo-terminal to its prompt on the screen (pexpect)."""
    try:
        import pexpect
    except ImportError:
        return {"error": "pexpect is not installed (pip install -e '.[test]')"}
    progress(f"timing the chat's first prompt ({PROMPT_RUNS} runs)")
    environment = dict(os.environ, TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1", NO_COLOR="1")
    timings = []
    for run in range(PROMPT_WARMUP + PROMPT_RUNS):
        start = time.perf_counter_ns()
        child = pexpect.spawn(
            str(executable),
            env=environment,
            encoding="utf-8",
            dimensions=(40, 100),
            timeout=PROMPT_TIMEOUT_SECONDS,
        )
        try:
            found = child.expect([*PROMPT_PATTERNS, pexpect.TIMEOUT, pexpect.EOF])
            elapsed = time.perf_counter_ns() - start
            if found >= len(PROMPT_PATTERNS):
                return {"error": f"no prompt seen; the chat printed {child.before[-300:]!r}"}
            child.sendeof()
            child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=5)
        finally:
            child.close(force=True)
        if run >= PROMPT_WARMUP:
            timings.append(elapsed)
    return {
        "median_ms": statistics.median(timings) / 1e6,
        "runs": PROMPT_RUNS,
        "prompt": PROMPT_PATTERNS[found],
    }


# ---------------------------------------------------------------------------------------------
# RESULTS.md


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}{TIMES}"


def fmt_ms(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 100:
        return f"{value:.0f} ms"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.3f} ms"


def fmt_share(value: float) -> str:
    return f"{100 * value:.1f}%"


def met(value: float | None, limit: float, *, at_least: bool = False) -> str:
    if value is None:
        return "not measured"
    return "**met**" if (value >= limit if at_least else value <= limit) else "**missed**"


def largest(results: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    size = max(results["sizes"])
    return size, results["synthetic"][str(size)]


def targets(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(target, measured, ratio, verdict) for each target of issue 6."""
    shipped = results["shipped"]
    ours = shipped["ours"]["p50_ms"]
    bare = shipped["bare_wratio"]["p50_ms"]
    size, big = largest(results)
    scale = ratio(big["ours"]["p50_ms"], big["shipped_same_process"]["p50_ms"])
    startup_ms = results["startup"]["installed"]["median_ms"]
    start_ratio = ratio(startup_ms["ketamine-faq ask"], startup_ms["import yaml, rapidfuzz"])
    checkout_ms = results["startup"]["checkout"]["median_ms"]
    checkout_ratio = ratio(checkout_ms["ketamine-faq ask"], checkout_ms["import yaml, rapidfuzz"])
    unseen = results["accuracy"]["rows"][0][BAR_SET]
    bar_ok = all(
        unseen[key] >= limit if key != "confident_wrong_rate" else unseen[key] <= limit
        for key, limit in BAR.items()
    )
    return [
        (
            f"reply p50, shipped knowledge ≤ {TARGET_REPLY_VS_WRATIO:g}{TIMES} bare WRatio extractOne",
            f"{fmt_ms(ours)} vs {fmt_ms(bare)}",
            fmt_ratio(ratio(ours, bare)),
            met(ratio(ours, bare), TARGET_REPLY_VS_WRATIO),
        ),
        (
            f"reply p50 at {size:,} phrasings ≤ {TARGET_SCALE_100K:g}{TIMES} own p50 on shipped knowledge "
            "(both timed in turn in one process)",
            f"{fmt_ms(big['ours']['p50_ms'])} vs {fmt_ms(big['shipped_same_process']['p50_ms'])}",
            fmt_ratio(scale),
            met(scale, TARGET_SCALE_100K)
            + ("" if size == 100_000 else " (a quick run: not the 100,000 figure)"),
        ),
        (
            f"`ketamine-faq ask` start-up ≤ {TARGET_STARTUP:g}{TIMES} `python -c 'import yaml, rapidfuzz'`, "
            "installed from a wheel in a fresh venv, as the README installs it",
            f"{fmt_ms(startup_ms['ketamine-faq ask'])} vs {fmt_ms(startup_ms['import yaml, rapidfuzz'])}",
            fmt_ratio(start_ratio),
            met(start_ratio, TARGET_STARTUP),
        ),
        (
            "the same, in this interpreter with the source checkout (editable install)",
            f"{fmt_ms(checkout_ms['ketamine-faq ask'])} vs {fmt_ms(checkout_ms['import yaml, rapidfuzz'])}",
            fmt_ratio(checkout_ratio),
            met(checkout_ratio, TARGET_STARTUP) + " (for reference: the target is judged installed)",
        ),
        (
            f"held-out bar (issue 2) on {BAR_SET}, the unseen set: ≥90% in scope right, ≤2% confident "
            "wrong, ≥90% out of scope held (fallback or clarify), every crisis caught",
            f"{fmt_share(unseen['in_scope_accuracy'])} ({unseen['in_scope']}) right, "
            f"{fmt_share(unseen['confident_wrong_rate'])} ({unseen['confident_wrong']}) confident wrong, "
            f"{fmt_share(unseen['out_of_scope_held'])} ({unseen['out_of_scope']}) held, "
            f"{unseen['crisis']} crises caught",
            "",
            "**met**" if bar_ok else "**missed**",
        ),
    ]


def target_lines(results: dict[str, Any]) -> list[str]:
    return [
        f"{verdict.replace('*', '')}: {target}: {measured}" + (f" ({value})" if value else "")
        for target, measured, value, verdict in targets(results)
    ]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render(results: dict[str, Any]) -> str:
    machine_info = results["machine"]
    shipped = results["shipped"]
    floor = results["memory_floor"]["peak_mib"]
    ours_shipped = shipped["ours"]["p50_ms"]
    out = [
        "# Benchmarks",
        "",
        "Produced by one command, from the project root:",
        "",
        "```",
        results["command"],
        "```",
        "",
        f"- Date: {machine_info['date']}; whole run {results['seconds']:.0f} s",
        f"- Machine: {machine_info['cpu']}, {machine_info['cpus']} CPUs available, "
        + (f"{machine_info['memory_gib']:.1f} GiB memory; " if machine_info["memory_gib"] else "")
        + machine_info["platform"],
        f"- Python: {machine_info['python']}",
        "- Libraries: "
        + ", ".join(f"{name} {version}" for name, version in machine_info["versions"].items())
        + f"; PyYAML with libyaml: {'yes' if machine_info['libyaml'] else 'no'}",
        f"- Code: commit {machine_info['commit'] or 'unknown'}"
        + (" with uncommitted changes" if machine_info["uncommitted_changes"] else ""),
        "",
        "Timings are wall-clock (`time.perf_counter_ns`) after warm-up calls; every figure stands beside a "
        "baseline measured in the same run, and the ratio to it is what to compare between machines.",
        "",
        "## Targets",
        "",
        *table(("target", "measured", "ratio", "verdict"), targets(results)),
        "",
    ]
    out += render_latency(results, ours_shipped)
    out += render_load(results)
    out += render_startup(results)
    out += render_memory(results, floor)
    out += render_accuracy(results)
    out += render_profiles(results)
    out += render_method(results)
    return "\n".join(out) + "\n"


def render_latency(results: dict[str, Any], ours_shipped: float) -> list[str]:
    shipped = results["shipped"]
    rows = [
        (
            f"shipped ({shipped['phrasings']} phrasings), dev + heldout questions",
            str(shipped["ours"]["samples"]),
            fmt_ms(shipped["ours"]["p50_ms"]),
            fmt_ms(shipped["ours"]["p99_ms"]),
            fmt_ms(shipped["bare_wratio"]["p50_ms"]),
            fmt_ratio(ratio(shipped["ours"]["p50_ms"], shipped["bare_wratio"]["p50_ms"])),
            fmt_ratio(1.0),
            "see accuracy below",
        ),
        (
            "shipped, synthetic-style queries (perturbed phrasings + unrelated)",
            str(shipped["ours_synthetic_style"]["samples"]),
            fmt_ms(shipped["ours_synthetic_style"]["p50_ms"]),
            fmt_ms(shipped["ours_synthetic_style"]["p99_ms"]),
            "",
            "",
            fmt_ratio(ratio(shipped["ours_synthetic_style"]["p50_ms"], ours_shipped)),
            stream_summary(shipped["synthetic_style_accuracy"]),
        ),
    ]
    for size in results["sizes"]:
        run = results["synthetic"][str(size)]
        rows.append(
            (
                f"synthetic {size:,} phrasings",
                str(run["ours"]["samples"]),
                fmt_ms(run["ours"]["p50_ms"]),
                fmt_ms(run["ours"]["p99_ms"]),
                fmt_ms(run["bare_wratio"]["p50_ms"]) + f" (n={run['bare_wratio']['samples']})",
                fmt_ratio(ratio(run["ours"]["p50_ms"], run["bare_wratio"]["p50_ms"])),
                fmt_ratio(ratio(run["ours"]["p50_ms"], run["shipped_same_process"]["p50_ms"]))
                + f" ({fmt_ms(run['shipped_same_process']['p50_ms'])})",
                stream_summary(run["accuracy"]),
            )
        )
    return [
        "## Reply latency (`bot.ask`)",
        "",
        *table(
            (
                "knowledge, queries",
                "timed replies",
                "p50",
                "p99",
                "bare WRatio extractOne p50, same phrasings",
                "ours ÷ bare",
                "ours ÷ ours on shipped (shipped p50 timed in the same process)",
                "replies to the stream",
            ),
            rows,
        ),
        "",
        "A bare WRatio scan grows with the number of phrasings; at the larger sizes it is timed on as many "
        "queries as fit in a few seconds (n). In each synthetic size's process the shipped knowledge is "
        "timed again on the dev + heldout questions, pass by pass in turn with the synthetic stream, and "
        "the scaling ratio is taken against that.",
        "",
    ]


def stream_summary(counts: dict[str, int]) -> str:
    return (
        f"{counts['right']}/{counts['related']} perturbed phrasings answered with their entry, "
        f"{counts['wrong']} with another; {counts['unrelated_answered']}/{counts['unrelated']} unrelated "
        f"answered; {counts['crisis']} crisis"
    )


def render_load(results: dict[str, Any]) -> list[str]:
    shipped = results["shipped"]
    built = results["built"]
    cached_label = (
        "shipped, `chatbot.load()` (the ready-built Bot unpickled)"
        if shipped["fresh"]
        else "shipped, `chatbot.load()` (the ready-built Bot was **stale**: built from the YAML)"
    )
    rows = [
        (
            label,
            str(shipped["phrasings"]),
            str(shipped["entries"]),
            "",
            str(run["load"]["samples"]),
            fmt_ms(run["load"]["p50_ms"]),
            fmt_ms(run["bare_yaml"]["p50_ms"]),
            fmt_ratio(ratio(run["load"]["p50_ms"], run["bare_yaml"]["p50_ms"])),
            "",
        )
        for label, run in (
            (cached_label, shipped),
            ("shipped, `Bot(load_knowledge())` (built from the YAML)", built),
        )
    ]
    for size in results["sizes"]:
        run = results["synthetic"][str(size)]
        rows.append(
            (
                f"synthetic ({run['file_mib']:.1f} MiB)",
                f"{run['phrasings']:,}",
                f"{run['entries']:,}",
                f"{run['distinct_words']:,}",
                str(run["load"]["samples"]),
                fmt_ms(run["load"]["p50_ms"]),
                fmt_ms(run["bare_yaml"]["p50_ms"]),
                fmt_ratio(ratio(run["load"]["p50_ms"], run["bare_yaml"]["p50_ms"])),
                f"{1000 * run['load']['p50_ms'] / run['phrasings']:.0f} µs",
            )
        )
    return [
        "## Load time (read, validate, index; the shipped knowledge also from its ready-built Bot)",
        "",
        "`chatbot.load()` unpickles the Bot that `tools/build_index_cache.py` built for the shipped "
        "knowledge while that pickle is fresh (`chatbot/index_cache.py`); `Bot(load_knowledge())` builds "
        f"it from the YAML, as `chatbot.load(path)` does for any other file. From the pickle: "
        f"{fmt_ratio(ratio(shipped['load']['p50_ms'], built['load']['p50_ms']))} the time of building. "
        + cache_sentence(results),
        "",
        *table(
            (
                "knowledge",
                "phrasings",
                "entries",
                "distinct words in phrasings",
                "loads",
                "median load",
                "bare `yaml.load` (CSafeLoader) of the same file",
                "load ÷ bare parse",
                "per phrasing",
            ),
            rows,
        ),
        "",
    ]


def cache_sentence(results: dict[str, Any]) -> str:
    """Whether the ready-built Bot was fresh when the run started and when it ended."""
    start, end = results["cache"]["start"]["fresh"], results["cache"]["end"]["fresh"]
    if start and end:
        return "The pickle was fresh at the start and at the end of this run."
    if not start and not end:
        return (
            "**The pickle was stale for the whole run** (run `python tools/build_index_cache.py`): "
            "`chatbot.load()` built the Bot from the YAML."
        )
    return (
        f"**The pickle was {'fresh' if start else 'stale'} at the start of this run and "
        f"{'fresh' if end else 'stale'} at its end** (the code or knowledge changed during the run): "
        "figures that use `chatbot.load()` may mix both ways."
    )


def render_startup(results: dict[str, Any]) -> list[str]:
    installed = results["startup"]["installed"]
    checkout = results["startup"]["checkout"]
    floor = installed["median_ms"]["import yaml, rapidfuzz"]
    rows = _startup_rows(installed)
    prompt = results["first_prompt"]
    if "error" in prompt:
        rows.append(("chat: spawn to first prompt (pexpect)", f"not measured: {prompt['error']}", "", ""))
    else:
        rows.append(
            (
                f"chat: spawn `ketamine-faq` in a pseudo-terminal until its prompt "
                f"{prompt['prompt']!r} shows ({prompt['runs']} runs)",
                fmt_ms(prompt["median_ms"]),
                "",
                fmt_ratio(ratio(prompt["median_ms"], floor)),
            )
        )
    checkout_rows = _startup_rows(checkout)
    bytecode = (
        "PYTHONDONTWRITEBYTECODE was set for this run, so the checkout's own modules were compiled from "
        "source at every start, while rapidfuzz and PyYAML, installed by pip, were not"
        if results["startup"]["bytecode_cache_off"]
        else "bytecode caching was on"
    )
    return [
        "## Start-up (whole process, wall time)",
        "",
        f"`{installed['command']}` and the references below, {installed['runs']} runs each, in turn, "
        "after warm-up runs. The package is installed as the README installs it: a wheel built from "
        "this tree, installed by pip (which byte-compiles it, as it did rapidfuzz and PyYAML) into a fresh "
        "venv. The venv's `import yaml, rapidfuzz` is the baseline.",
        "",
        "`ketamine-faq ask`, the chat and `chatbot.load()` load the shipped knowledge through "
        "`chatbot.load()`, so from the ready-built Bot while it is fresh; "
        f"`Bot(load_knowledge())` is `python -c '{BUILD_FROM_YAML}'`, building it from the YAML. "
        + cache_sentence(results),
        "",
        *table(("process, installed in a fresh venv", "median", "p90", "÷ `import yaml, rapidfuzz`"), rows),
        "",
        *_startup_shares(installed["median_ms"]),
        f"For reference, the same in this interpreter with the source checkout ({bytecode}; this "
        "interpreter's site-packages also cost every process more to start than a fresh venv does):",
        "",
        *table(("process, source checkout", "median", "p90", "÷ `import yaml, rapidfuzz`"), checkout_rows),
        "",
    ]


def _startup_shares(medians: dict[str, float]) -> list[str]:
    """Where the time of `ketamine-faq ask` goes, from the medians above (differences of medians)."""
    ask = medians["ketamine-faq ask"]
    rapidfuzz = medians["import rapidfuzz"]
    package = medians["import chatbot"] - rapidfuzz
    load = medians["import chatbot; chatbot.load()"] - medians["import chatbot"]
    unfrozen = medians["ask through main(), no gc.freeze"]
    rest = unfrozen - medians["import chatbot; chatbot.load()"]
    return [
        f"Where `ketamine-faq ask`'s time goes: Python and rapidfuzz {fmt_ms(rapidfuzz)}; the package's "
        f"own imports {fmt_ms(package)}; reading the ready-built Bot {fmt_ms(load)}; the command line "
        "and the reply itself "
        + (fmt_ms(rest) if rest >= 1 else "under a millisecond, within the noise")
        + f". The console script then saves {fmt_ms(unfrozen - ask)} by freezing what it imported "
        "(`gc.freeze()` in `cli.command()`), so that the collections at exit skip it: through `main()`, "
        f"which leaves the collector alone, the same command takes {fmt_ms(unfrozen)}, "
        f"{fmt_ratio(ratio(unfrozen, medians['import yaml, rapidfuzz']))} the baseline. "
        "Each share is a difference of medians, so the shares are rough.",
        "",
    ]


def _startup_rows(setting: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(process, median, p90, ratio to the bare import) for one setting's timings."""
    medians = setting["median_ms"]
    floor = medians["import yaml, rapidfuzz"]
    return [
        (f"`{name}`", fmt_ms(value), fmt_ms(setting["p90_ms"][name]), fmt_ratio(ratio(value, floor)))
        for name, value in medians.items()
    ]


def render_memory(results: dict[str, Any], floor: float) -> list[str]:
    shipped = results["shipped"]
    rows = [("python + `import yaml, rapidfuzz`", f"{floor:.1f} MiB", fmt_ratio(1.0), "")]
    built = results["built"]
    rows += [
        (
            f"shipped knowledge ({shipped['phrasings']} phrasings), `chatbot.load()`, loaded and answering",
            f"{shipped['peak_mib']:.1f} MiB",
            fmt_ratio(ratio(shipped["peak_mib"], floor)),
            "",
        ),
        (
            "shipped knowledge, `Bot(load_knowledge())` (built from the YAML), loaded and answering",
            f"{built['peak_mib']:.1f} MiB",
            fmt_ratio(ratio(built["peak_mib"], floor)),
            "",
        ),
    ]
    for size in results["sizes"]:
        run = results["synthetic"][str(size)]
        above = run["peak_mib"] - run["peak_after_import_mib"]
        rows.append(
            (
                f"synthetic {size:,} phrasings, loaded and answering",
                f"{run['peak_mib']:.1f} MiB",
                fmt_ratio(ratio(run["peak_mib"], floor)),
                f"{1024 * above / run['phrasings']:.1f} KiB",
            )
        )
    return [
        "## Peak memory (`getrusage` maxrss, one process per configuration)",
        "",
        *table(("configuration", "peak RSS", "÷ floor", "per phrasing, above imports"), rows),
        "",
        "The peak includes what loading needs on the way (the parsed YAML document, when the Bot is built "
        "from it), not only the Bot kept.",
        "",
    ]


ACCURACY_NOTE = """\
Same knowledge, same phrasings (entries and small talk), same scoring (`benchmarks/questions.score`).
A baseline answers with the best phrasing's entry when its score reaches its threshold, and falls back
otherwise; a best phrasing from a small-talk entry counts as small talk. Baselines have no crisis
detection.

Tuning data is **dev + heldout together**: our matcher's weights and thresholds are chosen on them
(`benchmarks/tune.py`; heldout was written as a held-out set but consulted while choosing settings,
so it counts as tuning data), and so is each baseline's threshold, by two rules: *bar* = the most
right in-scope answers with at most {margin} confident wrong (the margin under the 2% bar that
`benchmarks/tune.py` holds our own settings to), and *most-right* = the most tuning questions handled
right in all. **heldout2 and heldout3 are never tuned on**, by us or by any baseline: they are the
unseen sets and the figures that count. heldout3 and dev3 were written later, blind (from the list of
entries only), in the voices of patients, carers and clinic staff; dev3 was then tuned on (phrasings
added to the knowledge), heldout3 never. Confident wrong = answers with the wrong entry, or an answer or
small talk given to an out-of-scope, crisis or small-talk question, over all questions."""


def render_accuracy(results: dict[str, Any]) -> list[str]:
    accuracy = results["accuracy"]
    out = [
        "## Accuracy and latency side by side (shipped knowledge)",
        "",
        *ACCURACY_NOTE.format(margin=fmt_share(accuracy["max_confident_wrong"])).splitlines(),
        "",
    ]
    ours_p50 = {name: accuracy["rows"][0][name]["latency"]["p50_ms"] for name, _ in ACCURACY_SETS}
    for name, title in ACCURACY_SETS:
        rows = []
        for row in accuracy["rows"]:
            scores = row[name]
            threshold = row["threshold"]
            if isinstance(threshold, float):
                threshold = (
                    "∞ (never answers)" if threshold == float("inf") else f"{threshold:.3g} ({row['rule']})"
                )
            rows.append(
                (
                    row["method"],
                    str(threshold),
                    f"{fmt_share(scores['in_scope_accuracy'])} ({scores['in_scope']})",
                    f"{fmt_share(scores['out_of_scope_held'])} ({scores['out_of_scope']})",
                    f"{fmt_share(scores['crisis_caught'])} ({scores['crisis']})",
                    f"{fmt_share(scores['smalltalk_right'])} ({scores['smalltalk']})",
                    f"{fmt_share(scores['confident_wrong_rate'])} ({scores['confident_wrong']})",
                    fmt_ms(scores["latency"]["p50_ms"]),
                    fmt_ratio(ratio(scores["latency"]["p50_ms"], ours_p50[name])),
                )
            )
        out += [
            f"### {title} ({accuracy['questions'][name]})",
            "",
            *table(
                (
                    "matcher",
                    "threshold (rule)",
                    "in scope right",
                    "out of scope held",
                    "crisis caught",
                    "small talk right",
                    "confident wrong",
                    "p50",
                    "p50 ÷ ours",
                ),
                rows,
            ),
            "",
        ]
    return out


def render_profiles(results: dict[str, Any]) -> list[str]:
    size, big = largest(results)
    out = ["## Where the time of a reply goes (cProfile)", ""]
    for title, profile in (
        (
            f"Shipped knowledge, {results['shipped']['profile']['replies']} dev + heldout questions",
            results["shipped"]["profile"],
        ),
        (f"Synthetic {size:,} phrasings, {big['profile']['replies']} queries", big["profile"]),
    ):
        out += [
            f"### {title}",
            "",
            f"{profile['seconds']:.2f} s under the profiler. Own time (without callees), top functions:",
            "",
            *table(
                ("function", "calls", "own time"),
                [
                    (f"`{row['function']}`", str(row["calls"]), fmt_share(row["own_share"]))
                    for row in profile["by_own"][:10]
                ],
            ),
            "",
            "chatbot functions by total time (with callees):",
            "",
            *table(
                ("function", "calls", "total time"),
                [
                    (f"`{row['function']}`", str(row["calls"]), fmt_share(row["total_share"]))
                    for row in profile["chatbot_by_total"][:10]
                ],
            ),
            "",
        ]
    return out


METHOD = """\
## How it is measured

- **Reply latency**: each `bot.ask` call timed on its own with `time.perf_counter_ns`, after 20 warm-up
  calls, garbage collector on. Shipped knowledge: the {questions} dev and heldout questions (the
  tuning sets: any questions serve for timing), {rounds} passes, alternating pass by pass with the bare
  baseline `process.extractOne(query, phrasings, scorer=fuzz.WRatio)` over the same {phrasings}
  phrasings (no processor: as it comes). Synthetic sizes: {queries} queries made from the file's own
  phrasings (one or two of: a typo in a long word, a dropped word, two words swapped, filler such as
  "quick question:", lower case) and 20% unrelated questions (everyday topics, made-up words).
- **Synthetic knowledge** (`benchmarks/synthetic.py`, seed {seed}): questions from 12 intents of 8 or 9
  templates each, about made-up treatments and conditions drawn with a Zipf law from pools that grow with
  the file (Heaps' law), 40% with a clause about the asker; 5 to 10 phrasings per entry (6 on average);
  `messages` copied from the shipped file; valid against the schema. Generation took {generated}.
- **Load time**: `chatbot.load(path)` after warm-up loads; the 100,000 file is loaded once. The shipped
  knowledge both ways, each in its own process: `chatbot.load()` (the ready-built Bot, while fresh)
  and `Bot(load_knowledge())` (built from the YAML). The baseline reads and parses the same file with
  `yaml.load(..., Loader=yaml.CSafeLoader)` and nothing else.
- **Start-up**: each command as a whole process (`subprocess.run`, output discarded), in turn, so that
  all see the same machine; medians. Installed: a wheel of this tree (`pip wheel`), installed by pip
  into a fresh venv that finds rapidfuzz and PyYAML through a .pth file; the baseline runs on that venv's
  python. The checkout figures run this interpreter. `ketamine-faq ask`, `chatbot.load()` and the chat
  load the shipped knowledge through `chatbot.load()`, so from the ready-built Bot while it is fresh;
  `Bot(load_knowledge())` builds it from the YAML. **First prompt**: the installed `ketamine-faq` spawned
  with pexpect in a 100-column,
  40-line pseudo-terminal (TERM=xterm-256color, NO_COLOR=1, PROMPT_TOOLKIT_NO_CPR=1) until the prompt
  character appears.
- **Memory**: `resource.getrusage(RUSAGE_SELF).ru_maxrss` at the end of each configuration's own
  process (`benchmarks/measure.py`), taken before any baseline of that process runs.
- **Accuracy**: our matcher through the public API (`chatbot.load().ask`), scored with
  `benchmarks/questions.score` on heldout2 and heldout3 (unseen), heldout, dev and dev3 (tuning); the
  same definitions for the baselines, whose thresholds are chosen on dev + heldout. difflib is timed
  on one pass (it takes tens of milliseconds a question), the others on three.
- **Profiles**: cProfile over the replies named. The profiler inflates the cost of Python-level calls,
  so read the shares, not the seconds. `python benchmarks/profile_reply.py --size 100000` profiles on
  demand.
- Raw figures: `benchmarks/RESULTS.json`, written by the same run.
"""


def render_method(results: dict[str, Any]) -> list[str]:
    shipped = results["shipped"]
    generated = ", ".join(
        f"{run['generate_seconds']:.1f} s for {int(size):,}" for size, run in results["synthetic"].items()
    )
    text = METHOD.format(
        questions=shipped["queries"],
        rounds=shipped["ours"]["samples"] // shipped["queries"],
        phrasings=shipped["phrasings"],
        queries=largest(results)[1]["queries"],
        seed=SYNTHETIC_SEED,
        generated=generated,
    )
    return text.splitlines()


def display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
