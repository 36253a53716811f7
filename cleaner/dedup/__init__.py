"""Duplicate removal (placeholder: replaced by the dedup work)."""

from __future__ import annotations

from ..types import Document
from .config import DedupConfig


class Deduplicator:
    def __init__(self, config: DedupConfig | None = None, index_path=None):
        self.config = config or DedupConfig()

    def apply(self, doc: Document) -> Document:
        return doc

    def close(self) -> None:
        pass
