"""The Peewee models describe exactly the tables the migrations create."""

from app.store.database import db
from app.store.models import ALL_MODELS


def test_every_model_column_exists_in_the_migrated_schema(store):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})")}
        fields = {field.column_name for field in model._meta.sorted_fields}
        assert fields <= columns, f"{table}: model fields missing from schema: {fields - columns}"
        assert columns <= fields, f"{table}: schema columns the model does not know: {columns - fields}"
