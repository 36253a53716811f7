"""clean_many's worker processes: a script without a `__main__` guard gets a typed error, not a hang."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cleaner import Cleaner, Document, clean_corpus, clean_text
from cleaner.errors import CleanerError, WorkerError
from cleaner.workers import GUARD_HINT, Workers, _broken_reason

ROOT = Path(__file__).resolve().parents[1]

GUARDLESS = """
from cleaner import Cleaner, Document, clean_corpus, clean_text
docs = [Document(id=f"d{i}", text=f"Paragraph {i} says something new.\\n\\nAnother line {i}.") for i in range(8)]
print(len(list(Cleaner().clean_many(docs, 2))))
"""


def test_a_script_without_a_main_guard_gets_an_error_naming_the_guard(tmp_path):
    script = tmp_path / "guardless.py"
    script.write_text(textwrap.dedent(GUARDLESS), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    # On main this never returned (multiprocessing.Pool started new workers forever): the timeout fails it.
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("cleaner.errors.WorkerError: ")
    assert 'if __name__ == "__main__":' in last


def test_the_same_script_with_a_guard_runs():
    docs = [Document(id=f"d{i}", text=f"Paragraph {i} says something new.\n\nAnother line {i}.") for i in range(8)]
    serial = [doc.clean_text() for doc in Cleaner().clean_many([Document(id=d.id, text=d.text) for d in docs])]
    assert [doc.clean_text() for doc in Cleaner().clean_many(docs, 2)] == serial


def test_a_worker_lost_later_is_not_blamed_on_the_guard():
    workers = Workers(executor=None, jobs=3)  # type: ignore[arg-type]
    assert GUARD_HINT in _broken_reason(workers)
    workers.results = 1
    assert "guard" not in _broken_reason(workers) and "jobs=3" in _broken_reason(workers)
    assert issubclass(WorkerError, CleanerError)


def test_a_caller_that_stops_reading_ends_the_workers():
    docs = [Document(id=f"d{i}", text=f"Line {i} of a text about the weather.") for i in range(300)]
    results = Cleaner().clean_many(docs, 2)
    assert next(results).id == "d0"
    results.close()  # the workers are stopped (worker_pool: _stop), not left to finish the queued batch


PAGE = """<!DOCTYPE html>
<html><head><title>Harbour reopens</title><script>var tracker = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour reopens after the storm</h1>
<p>The harbour reopened on Tuesday after three days of repairs to the outer wall, the port authority said.</p>
<p>Fishing boats were the first to leave, followed by the morning ferry to the islands.</p></article>
</body></html>"""


def test_clean_text_reads_a_whole_page_as_html_as_the_readers_do():
    result = clean_text(PAGE)  # on main: the markup came back as text
    assert "<" not in result.text and "tracker" not in result.text
    assert "The harbour reopened on Tuesday" in result.text
    assert "read as HTML" in result.document.repairs
    (pair,) = clean_corpus([("page", PAGE)])
    assert pair.text == result.text


@pytest.mark.parametrize(
    "text",
    ["<b>Breaking:</b> the harbour reopened on Tuesday, the port authority said.", "<html>is the tag that opens every page, the tutorial said."],
)
def test_text_that_merely_starts_with_a_tag_stays_text(text):
    result = clean_text(text)
    assert "read as HTML" not in result.document.repairs
    assert result.document.text == text
