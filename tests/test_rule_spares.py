"""Named spares (cleaner/rules/spares.py): a shape defined once that rules opt out of with
`spare = [...]`, composed by the loader into each rule's pattern."""

from __future__ import annotations

import pytest

from cleaner.errors import ConfigError
from cleaner.rules import default_rule_files, load_rule_files

SHIPPED = load_rule_files(default_rule_files())

_SPARES = """
language = "*"
[spares]
kicker = '''(?-i:PHOTOS?)\\s?:\\s?\\S+ \\S+ \\S+'''
"""
_RULE = """
[[rule]]
id = "xx.credit.photo"
category = "credit"
scope = "line"
pattern = '''{pattern}'''
flags = "{flags}"
{spare}
must_match = ["Photo: AFP"]
must_not_match = ["PHOTOS: the parade lights up"]
"""


def _load(tmp_path, *texts: str):
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"r{number}.toml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return load_rule_files(paths)


def _rule_file(pattern: str = "^Photos?:.{1,60}$", spare: str = 'spare = ["kicker"]', flags: str = "i") -> str:
    return 'language = "xx"\n' + _RULE.format(pattern=pattern, spare=spare, flags=flags)


def test_a_spared_shape_is_no_match_and_the_rest_still_is(tmp_path) -> None:
    rule = _load(tmp_path, _SPARES, _rule_file()).by_id("xx.credit.photo")
    pattern = rule.compile()
    assert rule.spare == ("kicker",)
    assert pattern.search("Photo: AFP")
    assert not pattern.search("PHOTOS: the parade lights up")
    assert pattern.search("Photos: the parade lights up")  # the spare says its own case


def test_the_shipped_credit_rules_spare_a_gallery_headline() -> None:
    """The 15 credit and link rules that name media-kicker keep a gallery's headline and still
    take a credit; their composed pattern opens with the spare, after the "^"."""
    spared = [rule for rule in SHIPPED.rules if "media-kicker" in rule.spare]
    assert len(spared) >= 15
    for rule in spared:
        assert rule.pattern.startswith("^(?!(?-i:VIDEOS?"), rule.id
        assert not rule.compile().search("Photos: Lantern parade lights up the old town"), rule.id
    assert SHIPPED.by_id("en.credit.photo").compile().search("Photo: Getty Images")


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ((_rule_file(),), "unknown spare"),  # no file defines it
        ((_SPARES, _SPARES.replace('language = "*"', 'language = "xx"')), "already defined"),
        ((_SPARES, _rule_file(pattern="Photos?:.{1,60}$")), "must start with"),
        ((_SPARES, _rule_file(flags="ix")), "'x' flag"),
        ((_SPARES.replace("\\S+ \\S+", "(\\S+"), _rule_file()), "does not compile"),
        ((_SPARES, _rule_file(spare="spare = 3")), "list of spare names"),
    ],
)
def test_a_bad_spare_is_refused_with_the_file_named(tmp_path, texts, message) -> None:
    with pytest.raises(ConfigError, match=message):
        _load(tmp_path, *texts)
