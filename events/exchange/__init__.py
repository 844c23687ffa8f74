"""Exchange stage: datasets in and out of the store.

- ``imports``: ACLED exports, UCDP GED and Sitrep's own GeoJSON -> records, each file
  validated whole before anything is written.
- ``acled_table``: an ACLED export read by columns into one Arrow table of records (the
  same records and errors as ``imports``, without an object per row): `sitrep import acled`.
- ``export``: records -> GeoJSON (RFC 7946), CSV (ACLED's columns, formula-safe) and
  GeoPackage (QGIS-ready).
"""
