"""Fixtures for sending: an audience in the database, a profile, servers on 127.0.0.1."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer, SmtpSink

from envoi.sending.campaigns import CampaignData, CampaignRecord, CampaignService
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember


def add_audience(store: Store, n: int, list_name: str = "all", domain: str = "example.com") -> None:
    with store.session() as s:
        row = ContactList(name=list_name)
        s.add(row)
        s.flush()
        contacts = [
            {
                "email": f"user{i}@{domain}",
                "email_key": f"user{i}@{domain}",
                "domain": domain,
                "first_name": f"First{i}",
                "last_name": f"Last{i}",
                "fields": {"city": "Lyon"},
            }
            for i in range(n)
        ]
        for start in range(0, n, 5000):
            s.execute(insert(Contact), contacts[start : start + 5000])
        s.flush()
        ids = s.scalars(Contact.__table__.select().with_only_columns(Contact.id)).all()
        members = [{"list_id": row.id, "contact_id": cid} for cid in ids]
        for start in range(0, len(members), 5000):
            s.execute(insert(ListMember), members[start : start + 5000])


MakeCampaign = Callable[..., tuple[CampaignRecord, ProfileService]]


@pytest.fixture
def make_campaign() -> MakeCampaign:
    def make(
        store: Store,
        port: int,
        n: int,
        *,
        connections: int = 4,
        per_second: float | None = None,
        security: str = "none",
        ca_file: str = "",
        host: str = "127.0.0.1",
        body: str = "Hello {{ first_name }},\nthis is for {{ email }}.\n",
    ) -> tuple[CampaignRecord, ProfileService]:
        add_audience(store, n)
        profiles = ProfileService(store, MemorySecretStore())
        profile = profiles.add(
            ProfileData(
                "test", host, port, security, connections=connections,
                per_connection=1000, per_second=per_second, ca_file=ca_file, timeout=10,
            )
        )  # fmt: skip
        campaign = CampaignService(store).create(
            CampaignData(
                "spring", "shop@example.org", "Hi {{ first_name }}", body,
                from_name="Shop", profile_id=profile.id, lists=["all"],
            )
        )  # fmt: skip
        return campaign, profiles

    return make


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    server = ScriptedServer(ScriptedHandler()).start()
    yield server
    server.stop()


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    if not SmtpSink.available():
        pytest.skip("Postfix smtp-sink is not installed (apt postfix)")
    # smtp-sink writes its dump as user nobody: a world-traversable folder, not tmp_path.
    directory = Path(tempfile.mkdtemp(prefix="envoi-sink-"))
    server = SmtpSink(directory).start()
    yield server
    server.stop()
    shutil.rmtree(directory, ignore_errors=True)
