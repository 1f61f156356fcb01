"""The database: models, engine, sessions and migrations."""
