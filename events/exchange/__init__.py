"""Exchange stage: datasets in and out of the store.

- ``imports``: ACLED exports, UCDP GED and Sitrep's own GeoJSON -> records, each file
  validated whole before anything is written.
- ``export``: records -> GeoJSON (RFC 7946), CSV (ACLED's columns, formula-safe) and
  GeoPackage (QGIS-ready).
"""
