"""The hooks driven by the real `pre-commit` tool in a temporary corpus repository.

The hook repository is a snapshot of this working tree committed in a temporary git repo, used as
`repo: <path>` + `rev: <sha>`, exactly as users reference a published rev.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PARAGRAPH = (
    "Le dirigeant nord-coréen Kim Jong Un a assuré mercredi à Vladimir Poutine que la Russie remporterait "
    "une “grande victoire” contre ses ennemis, lors d’une visite exceptionnelle dans ce pays, qui cherche "
    "à renforcer ses relations, notamment militaires."
)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to drive pre-commit")


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    repo = tmp_path_factory.mktemp("hookrepo")
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, repo / name)
    shutil.copytree(ROOT / "cleaner", repo / "cleaner", ignore=shutil.ignore_patterns("__pycache__"))
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "snapshot")
    return repo, _git(repo, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _corpus(tmp_path: Path, hook_repo: tuple[Path, str], hook_id: str) -> Path:
    repo_path, rev = hook_repo
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _git(corpus, "init", "-q")
    (corpus / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo_path.as_posix()}\n  rev: {rev}\n  hooks:\n  - id: {hook_id}\n", encoding="utf-8"
    )
    return corpus


def _pre_commit(corpus: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run"], cwd=corpus, env=env, capture_output=True, text=True, timeout=900
    )


def test_check_hook_fails_on_seeds_and_names_findings(tmp_path, hook_repo, pre_commit_home):
    corpus = _corpus(tmp_path, hook_repo, "cleaner-check")
    for seed in SEEDS:
        shutil.copy(seed, corpus / seed.name)
    _git(corpus, "add", "-A")
    before = {p.name: p.read_bytes() for p in corpus.glob("*.txt")}
    result = _pre_commit(corpus, pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{SEEDS[4].name}:" in result.stdout and "boilerplate (" in result.stdout
    assert "would change 5 of 5 files" in result.stdout
    assert {p.name: p.read_bytes() for p in corpus.glob("*.txt")} == before


def test_fix_hook_rewrites_then_passes(tmp_path, hook_repo, pre_commit_home):
    corpus = _corpus(tmp_path, hook_repo, "cleaner-fix")
    for seed in SEEDS:
        shutil.copy(seed, corpus / seed.name)
    _git(corpus, "add", "-A")
    first = _pre_commit(corpus, pre_commit_home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Pinterest" not in (corpus / SEEDS[4].name).read_text(encoding="utf-8")
    _git(corpus, "add", "-A")
    second = _pre_commit(corpus, pre_commit_home)
    assert second.returncode == 0, second.stdout + second.stderr


def test_republished_paragraph_of_a_committed_file_is_flagged(tmp_path, hook_repo, pre_commit_home):
    corpus = _corpus(tmp_path, hook_repo, "cleaner-check")
    (corpus / "old.txt").write_text("Titre du premier article\n\n" + PARAGRAPH + "\n", encoding="utf-8")
    _git(corpus, "add", "-A")
    _git(corpus, "commit", "-qm", "corpus", "--no-verify")
    (corpus / "new.txt").write_text(
        "Un tout autre titre pour la reprise\n\nUne phrase nouvelle et propre à cette reprise du texte original ici.\n\n"
        + PARAGRAPH + "\n",
        encoding="utf-8",
    )
    _git(corpus, "add", "new.txt")
    result = _pre_commit(corpus, pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "new.txt:5: duplicate (" in result.stdout
    assert not any(line.startswith("old.txt:") for line in result.stdout.splitlines())
