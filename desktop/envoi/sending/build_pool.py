"""Messages built in worker processes, ahead of the SMTP workers.

Rendering and building a personalised message costs about as much CPU as sending it; the
event loop has one core. A ``BuildPool`` renders pages of recipients in other processes
(spawned, each making its own factory once from a picklable ``recipe``) while the loop only
talks SMTP and records. Each queued delivery carries a future of its bytes.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from envoi.sending.messages import MessageFactory, Recipient
from envoi.sending.wire import prepared

Recipe = Callable[[], MessageFactory]

_factory: MessageFactory | None = None


def _init(recipe: Recipe, parent: int) -> None:
    global _factory
    _factory = recipe()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    # A sender killed with SIGKILL cannot shut its pool down: its workers would linger,
    # blocked on their queue. They watch their parent and leave with it.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _build_chunk(recipients: Sequence[Recipient]) -> list[bytes | str]:
    """Bytes per recipient in DATA form, or the error's text (the engine records it as a
    failure). The DATA form (dot-stuffing, final dot) costs the loop nothing then."""
    assert _factory is not None
    out: list[bytes | str] = []
    for recipient in recipients:
        try:
            out.append(prepared(_factory.build(recipient)))
        except Exception as exc:  # one bad recipient must not lose the chunk
            out.append(f"message could not be built: {exc}")
    return out


class BuildError(Exception):
    pass


class BuildPool:
    def __init__(self, recipe: Recipe, processes: int = 2, chunk: int = 32) -> None:
        self._chunk = chunk
        self._executor = ProcessPoolExecutor(
            processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init,
            initargs=(recipe, os.getpid()),
        )

    def submit(self, recipients: Sequence[Recipient]) -> list[asyncio.Future[bytes]]:
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[bytes]] = []
        for start in range(0, len(recipients), self._chunk):
            chunk = list(recipients[start : start + self._chunk])
            mine = [loop.create_future() for _ in chunk]
            futures.extend(mine)
            done = self._executor.submit(_build_chunk, chunk)
            done.add_done_callback(functools.partial(_on_done, loop, mine))
        return futures

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _on_done(
    loop: asyncio.AbstractEventLoop,
    futures: list[asyncio.Future[bytes]],
    done: Future[list[bytes | str]],
) -> None:
    # Runs in the pool's thread: hand over to the loop.
    if not loop.is_closed():
        loop.call_soon_threadsafe(_resolve, done, futures)


def _resolve(done: Future[list[bytes | str]], futures: list[asyncio.Future[bytes]]) -> None:
    try:
        results = done.result()
    except BaseException as exc:  # the pool broke: every message of the chunk fails to build
        results = [f"message could not be built: {exc!r}"] * len(futures)
    for future, result in zip(futures, results, strict=True):
        if future.done():
            continue
        if isinstance(result, bytes):
            future.set_result(result)
        else:
            future.set_exception(BuildError(result))
