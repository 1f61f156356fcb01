"""Alembic environment: runs on the connection that envoi.store.migrate hands over."""

from __future__ import annotations

from alembic import context

from envoi.store import (
    bounce_models,  # noqa: F401  (registers the bounce tables)
    relay_models,  # noqa: F401  (registers the relay's events)
    report_models,  # noqa: F401  (registers the reports' MX cache)
    sending_models,  # noqa: F401  (registers the sending tables)
    template_models,  # noqa: F401  (registers the template library)
)
from envoi.store.models import Base

config = context.config
target_metadata = Base.metadata


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # Segment counts create indexes on custom fields at run time (envoi.segments.planner);
    # they are not part of the models, and a generated migration must not drop them.
    return not (type_ == "index" and reflected and (name or "").startswith("ix_cf_"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Run migrations through envoi.store.migrate.upgrade().")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
