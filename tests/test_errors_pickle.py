import pickle

from cleaner.errors import InputError


def test_input_error_survives_a_trip_to_a_worker_process() -> None:
    error = pickle.loads(pickle.dumps(InputError("corpus.jsonl:3", "bad JSON")))
    assert isinstance(error, InputError)
    assert (error.item, error.reason, str(error)) == ("corpus.jsonl:3", "bad JSON", "corpus.jsonl:3: bad JSON")
