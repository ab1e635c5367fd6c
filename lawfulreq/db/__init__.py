"""Database layer: models, engine, migrations. Only services import it."""
