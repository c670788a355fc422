"""The project's own errors: each carries a translation key and the facts its message names."""

from pantau import i18n


class PantauError(Exception):
    """Base of every error Pantau shows to a person."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(i18n.t(key, "en", **params))
        self.key = key
        self.params = params

    def message(self, lang: str = i18n.DEFAULT_LANGUAGE) -> str:
        """The message in a person's language."""
        return i18n.t(self.key, lang, **self.params)


class DatabaseUnavailable(PantauError):
    """The database file cannot be opened: not a DuckDB file, locked, or unreadable."""


class QueryFailed(PantauError):
    """A named query could not run."""


class WriteFailed(PantauError):
    """A transaction the database refused; it was rolled back, so nothing was half-written."""


class RollbackRefused(PantauError):
    """A roll back that would undo a later upload's work, or of something not an upload."""


class UploadRejected(PantauError):
    """The file as a whole cannot be read; carries the key and params of the one error."""


class ExportUnavailable(PantauError):
    """No browser to draw pictures with, or the browser stopped answering."""


class SettingInvalid(PantauError):
    """A PANTAU_* environment variable whose value is not what it must be."""
