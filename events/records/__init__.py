"""Records stage: events as records, and what is done with a set of them over time.

- ``record``: ``EventRecord`` (the one typed, validated record: ACLED's fields, geometry,
  provenance), ``Source``, ``make_record``, ``stable_id``, GeoJSON; the event taxonomy.
- ``dedup``: one event told by several articles -> one record with every source.
- ``review``: records <-> the rows a person edits; accept, reject, relocate, named errors.
- ``filters``: the records frame and the one table of filters (apply, describe, URL).
- ``trends``: events and fatalities per region and week, the change, surges.

Records come in from the extraction stage and from imports; the store keeps them.
"""
