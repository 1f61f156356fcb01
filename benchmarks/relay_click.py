"""Click redirects of Envoi Relay on one uvicorn worker, against a bare Starlette 302.

Ours: `envoi relay serve` (SQLite in a temporary folder) with one registered campaign that
tracks clicks; every request is a different recipient's signed click token, so each one
verifies a token, looks the link up, classifies the click (human/machine, with the
recipient's recent clicks read back) and writes one event row before its 302.
Anchor: a bare Starlette app whose one endpoint answers a fixed 302, on the same uvicorn,
in the same run.

Figures: requests/s at saturation (wrk when installed, else a small asyncio keep-alive
client; targets: ours >= 60% of the anchor), and the p99 latency of each at a fixed
500 requests/s (open loop, target < 25 ms), plus the relay's peak RSS.

    .venv/bin/python benchmarks/relay_click.py                    # smoke: 3 s runs
    .venv/bin/python benchmarks/relay_click.py --seconds 15 --rate 500
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from _relay_bench import PeakRss, free_port, relay_process, wait_port  # noqa: E402

from envoi.relay.server.config import init_secrets  # noqa: E402
from envoi.relay.tokens import TokenKind, TokenSigner  # noqa: E402

ANCHOR_APP = textwrap.dedent(
    """
    import sys
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route

    async def click(request):
        return Response(status_code=302, headers={"Location": "https://shop.example/p"})

    app = Starlette(routes=[Route("/c/{token}", click)])
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=False,
                log_level="warning")
    """
)


def start_relay(
    folder: Path, access_log: bool = True
) -> tuple[subprocess.Popen[bytes], int, list[str]]:
    made = init_secrets(folder)
    process, port = relay_process(folder, access_log)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/campaigns/1",
        data=json.dumps({"track_clicks": True, "links": [{"no": 1, "url": "https://shop.example/p"}]}).encode(),
        method="PUT",
        headers={"Authorization": f"Bearer {made.api_token}", "Content-Type": "application/json"},
    )  # fmt: skip
    with urllib.request.urlopen(request) as answer:
        key = bytes.fromhex(json.loads(answer.read())["key"])
    signer = TokenSigner(1, key)
    paths = [f"/c/{signer.token(TokenKind.CLICK, contact, 1)}" for contact in range(1, 20001)]
    return process, port, paths


def start_anchor() -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", ANCHOR_APP, str(port)])
    wait_port(port, timeout=30.0)
    return process, port


# -- load: wrk when installed, else asyncio keep-alive connections ---------------------------


def wrk_rps(port: int, paths: list[str], seconds: float, connections: int) -> float:
    script = Path(tempfile.mkdtemp()) / "paths.lua"
    listed = ",".join(f'"{p}"' for p in paths)
    script.write_text(
        f"local paths = {{{listed}}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i], {["User-Agent"] = "Mozilla/5.0 Firefox/130"})\n'
        "end\n"
    )
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{max(1, int(seconds))}s", "-s", str(script),
         f"http://127.0.0.1:{port}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for line in out.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    raise SystemExit(f"wrk said:\n{out}")


REQUEST = "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Mozilla/5.0 Firefox/130\r\n\r\n"


async def _one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> None:
    writer.write(REQUEST.format(path=path).encode())
    head = await reader.readuntil(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 302"):
        raise SystemExit(f"unexpected answer: {head[:80]!r}")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    if length:
        await reader.readexactly(length)


async def _closed_loop(port: int, paths: list[str], seconds: float, connections: int) -> int:
    done = 0
    deadline = time.monotonic() + seconds

    async def worker(offset: int) -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        i = offset
        while time.monotonic() < deadline:
            await _one(reader, writer, paths[i % len(paths)])
            i += connections
            done += 1
        writer.close()

    await asyncio.gather(*(worker(k) for k in range(connections)))
    return done


def asyncio_rps(port: int, paths: list[str], seconds: float, connections: int) -> float:
    start = time.monotonic()
    done = asyncio.run(_closed_loop(port, paths, seconds, connections))
    return done / (time.monotonic() - start)


async def _open_loop(port: int, paths: list[str], rate: float, seconds: float) -> list[float]:
    """Requests sent on a fixed schedule, each on a free keep-alive connection; the latency
    counts from the scheduled time (so a slow server's queueing is counted)."""
    pool: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
    for _ in range(64):
        pool.put_nowait(await asyncio.open_connection("127.0.0.1", port))
    latencies: list[float] = []
    start = time.perf_counter()
    total = int(rate * seconds)

    async def fire(i: int, due: float) -> None:
        connection = await pool.get()
        await _one(*connection, paths[i % len(paths)])
        latencies.append(time.perf_counter() - due)
        pool.put_nowait(connection)

    tasks = []
    for i in range(total):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(fire(i, due)))
    await asyncio.gather(*tasks)
    while not pool.empty():
        pool.get_nowait()[1].close()
    return latencies


