"""The article-extraction benchmark metric, as its README defines it.

Tokens are `\\w+` matches (case kept); each text is the multiset of its word 4-grams. Per page,
TP/FP/FN are the shared/extra/missing 4-gram counts; precision and recall are averaged over pages
(a page with FP = FN = 0 scores 1) and F1 is the harmonic mean of the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Mapping

_TOKEN = re.compile(r"\w+")


def ngrams(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(predicted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of one page."""
    pred, ref = ngrams(predicted), ngrams(gold)
    tp = sum((pred & ref).values())
    fp = sum(pred.values()) - tp
    fn = sum(ref.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    total = tp + fp + fn
    tp_s, fp_s, fn_s = tp / total, fp / total, fn / total
    precision = tp_s / (tp_s + fp_s) if tp_s + fp_s else 0.0
    recall = tp_s / (tp_s + fn_s) if tp_s + fn_s else 0.0
    return precision, recall


def corpus_scores(predicted: Mapping[str, str], gold: Mapping[str, str], ids: Iterable[str] | None = None):
    """(f1, precision, recall, per_page) averaged over `ids` (default: every gold page)."""
    ids = sorted(ids if ids is not None else gold)
    per_page = {i: page_scores(predicted.get(i, ""), gold[i]) for i in ids}
    precision = sum(p for p, _ in per_page.values()) / len(ids)
    recall = sum(r for _, r in per_page.values()) / len(ids)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall, per_page
