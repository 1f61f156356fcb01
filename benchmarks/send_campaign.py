"""End-to-end campaign send into Postfix smtp-sink, against smtp-source in the same run.

    python benchmarks/send_campaign.py                      # smoke: 500 recipients
    python benchmarks/send_campaign.py --size 20000 --dkim --repeat 3  # the issue's figures
    python benchmarks/send_campaign.py --recipients 100000 --no-anchor # memory for 100,000
    python benchmarks/send_campaign.py --rate 10 --duration 60     # limits, at the server

Ours: a campaign of SIZE recipients (audience frozen from a list), ~20 KB personalised
HTML+text messages rendered and built by the templates/message line (issue 3), sent by the
engine with 16 connections and no limits, every delivery recorded (group commits). Timed
from the engine's start to its end: render, build, send, record. End to end (`ours_cli`,
unless --no-cli): the same campaign in a database of its own, sent by `envoi campaigns send
NAME --yes` as a user runs it, timed by the wall clock from the command's start to its exit
(interpreter start-up, preflight, audience and template loading, render, build, send,
record). Anchor: `smtp-source -d -s 16 -m SIZE -l 20480` into the same smtp-sink: 16
sessions, each reused for its messages (-d), one fixed message, nothing recorded, run just
before ours in each round (--repeat): the JSON gives each round's ratios, their median and
spread, and the load average (the machine may be shared). Messages are built in worker
processes as `envoi campaigns send` chooses (--processes to force). Peak RSS is sampled
during our run, of the sending process and with its build processes. With --rate, an
aiosmtpd server records arrival times and the JSON gives the most messages seen in any
10-second window (must be <= 10 x rate).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from _sample_campaign import CITIES, FIRST, LAST, SOURCE  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from tests.support.smtp_servers import (  # noqa: E402
    ScriptedHandler,
    ScriptedServer,
    SmtpSink,
    free_port,
    wait_port,
)

from envoi.message.dkim import DkimKey  # noqa: E402
from envoi.message.factory import CampaignMessages  # noqa: E402
from envoi.message.spec import MessageSettings  # noqa: E402
from envoi.sending.build_pool import BuildPool  # noqa: E402
from envoi.sending.campaigns import CampaignData, CampaignService  # noqa: E402
from envoi.sending.engine import CampaignEngine, EngineOptions  # noqa: E402
from envoi.sending.limits import Limits, RateLimiter  # noqa: E402
from envoi.sending.messages import Recipient, TemplateMessageFactory  # noqa: E402
from envoi.sending.profiles import ProfileData, ProfileService  # noqa: E402
from envoi.sending.secrets import MemorySecretStore  # noqa: E402
from envoi.sending.source import DeliveryRowsSource  # noqa: E402
from envoi.sending.transport import ServerSettings, SmtpTransport  # noqa: E402
from envoi.store.engine import Store  # noqa: E402
from envoi.store.migrate import upgrade  # noqa: E402
from envoi.store.models import Contact, ContactList, ListMember  # noqa: E402
from envoi.templates.merge import Campaign, Sender  # noqa: E402


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0  # a child that has just gone


def tree_rss_mb() -> float:
    """This process and its build processes (not smtp-sink): what the send costs in all."""
    total = rss_mb()
    for task in os.listdir("/proc/self/task"):
        try:
            children = Path(f"/proc/self/task/{task}/children").read_text().split()
            for child in children:
                if b"multiprocessing" in Path(f"/proc/{child}/cmdline").read_bytes():
                    total += rss_mb(child)
        except OSError:
            continue
    return total


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def make_audience(store: Store, size: int) -> None:
    import random

    rng = random.Random(7)
    with store.session() as s:
        lst = ContactList(name="all")
        s.add(lst)
        s.flush()
        for start in range(0, size, 5000):
            rows = [
                {
                    "id": i + 1,
                    "email": f"user{i}@example{i % 50}.com",
                    "email_key": f"user{i}@example{i % 50}.com",
                    "domain": f"example{i % 50}.com",
                    "first_name": rng.choice(FIRST),
                    "last_name": rng.choice(LAST),
                    "fields": {
                        "city": rng.choice(CITIES),
                        "points": rng.randint(0, 50_000),
                        "member_since": "2019-05-12",
                    },
                }
                for i in range(start, min(size, start + 5000))
            ]
            s.execute(insert(Contact), rows)
            s.execute(
                insert(ListMember), [{"list_id": lst.id, "contact_id": r["id"]} for r in rows]
            )


def dkim_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def unsubscribe(r: Recipient) -> str:
    return f"https://boutique.example/u/{r.delivery_id:08x}"


def factory(pem: bytes | None) -> TemplateMessageFactory:
    settings = MessageSettings(
        "news@boutique.example", "Boutique Dupré", unsubscribe_mailto="unsub@boutique.example",
        feedback_id="autumn:news:boutique", campaign_id="1",
    )  # fmt: skip
    key = DkimKey.load(pem, "boutique.example", "s2026") if pem else None
    messages = CampaignMessages(
        SOURCE, settings, Campaign("Automne", id=1, locale="fr"),
        Sender("Boutique Dupré", "news@boutique.example", "12 rue de la Paix, 75002 Paris"),
        dkim=key,
    )  # fmt: skip
    return TemplateMessageFactory(messages, unsubscribe)


async def send(
    store: Store, port: int, size: int, connections: int, dkim: bool, work: Path,
    limits: Limits, name: str, processes: int = 0,
) -> dict[str, object]:  # fmt: skip
    profiles = ProfileService(store, MemorySecretStore())
    profile = profiles.add(ProfileData(name, "127.0.0.1", port, "none", connections=connections,
                                       per_connection=1_000_000))  # fmt: skip
    t0 = time.perf_counter()
    campaign = CampaignService(store).create(
        CampaignData(name, "news@boutique.example", "s", "b", profile_id=profile.id,
                     lists=["all"])
    )  # fmt: skip
    freeze = time.perf_counter() - t0
    pem = dkim_pem() if dkim else None
    builder = BuildPool(functools.partial(factory, pem), processes) if processes else None
    engine = CampaignEngine(
        DeliveryRowsSource(store, campaign.id),
        SmtpTransport(ServerSettings("127.0.0.1", port, "none")),
        factory(pem), RateLimiter(limits), sender="news@boutique.example",
        options=EngineOptions(connections=connections, per_connection=1_000_000),
        builder=builder,
    )  # fmt: skip
    peak = at_start = rss_mb()
    peak_tree = tree_rss_mb()

    async def sample() -> None:
        nonlocal peak, peak_tree
        while True:
            peak = max(peak, rss_mb())
            peak_tree = max(peak_tree, tree_rss_mb())
            await asyncio.sleep(0.2)

    sampler = asyncio.create_task(sample())
    start = time.perf_counter()
    stats = await engine.run()
    elapsed = time.perf_counter() - start
    sampler.cancel()
    sent = stats.counts["sent"]
    return {
        "messages": sent,
        "status": stats.status,
        "seconds": round(elapsed, 3),
        "messages_per_s": round(sent / elapsed, 1),
        "freeze_audience_s": round(freeze, 3),
        "rss_at_start_mb": round(at_start, 1),  # after building the audience in-process
        "peak_rss_mb": round(max(peak, rss_mb()), 1),
        "peak_rss_with_build_processes_mb": round(max(peak_tree, tree_rss_mb()), 1),
        "dkim": dkim,
        "build_processes": processes,
    }


def anchor(port: int, size: int, connections: int) -> dict[str, object]:
    binary = shutil.which("smtp-source") or "/usr/sbin/smtp-source"
    start = time.perf_counter()
    subprocess.run(
        [binary, "-d", "-s", str(connections), "-m", str(size), "-l", "20480", "-f",
         "news@boutique.example", "-t", "user@example.com", f"127.0.0.1:{port}"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    return {"tool": "smtp-source", "messages": size, "seconds": round(elapsed, 3),
            "messages_per_s": round(size / elapsed, 1)}  # fmt: skip


def cli_setup(
    work: Path, port: int, size: int, connections: int
) -> tuple[list[str], dict[str, str]]:
    """A database of its own with the same audience, template and an SMTP profile, made
    with the `envoi` command; returns the argv prefix and environment to run it."""
    url = f"sqlite:///{work / 'cli.sqlite3'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    make_audience(store, size)
    store.dispose()
    template = work / "autumn.json"
    # Without a relay there is no web copy: preflight refuses a link that goes nowhere.
    html = SOURCE.html.replace("{{ view_online_url }}", "https://boutique.example/news")
    template.write_text(json.dumps({"name": "autumn", "subject": SOURCE.subject,
                                    "preheader": SOURCE.preheader, "html": html,
                                    "text": SOURCE.text}, ensure_ascii=False))  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), ENVOI_DATA_DIR=str(work / "data"))
    env.pop("ENVOI_DB", None)
    # As installed: byte-compiled modules (a shell may set PYTHONDONTWRITEBYTECODE; then
    # every run would compile the whole package again, ~1 s of a small send).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    envoi = [sys.executable, "-m", "envoi", "--db", url]
    for argv in (
        ["templates", "import", str(template)],
        ["templates", "sender", "--email", "news@boutique.example", "--company", "Boutique",
         "--name", "Boutique Dupré", "--postal-address", "12 rue de la Paix, 75002 Paris"],
        ["profiles", "add", "sink", "--host", "127.0.0.1", "--port", str(port),
         "--security", "none", "--connections", str(connections),
         "--per-connection", "1000000"],
    ):  # fmt: skip
        subprocess.run([*envoi, *argv], check=True, env=env, stdout=subprocess.DEVNULL)
    return envoi, env


def cli_send(envoi: list[str], env: dict[str, str], size: int, name: str) -> dict[str, object]:
    """`envoi campaigns create` then `envoi campaigns send`, the send timed from the
    command's start to its exit: start-up, preflight, render, build, send, record."""
    subprocess.run(
        [*envoi, "campaigns", "create", name, "--from", "news@boutique.example",
                 "--from-name", "Boutique Dupré", "--template", "autumn", "--list", "all",
                 "--profile", "sink"],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(
        [*envoi, "campaigns", "send", name, "--yes", "--json"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"envoi campaigns send failed: {done.stderr[-2000:]}")
    counts = json.loads(done.stdout)["counts"]
    return {"command": "envoi campaigns send", "messages": counts["sent"],
            "seconds": round(elapsed, 3), "messages_per_s": round(counts["sent"] / elapsed, 1),
            "expected": size}  # fmt: skip


def rate_of(run: object) -> float:
    assert isinstance(run, dict)
    return float(run["messages_per_s"])


def summarise(rounds: list[dict[str, object]]) -> dict[str, object]:
    """Each round's anchor and ours ran one after the other: the ratio is taken per round,
    then the median and the spread over the rounds (the machine may be shared)."""
    import statistics

    out: dict[str, object] = {"rounds": rounds}
    middle = sorted(rounds, key=lambda r: rate_of(r["ours"]))[(len(rounds) - 1) // 2]
    out["anchor"] = middle.get("anchor")
    out["ours"] = middle["ours"]
    if "ours_dkim" in middle:
        out["ours_dkim"] = middle["ours_dkim"]
    peaks = [float(r["ours"]["peak_rss_mb"]) for r in rounds]  # type: ignore[index]
    out["peak_rss_mb"] = max(peaks)
    if "ours_cli" in middle:
        out["ours_cli"] = middle["ours_cli"]
    for name, key in (
        ("ratio_ours_to_anchor", "ours"),
        ("ratio_dkim_to_anchor", "ours_dkim"),
        ("ratio_cli_to_anchor", "ours_cli"),
    ):
        ratios = [
            round(rate_of(r[key]) / rate_of(r["anchor"]), 3)
            for r in rounds
            if key in r and r.get("anchor")
        ]
        if ratios:
            for r, ratio in zip([r for r in rounds if key in r], ratios, strict=True):
                r[name] = ratio
            out[name] = round(statistics.median(ratios), 3)
            out[name + "_spread"] = [min(ratios), max(ratios)]
    return out


def max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best, j = 0, 0
    for i, start in enumerate(times):
        j = max(j, i)
        while j < len(times) and times[j] < start + window:
            j += 1
        best = max(best, j - i)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", "--recipients", dest="size", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of anchor, then ours; ratio: the rounds' median")  # fmt: skip
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--dkim", action="store_true", help="also run with DKIM RSA-2048")
    parser.add_argument("--no-anchor", action="store_true")
    parser.add_argument("--no-cli", action="store_true",
                        help="skip the end-to-end `envoi campaigns send` run")  # fmt: skip
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="build messages in N worker processes (default: as `envoi campaigns send`, "
        "min(2, cores - 1) from 2,000 recipients, else on the loop)",
    )
    parser.add_argument("--rate", type=float, help="limits mode: messages per second")
    parser.add_argument("--duration", type=float, default=60.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="envoi-bench-send-"))
    work.chmod(0o755)
    store = Store.from_url(f"sqlite:///{work / 'bench.sqlite3'}")
    upgrade(store.engine)
    result: dict[str, object] = {"size": args.size, "connections": args.connections}
    try:
        if args.rate:
            size = int(args.rate * args.duration)
            make_audience(store, size)
            server = ScriptedServer(ScriptedHandler()).start()
            try:
                out = asyncio.run(send(store, server.port, size, 4, False, work,
                                       Limits(per_second=args.rate), "rate"))  # fmt: skip
                times = [t for t, _, _ in server.handler.received]
            finally:
                server.stop()
            span = max(times) - min(times)
            result = {
                "rate_limit": args.rate,
                "duration_s": round(span, 2),
                "messages_at_server": len(times),
                "max_in_any_10s_window": max_in_window(times, 10.0),
                "allowed_in_10s": int(args.rate * 10),
                "max_in_any_1s_window": max_in_window(times, 1.0),
                "achieved_rate": round((len(times) - 1) / span, 3),
                "ours": out,
            }
            print(json.dumps(result, indent=2))
            return
        log(f"building an audience of {args.size}...")
        make_audience(store, args.size)
        processes = args.processes
        if processes is None:  # as `envoi campaigns send` chooses (sending/terminal.py)
            processes = min(2, (os.cpu_count() or 1) - 1) if args.size >= 2000 else 0
        result["build_processes"] = processes
        result["loadavg_before"] = loadavg()
        sink_dir = work / "sink"
        sink_dir.mkdir()
        sink = SmtpSink(sink_dir, port=free_port(), backlog=512).start(dump=False)
        wait_port(sink.port)
        rounds: list[dict[str, object]] = []
        try:
            cli = None if args.no_cli else cli_setup(work, sink.port, args.size, args.connections)
            for n in range(args.repeat):
                one: dict[str, object] = {}
                if not args.no_anchor:
                    log(f"round {n + 1}: anchor, smtp-source...")
                    one["anchor"] = anchor(sink.port, args.size, args.connections)
                log(f"round {n + 1}: ours, the envoi engine...")
                one["ours"] = asyncio.run(send(store, sink.port, args.size,
                                               args.connections, False, work, Limits(),
                                               f"plain{n}", processes))  # fmt: skip
                if args.dkim:
                    log(f"round {n + 1}: ours with DKIM RSA-2048...")
                    one["ours_dkim"] = asyncio.run(send(store, sink.port, args.size,
                                                        args.connections, True, work, Limits(),
                                                        f"dkim{n}", processes))  # fmt: skip
                if cli is not None:
                    log(f"round {n + 1}: end to end, envoi campaigns send...")
                    one["ours_cli"] = cli_send(*cli, args.size, f"cli{n}")
                one["loadavg"] = loadavg()
                rounds.append(one)
        finally:
            sink.stop()
        result.update(summarise(rounds))
        result["loadavg_after"] = loadavg()
        result["process_peak_rss_mb"] = round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
        )
        result["rss_target_mb"] = 300
        print(json.dumps(result, indent=2))
    finally:
        store.dispose()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
