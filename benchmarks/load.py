"""The server under load: `ketamine-faq serve --workers 2` on loopback, 100 clients at once, each holding
a conversation (sending the state back), a bounded number of requests. Prints a Markdown table.

    pip install '.[serve,bench]' && python benchmarks/load.py [--clients 100] [--turns 20]

Client and server share this machine's cores; CPU per request is the figure others' load leaves alone.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from statistics import quantiles

import httpx

import chatbot

# One conversation: a clarify, a pick by number, a follow-up, questions, small talk, a crisis, a miss.
CONVERSATION = (
    "infusion", "2", "more", "1", "is ketamine addictive", "what are the side effects",
    "hi", "how much does it cost", "can I drive home after", "I want to end my life",
)  # fmt: skip
START_TIMEOUT = REQUEST_TIMEOUT = 30  # seconds: guards against a hang, far beyond a start (~1 s) or a reply
WARM_UP = 200  # requests before the "before" memory figure: every worker has answered every kind


def worker_pids(parent: int) -> list[int]:
    """uvicorn's worker processes: the server's children, less multiprocessing's resource tracker."""
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [
        int(pid) for pid in children if b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


def usage(pids: list[int]) -> tuple[float, float]:
    """The processes' resident memory (MiB) and the CPU time they have used (s), whoever else runs."""
    kib = sum(int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0]) for pid in pids)
    stats = [Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split() for pid in pids]
    ticks = sum(int(fields[11]) + int(fields[12]) for fields in stats)  # utime, stime: proc(5) fields 14, 15
    return kib / 1024, ticks / os.sysconf("SC_CLK_TCK")


async def client(
    http: httpx.AsyncClient, turns: int, latencies: list[float], errors: list[str], footer: str
) -> None:
    """One person: a connection of their own, one conversation, its state sent back each turn."""
    state = None
    async with http:
        for turn in range(turns):
            body = {"text": CONVERSATION[turn % len(CONVERSATION)], **({"state": state} if state else {})}
            started = time.perf_counter()
            try:
                response = await http.post("/api/ask", json=body)
                latencies.append(time.perf_counter() - started)
                reply = response.json()
                if response.status_code != 200 or not reply["text"].endswith(footer):
                    errors.append(f"{response.status_code} {response.text[:80]}")
                state = reply.get("state")
            except (httpx.HTTPError, ValueError) as error:
                errors.append(repr(error))


async def load(url: str, clients: int, turns: int) -> tuple[list[float], list[str], float, float]:
    """`clients` conversations at once, `turns` requests each: latencies, errors, seconds, client CPU."""
    latencies: list[float] = []
    errors: list[str] = []  # every status but 200, and every reply not ending as every reply must
    footer = chatbot.load().knowledge.messages.consult  # every reply's text ends with it
    # Made before the clock starts: each builds an SSL context, tens of ms that would stall the loop.
    https = [httpx.AsyncClient(base_url=url, timeout=REQUEST_TIMEOUT) for _ in range(clients)]
    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(client(http, turns, latencies, errors, footer) for http in https))
    return latencies, errors, time.perf_counter() - started, time.process_time() - cpu


def library_p50(count: int) -> float:
    """The library's own `bot.ask` on the same messages, in this process: the baseline."""
    bot = chatbot.load()
    times = []
    for turn in range(count):
        started = time.perf_counter()
        bot.ask(CONVERSATION[turn % len(CONVERSATION)])
        times.append(time.perf_counter() - started)
    return quantiles(times, n=100)[49]


def start_server(port: int) -> subprocess.Popen[bytes]:
    """`ketamine-faq serve --workers 2`, once /healthz answers and both workers are up."""
    command = [sys.executable, "-m", "chatbot", "serve", "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and server.poll() is None:
        with contextlib.suppress(httpx.HTTPError):
            up = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
            if up and len(worker_pids(server.pid)) >= 2:
                return server
        time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--turns", type=int, default=20, help="requests per client (default: 20)")
    options = parser.parse_args()
    with socket.socket() as probe:  # a free loopback port
        probe.bind(("127.0.0.1", 0))
        port, load_average = int(probe.getsockname()[1]), os.getloadavg()[0]
    url = f"http://127.0.0.1:{port}"
    server = start_server(port)
    try:
        workers = worker_pids(server.pid)
        started_mib = usage(workers)[0]
        asyncio.run(load(url, options.clients, max(1, WARM_UP // options.clients)))
        before_mib, before_cpu = usage(workers)
        latencies, errors, seconds, client_cpu = asyncio.run(load(url, options.clients, options.turns))
        after_mib, after_cpu = usage(workers)
    finally:
        server.terminate()
        server.wait(timeout=START_TIMEOUT)
    library, count = library_p50(len(latencies)), len(latencies)
    server_ms, client_ms = (after_cpu - before_cpu) / count * 1000, client_cpu / count * 1000
    cuts = quantiles(latencies, n=100)
    print(f"| {options.clients} clients holding conversations, {count} requests, 2 workers | |\n|---|---|")
    for name, value in [
        ("errors", f"{len(errors)}"),
        ("throughput", f"{count / seconds:,.0f} requests/s"),
        ("latency p50 / p99", f"{cuts[49] * 1000:.1f} ms / {cuts[98] * 1000:.1f} ms"),
        ("server CPU per request", f"{server_ms:.2f} ms ({server_ms / 1000 / library:.1f}x the library)"),
        ("client CPU per request (this process)", f"{client_ms:.2f} ms"),
        ("library `bot.ask` p50, same messages and run", f"{library * 1000:.2f} ms"),
        ("workers' RSS: start / warm / end", f"{started_mib:.1f} / {before_mib:.1f} / {after_mib:.1f} MiB"),
        ("load average at the start", f"{load_average:.1f} on {os.cpu_count()} cores"),
    ]:  # fmt: skip
        print(f"| {name} | {value} |")
    for error in errors[:5]:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
