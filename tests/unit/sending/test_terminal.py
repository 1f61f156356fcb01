"""The terminal progress bar of `envoi campaigns send`."""

from __future__ import annotations

import pytest

from envoi.cli.terminal import ProgressBar
from envoi.sending.engine import SendStats
from envoi.sending.engine_state import eta_seconds


def _stats(sent: int, queued: int, rate: float) -> SendStats:
    counts = {"queued": queued, "sending": 0, "sent": sent, "deferred": 0, "failed": 2,
              "unknown": 1, "skipped": 0}  # fmt: skip
    return SendStats(1, "running", counts, rate)


def test_the_bar_shows_counts_rate_and_eta(capsys: pytest.CaptureFixture[str]) -> None:
    bar = ProgressBar()  # stderr is not a terminal here: the last line is printed at close
    bar(_stats(10, 90, 5.0))
    bar(_stats(697, 300, 50.0))
    bar.close()
    line = capsys.readouterr().err.strip()
    assert line.startswith("[" + "#" * 21 + "." * 9 + "] 700/1000 ")
    assert "sent 697 deferred 0 failed 2 unknown 1 50/s" in line
    assert line.endswith("ETA 0:00:06")  # 300 waiting at 50/s


def test_no_eta_without_a_rate_or_when_done() -> None:
    assert eta_seconds(_stats(0, 100, 0.0)) is None
    assert eta_seconds(_stats(100, 0, 40.0)) is None
    assert eta_seconds(_stats(0, 7200, 1.0)) == 7200


def test_the_same_bar_shows_an_import_and_redraws_in_place_on_a_terminal() -> None:
    import io

    from envoi.events import Finished, Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = ProgressBar(screen, width=10)
    bar(Progress("import", 250, 1000, "2,500 rows"))
    bar(Finished("import", "done"))  # not progress: nothing drawn
    bar(Progress("import", 1000, 1000, "10,000 rows"))
    bar.close()
    assert screen.getvalue() == (
        "\r[##........]  25%  2,500 rows\r[##########] 100%  10,000 rows\n"
    )
    piped = io.StringIO()  # not a terminal: the last line only, at close
    bar = ProgressBar(piped, width=10)
    bar(Progress("import", 1, 2, "half"))
    bar(Progress("import", 2, 2, "all"))
    assert piped.getvalue() == ""
    bar.close()
    assert piped.getvalue() == "[##########] 100%  all\n"
