"""``chronicle batch``: coding past one machine, on Ray Data.

The inputs are cut into shards (``plan``): a run of lines of an uncompressed
JSONL file (by byte offset, so a worker seeks straight to it), a run of row
groups of a Parquet file, or a whole file (text, HTML, compressed JSONL).
A pool of Ray actors (``worker``), each with one ``Coder`` (models and
knowledge loaded once per actor), reads each shard with Chronicle's own
readers and codes it; each shard's events, articles and failures are written
under the output folder (``output``) under temporary names and renamed when
complete. Only then does the driver record the shard as finished in the
manifest (``manifest``), so a rerun after a crash codes only the shards not
recorded, and replaces whatever a killed run left of them: no duplicates.

Layout of the output folder::

    plan.json                         the shards, fixed by the first run
    manifest.jsonl                    one line per finished shard, with its counts
    events/month=2019-02/shard-000003.parquet   events, partitioned by event month
    articles/shard-000003.parquet     one row per coded article (what ``ingest --from-batch`` stores)
    failures/shard-000003.jsonl       this shard's bad records, with file and line
    failures.jsonl                    every failure, rewritten at the end of each run

Ray is an optional dependency (``pip install 'chronicle[ray]'``); only
``worker`` and ``run`` import it.
"""
