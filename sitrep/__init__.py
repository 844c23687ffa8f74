"""The `sitrep` command, the second face beside the dashboard (app.py): people's arguments
in, the pipeline stages (events/) and the map builders (maps/) called, messages out. Nothing
in events/ or maps/ imports it."""
