"""Typed errors: the library raises these, the CLI turns them into one-line messages and exit codes."""


class CleanerError(Exception):
    """Base class for every error the library raises on purpose."""


class InputError(CleanerError):
    """An input item cannot be read as text (binary, undecodable, bad JSONL line, broken HTML).

    `item` names the file or record so a corpus run can report it and go on.
    """

    def __init__(self, item: str, reason: str):
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason

    def __reduce__(self) -> tuple:
        """Picklable with its two arguments, so a worker process can hand one back."""
        return (type(self), (self.item, self.reason))


class ConfigError(CleanerError):
    """A configuration file or value is invalid."""


class OutputError(CleanerError):
    """An output (cleaned file, report) cannot be written where it was asked for."""


class WorkerError(CleanerError):
    """The worker processes of a `jobs` > 1 run ended abruptly (most often: the calling script
    lacks an `if __name__ == "__main__":` guard, see cleaner/workers.py)."""


class IndexError_(CleanerError):
    """The persistent dedup index cannot be used (wrong parameters, corrupt, locked)."""


# Public, readable alias: `cleaner.errors.IndexMismatch` etc. subclass this.
DedupIndexError = IndexError_
