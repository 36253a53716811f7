"""Boilerplate rules (placeholder: replaced by the rules work)."""

from __future__ import annotations

from ..types import Document
from .config import RulesConfig


class RuleEngine:
    def __init__(self, config: RulesConfig | None = None):
        self.config = config or RulesConfig()

    def apply(self, doc: Document) -> Document:
        return doc