def p99_ms(port: int, paths: list[str], rate: float, seconds: float) -> float:
    latencies = sorted(asyncio.run(_open_loop(port, paths, rate, seconds)))
    return round(1000 * latencies[int(0.99 * (len(latencies) - 1))], 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    smoke = bool(os.environ.get("ENVOI_BENCH_SMOKE"))
    parser.add_argument("--seconds", type=float, default=3.0 if smoke else 10.0)
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=1 if smoke else 3)
    parser.add_argument("--tool", choices=("auto", "wrk", "asyncio"), default="auto")
    parser.add_argument(
        "--no-access-log",
        action="store_true",
        help="run the relay without its access log (as the anchor runs)",
    )
    args = parser.parse_args()
    tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "asyncio")
    measure = wrk_rps if tool == "wrk" else asyncio_rps
    folder = Path(tempfile.mkdtemp(prefix="relay-bench-"))
    relay, relay_port, paths = start_relay(folder / "relay", not args.no_access_log)
    anchor, anchor_port = start_anchor()
    anchor_paths = [f"/c/{i}" for i in range(len(paths))]
    rounds: list[dict[str, float]] = []
    try:
        rss = PeakRss(relay.pid)
        print(f"load by {tool}, {args.rounds} rounds of {args.seconds:.0f} s", file=sys.stderr)
        for n in range(args.rounds):
            # Alternate who goes first: the machine's load moves between runs.
            order = [("anchor", anchor_port, anchor_paths), ("ours", relay_port, paths)]
            got: dict[str, float] = {}
            for name, port, plist in order if n % 2 == 0 else order[::-1]:
                got[name] = measure(port, plist, args.seconds, args.connections)
            for name, port, plist in order[::-1] if n % 2 == 0 else order:
                got[name + "_p99"] = p99_ms(port, plist, args.rate, args.seconds)
            got["ratio"] = got["ours"] / got["anchor"]
            print(json.dumps(got), file=sys.stderr)
            rounds.append(got)
        peak = rss.stop()
    finally:
        for process in (relay, anchor):
            process.terminate()
            process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)

    def median(key: str) -> float:
        return round(statistics.median(r[key] for r in rounds), 3)

    result = {
        "tool": tool,
        "relay_access_log": not args.no_access_log,
        "seconds_per_run": args.seconds,
        "rounds": len(rounds),
        "ours": {"requests_per_s": median("ours"), "p99_ms_at_rate": median("ours_p99"),
                 "peak_rss_mb": peak},
        "anchor": {"requests_per_s": median("anchor"), "p99_ms_at_rate": median("anchor_p99")},
        "rate": args.rate,
        "ratio_median": median("ratio"),
        "ratio_spread": [round(min(r["ratio"] for r in rounds), 3),
                         round(max(r["ratio"] for r in rounds), 3)],
        "targets": {"ratio_at_least": 0.6, "p99_ms_below": 25, "rss_mb_below": 150},
        "load_average": os.getloadavg(),
    }  # fmt: skip
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
