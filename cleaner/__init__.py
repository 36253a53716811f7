"""cleaner: turn scraped news into canonical clean text.

Public API: `clean_text` for one text, `clean_corpus` for many documents, `Document` and
`Config` for callers who build their own pipeline.
"""

from .config import Config, load_config
from .errors import CleanerError, ConfigError, InputError
from .pipeline import Cleaner, clean_corpus, clean_text
from .types import CleanResult, Document, Location, Paragraph, Removal, Segment

__all__ = [
    "CleanResult",
    "Cleaner",
    "CleanerError",
    "Config",
    "ConfigError",
    "Document",
    "InputError",
    "Location",
    "Paragraph",
    "Removal",
    "Segment",
    "clean_corpus",
    "clean_text",
    "load_config",
]
