"""The one DuckDB boundary: connection, queries, migrations, catalogue, uploads, sample.

May import settings, errors, i18n and ingest; nothing else in pantau/ opens DuckDB.
"""
