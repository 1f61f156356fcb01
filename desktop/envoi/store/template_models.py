"""The template library (subject, preheader, HTML and text bodies)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from envoi.store.models import Base


class TemplateRow(Base):
    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    subject: Mapped[str] = mapped_column(Text, default="", server_default="")
    preheader: Mapped[str] = mapped_column(Text, default="", server_default="")
    html: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Empty: the text part is written from the HTML when a message is built.
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
