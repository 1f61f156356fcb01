"""Upgrading an empty database to head gives exactly the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from envoi.store import (
    bounce_models,  # noqa: F401  (registers the bounce tables)
    relay_models,  # noqa: F401  (registers the relay's events)
    report_models,  # noqa: F401  (registers the reports' MX cache)
    sending_models,  # noqa: F401  (registers the sending tables)
    template_models,  # noqa: F401  (registers the template library)
)
from envoi.store.migrate import current_revision, head_revision
from envoi.store.models import Base


def test_upgrade_gives_models_schema(store) -> None:
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_second_upgrade_is_a_no_op(store) -> None:
    from envoi.store.migrate import upgrade

    assert upgrade(store.engine) is None
