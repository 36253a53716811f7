from cleaner.memo import Memo


def test_memo_answers_what_was_put_and_forgets_all_when_full() -> None:
    memo: Memo[int] = Memo(limit=2)
    assert memo.get("a") is Memo.MISSING
    assert memo.put("a", 1) == 1 and memo.get("a") == 1
    memo.put("b", None)  # None is an answer, not a miss
    assert memo.get("b") is None and len(memo) == 2
    memo.put("c", 3)
    assert memo.get("a") is Memo.MISSING and memo.get("c") == 3 and len(memo) == 1
