"""The progress view during a real send to aiosmtpd on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

# CPython 3.11 can fail compile() ("AST constructor recursion depth mismatch") when two
# threads compile at once: pytest's hypothesis plugin imports (and rewrites) hypothesis
# lazily during a test, while the send thread runs. Import it before any thread starts.
import hypothesis  # noqa: F401
import pytest

from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.engine import EngineOptions, SendStats
from envoi.sending.limits import LimiterPool
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.runner import build_engine
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.ui.bridge import WorkerBridge
from envoi.ui.views.campaigns.progress_view import CampaignProgressView
from tests.integration.sending.conftest import add_audience
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer

TIMEOUT = 30000


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer(ScriptedHandler()).start()
    yield s
    s.stop()


@pytest.fixture
def workers(qtbot) -> Iterator[WorkerBridge]:  # type: ignore[no-untyped-def]
    bridge = WorkerBridge()
    yield bridge
    bridge.shutdown()


def _view(qtbot, store: Store, port: int, n: int, workers: WorkerBridge,  # type: ignore[no-untyped-def]
          per_second: float | None = None, *, connections: int = 2, tested: bool = False,
          body: str = "Hello", name: str = "Spring sale") -> CampaignProgressView:  # fmt: skip
    add_audience(store, n)
    profiles = ProfileService(store, MemorySecretStore())
    profile = profiles.add(ProfileData("p", "127.0.0.1", port, "none", connections=connections,
                                       per_second=per_second))  # fmt: skip
    if tested:
        profiles.mark_tested(profile.id)
    campaign = CampaignService(store).create(
        CampaignData(name, "shop@example.org", "Hi {{ first_name }}", body,
                     profile_id=profile.id, lists=["all"])
    )  # fmt: skip
    pool = LimiterPool()

    def make_engine(on_stats):  # type: ignore[no-untyped-def]
        return build_engine(store, campaign.id, profiles, pool, on_stats=on_stats,
                            options=EngineOptions(connections=connections))  # fmt: skip

    view = CampaignProgressView(store, campaign.id, workers, make_engine, profiles)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.title.text() != "", timeout=TIMEOUT)
    return view


def test_send_shows_progress_and_explained_failures(
    qtbot, sqlite_store: Store, server: ScriptedServer, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    server.handler.rules["user3@example.com"] = "550 5.1.1 No such user here"
    view = _view(qtbot, sqlite_store, server.port, 80, workers)
    assert "Spring sale" in view.title.text() and view.send_button.isEnabled()
    updates: list[SendStats] = []
    view.runner.stats_changed.connect(updates.append)
    view.send_button.click()
    # Preflight: the profile was never tested and the text has no unsubscribe line.
    qtbot.waitUntil(view.confirm_button.isVisible, timeout=TIMEOUT)
    assert "never tested" in view.preflight.text() and "unsubscribe" in view.preflight.text()
    assert not server.handler.counts()  # nothing sent before the user confirms
    with qtbot.waitSignal(view.runner.run_finished, timeout=TIMEOUT) as finished:
        view.confirm_button.click()
    assert isinstance(finished.args[0], SendStats)
    assert finished.args[0].status == "completed"
    assert view.bar.value() == 100
    assert view.counts["sent"].text() == "79" and view.counts["failed"].text() == "1"
    qtbot.waitUntil(lambda: view.failures.rowCount() == 1, timeout=TIMEOUT)
    assert view.failures.rows[0]["email"] == "user3@example.com"
    explanation = view.failures.data(view.failures.index(0, 2))
    assert "does not exist" in explanation
    assert not view.send_button.isEnabled() and "Completed" in view.status.text()
    assert len(server.handler.counts()) == 79


def test_pause_and_resume_from_the_view(
    qtbot, sqlite_store: Store, server: ScriptedServer, workers: WorkerBridge
) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, sqlite_store, server.port, 120, workers, per_second=60)
    view.send_button.click()
    qtbot.waitUntil(view.confirm_button.isVisible, timeout=TIMEOUT)
    view.confirm_button.click()
    qtbot.waitUntil(lambda: int(view.counts["sent"].text()) >= 10, timeout=TIMEOUT)
    assert view.rate.text().endswith("messages/s")
    with qtbot.waitSignal(view.runner.run_finished, timeout=TIMEOUT) as paused:
        view.pause_button.click()
    assert paused.args[0].status == "paused"
    # Every claimed row was sent: one left "sending" would end the resumed run "paused".
    assert paused.args[0].counts["sending"] == 0, paused.args[0].counts
    assert view.send_button.text() == "Resume" and view.send_button.isEnabled()
    assert 0 < len(server.handler.counts()) < 120
    # Paused: no rate, no time left (late stats updates of the stopped run included).
    qtbot.wait(300)
    assert not view.rate.isVisible() and not view.eta.isVisible()
    assert view.rate.text() == "" and view.eta.text() == ""
    # Nothing changed since the accepted preflight: Resume resumes, no second check.
    with qtbot.waitSignal(view.runner.run_finished, timeout=TIMEOUT) as done:
        view.send_button.click()
        qtbot.waitUntil(view.rate.isVisible, timeout=TIMEOUT)
        assert not view.confirm_button.isVisible() and view.preflight.text() == ""
    assert done.args[0].status == "completed", (done.args[0].reason, done.args[0].counts)
    assert not view.rate.isVisible() and not view.eta.isVisible()
    counts = server.handler.counts()
    assert len(counts) == 120 and set(counts.values()) == {1}
    assert len(view.chart.samples) > 2


def test_test_send_and_dry_run_from_the_view(
    qtbot, sqlite_store: Store, server: ScriptedServer, workers: WorkerBridge, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from email import message_from_bytes

    server.handler.rules["refused@example.org"] = "550 5.1.1 No such user here"
    view = _view(qtbot, sqlite_store, server.port, 5, workers)
    trial = view.trial
    with qtbot.waitSignal(trial.trial_finished, timeout=TIMEOUT) as tested:
        trial.send_test(["me@example.org", "refused@example.org"])
    assert tested.args[0] is False  # one address was refused, and the answer says which
    assert "me@example.org: accepted by the server (250" in trial.answer.text()
    assert "refused@example.org: not accepted: 550 5.1.1 No such user" in trial.answer.text()
    assert server.handler.counts() == {"me@example.org": 1}
    raw = server.handler.received[0][2]
    assert message_from_bytes(raw)["Subject"] == "Hi First0"  # the first recipient's values
    with qtbot.waitSignal(trial.trial_finished, timeout=TIMEOUT) as written:
        trial.write_dry_run(tmp_path / "eml")
    assert written.args[0] is True and "Messages written: 5, in" in trial.answer.text()
    files = sorted((tmp_path / "eml").glob("*.eml"))
    assert len(files) == 5 and b"user4@example.com" in files[4].read_bytes()
    assert server.handler.counts() == {"me@example.org": 1}  # a dry run sends nothing
    # Neither touched the campaign: all five are still waiting to be sent.
    assert CampaignService(sqlite_store).get(view._campaign_id).counts["queued"] == 5
