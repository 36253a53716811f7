import pytest

from cleaner.memo import Memo


def test_memo_answers_what_was_put_and_stays_within_two_generations() -> None:
    memo: Memo[int | None] = Memo(limit=2)
    assert memo.get("a") is Memo.MISSING
    assert memo.put("a", 1) == 1 and memo.get("a") == 1
    memo.put("b", None)  # None is an answer, not a miss
    assert memo.get("b") is None and len(memo) == 2
    memo.put("c", 3)  # the young generation was full: a and b are now the old one
    assert len(memo) == 3 and memo.get("c") == 3
    memo.put("d", 4)
    memo.put("e", 5)  # the old generation (a, b) is dropped
    assert memo.get("a") is Memo.MISSING and memo.get("b") is Memo.MISSING
    assert memo.get("e") == 5 and len(memo) <= 4


def test_an_old_hit_comes_back_young() -> None:
    memo: Memo[int] = Memo(limit=1)
    memo.put("a", 1)
    memo.put("b", 2)  # a is old
    assert memo.get("a") == 1  # and young again, b old
    memo.put("c", 3)  # drops b, keeps a
    assert memo.get("a") == 1 and memo.get("b") is Memo.MISSING


def test_memo_rejects_a_non_positive_limit() -> None:
    with pytest.raises(ValueError):
        Memo(limit=0)


def test_a_generation_also_ends_at_its_character_budget() -> None:
    memo: Memo[int] = Memo(limit=100, chars=160)
    for key in "abcd":
        memo.put(key, 1, 10)
    memo.put("e", 1, 10)  # 50 characters: still one generation
    assert len(memo) == 5
    for i in range(30):
        memo.put(f"k{i}", 1, 10)  # the budget is crossed twice: a's generation became old, then went
    assert memo.get("a") is Memo.MISSING
    assert len(memo) <= 2 * 16


def test_an_entry_too_costly_for_the_budget_is_not_kept() -> None:
    memo: Memo[int] = Memo(limit=100, chars=160)
    assert memo.put("huge", 7, 11) == 7  # more than a sixteenth of the budget
    assert memo.get("huge") is Memo.MISSING
    memo.put("small", 8, 10)
    assert memo.get("small") == 8
