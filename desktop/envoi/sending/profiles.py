"""SMTP profiles: where to send, how securely, and how fast the provider allows."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from envoi.errors import ConflictError, InvalidInputError, NotFoundError, Text
from envoi.sending.limits import Limits
from envoi.sending.secrets import SecretStore, password_for
from envoi.sending.transport import ConnectError, ServerSettings, SmtpTransport
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.sending_models import Campaign, CampaignStatus, SmtpProfile

SECURITIES = ("starttls", "tls", "none")
# What a connection test depends on: changing one of them asks for a new test.
SERVER_FIELDS = ("host", "port", "security", "username", "helo_name", "ca_file")


@dataclass(frozen=True, slots=True)
class ProfileData:
    name: str
    host: str
    port: int = 587
    security: str = "starttls"
    username: str = ""
    helo_name: str = ""
    ca_file: str = ""
    per_second: float | None = None
    per_minute: int | None = None
    per_hour: int | None = None
    per_day: int | None = None
    connections: int = 4
    per_connection: int = 100
    timeout: float = 30.0
    # Returned mail (bounces, complaints) pauses a send over these shares of the messages
    # sent, once ``rates_min_sent`` have gone out (the engine's auto-pause).
    max_bounce_rate: float = 0.05
    max_complaint_rate: float = 0.001
    rates_min_sent: int = 200


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    id: int
    data: ProfileData
    tested_at: datetime | None

    @property
    def limits(self) -> Limits:
        d = self.data
        return Limits(d.per_second, d.per_minute, d.per_hour, d.per_day)


# Known limits of common providers (their published figures, rounded down; accounts vary).
PRESETS: Mapping[str, ProfileData] = {
    "gmail": ProfileData("Gmail", "smtp.gmail.com", 587, per_minute=20, per_day=2000,
                         connections=2),
    "outlook": ProfileData("Microsoft 365", "smtp.office365.com", 587, per_minute=30,
                           per_day=10000, connections=2),
    "ovh": ProfileData("OVH", "ssl0.ovh.net", 465, "tls", per_hour=200, connections=2),
    "gandi": ProfileData("Gandi", "mail.gandi.net", 465, "tls", per_hour=1000, connections=2),
    "ionos": ProfileData("IONOS", "smtp.ionos.fr", 587, per_hour=500, connections=2),
    "ses": ProfileData("Amazon SES", "email-smtp.eu-west-1.amazonaws.com", 587, per_second=14,
                       per_day=50000, connections=8),
    "brevo": ProfileData("Brevo", "smtp-relay.brevo.com", 587, per_day=300, connections=4),
    "mailjet": ProfileData("Mailjet", "in-v3.mailjet.com", 587, per_hour=200, per_day=6000,
                           connections=4),
}  # fmt: skip


def _validate(data: ProfileData) -> ProfileData:
    if not data.name.strip():
        raise InvalidInputError(
            Text("The profile needs a name."), Text("Give it a short name, like 'Shop'.")
        )
    if not data.host.strip() or any(c.isspace() for c in data.host.strip()):
        raise InvalidInputError(
            Text("The server name is not valid."),
            Text("Type the host name, like smtp.example.com."),
        )
    if not 0 < data.port < 65536:
        raise InvalidInputError(
            Text("The port must be between 1 and 65535."), Text("Usually 587 or 465.")
        )
    if data.security not in SECURITIES:
        raise InvalidInputError(
            Text("Unknown security '{security}'.", security=data.security),
            Text("Choose starttls, tls or none."),
        )
    if data.connections < 1 or data.per_connection < 1:
        raise InvalidInputError(
            Text("Connections and messages per connection must be at least 1."), ""
        )
    if not (0 < data.max_bounce_rate <= 1 and 0 < data.max_complaint_rate <= 1):
        raise InvalidInputError(
            Text("The bounce and complaint thresholds must be between 0 and 100 %."),
            Text("The usual values are 5 % of bounces and 0.1 % of complaints."),
        )
    if data.rates_min_sent < 1:
        raise InvalidInputError(Text("The rates are checked after at least one message."), "")
    for label, value in (
        ("per second", data.per_second),
        ("per minute", data.per_minute),
        ("per hour", data.per_hour),
        ("per day", data.per_day),
    ):
        if value is not None and value <= 0:
            raise InvalidInputError(
                Text("The limit {label} must be positive.", label=label),
                Text("Leave it empty for no limit."),
            )
    return replace(data, name=data.name.strip(), host=data.host.strip())


def _record(row: SmtpProfile) -> ProfileRecord:
    data = ProfileData(
        row.name, row.host, row.port, row.security, row.username, row.helo_name, row.ca_file,
        row.per_second, row.per_minute, row.per_hour, row.per_day, row.connections,
        row.per_connection, row.timeout, row.max_bounce_rate, row.max_complaint_rate,
        row.rates_min_sent,
    )  # fmt: skip
    return ProfileRecord(row.id, data, row.tested_at)


@contextmanager
def _name_must_be_free(name: str) -> Iterator[None]:
    """Turn the unique-name violation of a session inside the block into a ConflictError."""
    try:
        yield
    except IntegrityError as exc:
        raise ConflictError(
            Text("A profile named '{name}' already exists.", name=name),
            Text("Choose another name."),
        ) from exc


class ProfileService:
    def __init__(self, store: Store, secrets: SecretStore) -> None:
        self._store = store
        self._secrets = secrets

    @property
    def keeps_passwords(self) -> bool:
        """False when passwords last only for this session (no keyring on this computer)."""
        from envoi.sending.secrets import MemorySecretStore

        return not isinstance(self._secrets, MemorySecretStore)

    def add(self, data: ProfileData, password: str | None = None) -> ProfileRecord:
        data = _validate(data)
        with _name_must_be_free(data.name), self._store.session() as s:
            row = SmtpProfile(**{f: getattr(data, f) for f in ProfileData.__slots__})
            s.add(row)
            s.flush()
            record = _record(row)
        if password:
            self._secrets.set(record.data.name, password)
        return record

    def update(
        self, profile_id: int, data: ProfileData, password: str | None = None
    ) -> ProfileRecord:
        """Change a profile (its limits apply to the next send); ``password`` None keeps
        the stored one, which follows a renamed profile."""
        data = _validate(data)
        with _name_must_be_free(data.name), self._store.session() as s:
            row = s.get(SmtpProfile, profile_id)
            if row is None:
                raise NotFoundError(
                    Text("There is no SMTP profile {profile_id}.", profile_id=profile_id), ""
                )
            old_name = row.name
            before = _record(row).data
            for f in ProfileData.__slots__:
                setattr(row, f, getattr(data, f))
            if password or any(getattr(before, f) != getattr(data, f) for f in SERVER_FIELDS):
                row.tested_at = None  # another server or login: test it again
            s.flush()
            record = _record(row)
        if old_name != data.name:
            kept = self._secrets.get(old_name)
            self._secrets.delete(old_name)
            if kept and not password:
                self._secrets.set(data.name, kept)
        if password:
            self._secrets.set(data.name, password)
        return record

    def all(self) -> list[ProfileRecord]:
        with self._store.session() as s:
            return [_record(r) for r in s.scalars(select(SmtpProfile).order_by(SmtpProfile.name))]

    def get(self, name_or_id: str | int) -> ProfileRecord:
        with self._store.session() as s:
            if isinstance(name_or_id, int) or str(name_or_id).isdigit():
                row = s.get(SmtpProfile, int(name_or_id))
            else:
                row = s.scalar(select(SmtpProfile).where(SmtpProfile.name == name_or_id))
            if row is None:
                raise NotFoundError(
                    Text("There is no SMTP profile '{name_or_id}'.", name_or_id=name_or_id),
                    Text("See `envoi profiles list`."),
                )
            return _record(row)

    def users(self, name_or_id: str | int) -> list[tuple[str, str]]:
        """(name, status) of the campaigns that use the profile."""
        record = self.get(name_or_id)
        with self._store.session() as s:
            rows = s.execute(
                select(Campaign.name, Campaign.status)
                .where(Campaign.profile_id == record.id)
                .order_by(Campaign.id)
            ).all()
        return [(str(n), str(st)) for n, st in rows]

    def delete(self, name_or_id: str | int) -> None:
        """Delete a profile. Refused while a campaign using it is scheduled or sending (it
        would stop with no server); other campaigns keep their rows and lose the profile."""
        record = self.get(name_or_id)
        with self._store.session() as s:
            busy = s.scalars(
                select(Campaign.name).where(
                    Campaign.profile_id == record.id,
                    Campaign.status.in_(
                        [CampaignStatus.RUNNING.value, CampaignStatus.SCHEDULED.value]
                    ),
                )
            ).all()
            if busy:
                names = ", ".join(f"'{n}'" for n in busy)
                raise ConflictError(
                    Text(
                        "The profile '{name}' cannot be deleted: the campaign {names} uses it and "
                        "is scheduled or sending.",
                        name=record.data.name,
                        names=names,
                    ),
                    Text("Pause or cancel that campaign, or give it another profile, first."),
                )
            s.execute(delete(SmtpProfile).where(SmtpProfile.id == record.id))
        self._secrets.delete(record.data.name)

    def server_settings(self, record: ProfileRecord, password: str | None = None) -> ServerSettings:
        d = record.data
        if password is None and d.username:
            password = password_for(self._secrets, d.name)
            if password is None:
                raise InvalidInputError(
                    Text("No password is known for the profile '{name}'.", name=d.name),
                    Text(
                        "Store it with `envoi profiles add --password-prompt` or set "
                        "ENVOI_SMTP_PASSWORD."
                    ),
                )
        return ServerSettings(
            d.host, d.port, d.security, d.username, password or "", d.helo_name, d.ca_file,
            d.timeout,
        )  # fmt: skip

    def mark_tested(self, profile_id: int) -> ProfileRecord:
        """A connection test passed: preflight no longer asks for one (until the server or
        the login changes). Recorded wherever the test runs: the dialog, `profiles test`."""
        with self._store.session() as s:
            row = s.get(SmtpProfile, profile_id)
            if row is None:
                raise NotFoundError(
                    Text("There is no SMTP profile {profile_id}.", profile_id=profile_id), ""
                )
            row.tested_at = utc_now()
            return _record(row)

    async def test(self, record: ProfileRecord, password: str | None = None) -> str:
        """Connect, start TLS, log in and quit; a ConnectError says in plain words what failed."""
        settings = self.server_settings(record, password)
        connection = await SmtpTransport(settings).connect()
        await connection.close()
        self.mark_tested(record.id)
        security = {"starttls": "STARTTLS", "tls": "TLS", "none": "no encryption"}[
            settings.security
        ]
        login = f", logged in as {settings.username}" if settings.username else ""
        return f"Connected to {settings.host}:{settings.port} with {security}{login}."


def run_test(service: ProfileService, record: ProfileRecord, password: str | None) -> str:
    """Blocking wrapper for the command line."""
    try:
        return asyncio.run(service.test(record, password))
    except ConnectError:
        raise
