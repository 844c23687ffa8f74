"""The project's own exceptions. Only the CLI and app.py turn them into messages for people."""


class SitrepError(Exception):
    """Base class: anything Sitrep raises on purpose."""


class SettingsError(SitrepError):
    """An unknown setting or a value that does not parse."""


class ArticleError(SitrepError):
    """An input article cannot be read: empty, binary, mis-encoded, malformed, undated."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class RecordError(SitrepError):
    """A record fails validation (impossible date, bad coordinate, unknown type)."""


class GazetteerError(SitrepError):
    """The gazetteer index cannot be built or loaded."""


class StoreError(SitrepError):
    """The event store cannot be opened or written."""


class StoreBusyError(StoreError):
    """Another process holds the store's write lock for longer than the timeout."""


class StoreConflictError(StoreError):
    """A review save found events changed by someone else since they were opened."""
