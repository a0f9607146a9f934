"""store stage: coded articles, their event mentions and the merged events in DuckDB.

- ``schema``: the tables, the schema version and the migrations.
- ``database``: opening a store file (``Store``), read-only or for writing.
- ``rows``: event records to table rows and back.
- ``merge``: cross-article deduplication (the rule is in its docstring).
- ``ingest``: code inputs and store them in committed batches, resumably.
- ``query``: filters to parameterised SQL; ``timeline``: period series.
- ``commands``: the ``ingest``, ``query``, ``timeline`` and ``export`` commands.

Importing this package is cheap: DuckDB and Arrow load with the modules that use them.
"""

DEFAULT_DB = "chronicle.duckdb"  # in the current directory
DB_ENV = "CHRONICLE_DB"  # environment variable naming the store file
