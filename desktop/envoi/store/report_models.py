"""Tables of the reports: the mailbox provider of each recipient domain, found from its MX
records and kept, so that grouping a campaign by provider asks DNS once per domain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from envoi.store.models import Base


class MxProvider(Base):
    __tablename__ = "mx_providers"

    domain: Mapped[str] = mapped_column(String(255), primary_key=True)  # lower-case, IDNA
    provider: Mapped[str] = mapped_column(String(40))  # a reports.providers.Provider value
    # The MX hosts, best first, space-separated ("" when the domain has none).
    mx: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    looked_up_at: Mapped[datetime] = mapped_column(DateTime)  # naive UTC
