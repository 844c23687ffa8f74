"""Records as one Arrow table, for bulk writes (a dataset import) that need not hold a million
EventRecord objects: one row per record, the store's flat columns (``FLAT_COLUMNS``), ``lon``
and ``lat`` of its point (null when it has no place; the table holds points only), and
``record``, the record's JSON exactly as ``EventRecord.model_dump_json`` writes it.

``records_table`` makes one from records; ``table_records`` gives the records back (validated
again from their JSON: a backend without a columnar path ingests those).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from events.records.record import EventRecord
from events.store.gpkg_schema import FLAT_COLUMNS

if TYPE_CHECKING:  # pyarrow is imported when a table is made (the CLI starts faster)
    import pyarrow as pa

KINDS = {"TEXT": "string", "DATE": "date32", "INTEGER": "int64", "REAL": "float64"}


def table_schema() -> pa.Schema:
    import pyarrow as pa

    flat = [(name, getattr(pa, KINDS[kind.split()[0]])()) for name, kind in FLAT_COLUMNS.items()]
    return pa.schema([*flat, ("lon", pa.float64()), ("lat", pa.float64()), ("record", pa.large_string())])


def records_table(records: Iterable[EventRecord]) -> pa.Table:
    """The table of these records; ValueError for a record whose place is an area."""
    import pyarrow as pa

    columns: dict[str, list] = {name: [] for name in table_schema().names}
    for record in records:
        if record.geometry is not None and record.geometry["type"] != "Point":
            raise ValueError(f"record {record.event_id}: a records table holds points only")
        for name in FLAT_COLUMNS:
            columns[name].append(getattr(record, name))
        lonlat = record.lonlat()
        columns["lon"].append(lonlat[0] if lonlat else None)
        columns["lat"].append(lonlat[1] if lonlat else None)
        columns["record"].append(record.model_dump_json())
    return pa.table(columns, schema=table_schema())


def table_records(table: pa.Table) -> Iterator[EventRecord]:
    """The table's records, read back from their JSON a batch at a time."""
    for batch in table.select(["record"]).to_batches(max_chunksize=50_000):
        for payload in batch.column(0).to_pylist():
            yield EventRecord.model_validate_json(payload)
