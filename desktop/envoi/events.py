"""Typed progress events and a tiny Qt-free publisher with throttling.

Long work (imports, exports, later sends) reports through these. The UI bridge turns them
into Qt signals; the CLI prints them. Emitters call ``publish`` as often as they like: a
``Throttle`` keeps it to a few per second.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """Work of a known size advanced: ``done`` of ``total`` units (bytes, rows, messages)."""

    task: str
    done: int
    total: int
    message: str = ""


@dataclass(frozen=True, slots=True)
class Finished:
    task: str
    message: str = ""


Event = Progress | Finished
Listener = Callable[[Event], None]


class Publisher:
    """Fan-out of events to listeners. Thread-safe; listeners run on the emitter's thread."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event)


class Throttle:
    """Passes an event at most every ``interval`` seconds; the last one always passes."""

    def __init__(self, sink: Listener, interval: float = 0.2) -> None:
        self._sink = sink
        self._interval = interval
        self._last = 0.0

    def __call__(self, event: Event) -> None:
        now = time.monotonic()
        if isinstance(event, Finished) or now - self._last >= self._interval:
            self._last = now
            self._sink(event)


class CancelToken:
    """Set from any thread to ask long work to stop at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()
