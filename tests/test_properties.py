"""Invariants of cleaning, checked on generated scraped-news-like texts (hypothesis)."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean_text
from cleaner.config import Config
from cleaner.run import RunOptions, run

SENTENCES = [
    "Le dirigeant nord-coréen est arrivé mardi en Russie pour une visite rare.",
    "Les deux pays entendent renforcer leurs liens en matière de défense.",
    "« Aucun accord n’a été signé », a déclaré le porte-parole du Kremlin.",
    "The minister said on Tuesday that talks would resume next week in Geneva.",
    "M. Dupont, 54 ans, a indiqué que 3,5 millions d'euros seraient débloqués.",
    "Washington a exprimé sa « préoccupation » quant à cette collaboration.",
    "Il s'agit de son premier voyage à l'étranger depuis le début de la pandémie.",
    "El presidente anunció nuevas medidas económicas para el próximo año.",
    "Die Regierung will die Steuern im kommenden Jahr deutlich senken.",
]
JUNK = ["Lire la suite »", "Facebook", "Twitter", "Leave a Comment", "1694711549", "#Russie #Corée", "PUBLICITÉ", "Loading"]
WORDS = ["la", "Russie", "visite", "accord", "the", "talks", "Kim", "2023", "«", "»", "—", "...", "U.S.", "e.g."]

line = st.one_of(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join),
    st.sampled_from(JUNK),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)
texts = st.lists(line, min_size=0, max_size=12).map(lambda ls: "\n".join(ls))
fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def _squash(text: str) -> str:
    return "".join(text.split())


@fast
@given(texts)
def test_cleaning_is_idempotent(text):
    once = clean_text(text).text
    assert clean_text(once).text == once


@fast
@given(texts)
def test_nothing_is_invented(text):
    result = clean_text(text)
    assert _is_subsequence(_squash(result.text), _squash(result.document.text))


@fast
@given(texts)
def test_removals_point_at_their_text(text):
    result = clean_text(text)
    source = result.document.text
    for start, end, removal in result.removals:
        assert 0 <= start < end <= len(source)
        assert removal.reason in ("boilerplate", "duplicate")


@fast
@given(texts)
def test_same_input_same_output(text):
    assert clean_text(text).text == clean_text(text).text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(texts, min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_output_does_not_depend_on_argument_order(tmp_path_factory, bodies, rnd):
    root = tmp_path_factory.mktemp("corpus")
    paths = []
    for number, body in enumerate(bodies):
        path = root / f"{number:02d}.txt"
        path.write_text(body + "\n", encoding="utf-8")
        paths.append(path)
    shuffled = paths[:]
    rnd.shuffle(shuffled)
    outputs = []
    for order, folder in ((paths, "a"), (shuffled, "b")):
        out = root / folder
        run(list(order), Config(), RunOptions(output=out))
        outputs.append({p.name: p.read_bytes() for p in sorted(Path(out).glob("*.txt"))})
    assert outputs[0] == outputs[1]


def _forgetful_engine():
    """A rule engine whose memos hold at most two answers: it judges nearly every paragraph afresh."""
    from cleaner.memo import Memo
    from cleaner.rules import RuleEngine

    engine = RuleEngine(Config().rules)
    engine._line_verdicts = Memo(limit=1)
    engine._markers.verdicts = Memo(limit=1)
    engine._cuts = Memo(limit=1)
    engine._language_counts = Memo(limit=1)
    engine.scorer._signals = Memo(limit=1)
    return engine


FORGETFUL = _forgetful_engine()


@fast
@given(texts)
def test_memos_never_change_the_result(text):
    """The shared engine has seen every earlier example; one without memory must agree."""
    from cleaner.steps import prepare_document
    from cleaner.types import Document

    warm = clean_text(text).document
    cold = prepare_document(Document(id="text", text=text), Config(), FORGETFUL)
    assert cold.clean_text() == warm.clean_text()
    assert list(cold.removals()) == list(warm.removals())
