"""Every YAML file under configs/ names each mapping key once: PyYAML silently keeps the last of
two equal keys, so a word list added under a name already taken would replace the first list
without a word of warning (it happened to a lexicon list once and moved dates elsewhere)."""

from pathlib import Path

import pytest
import yaml

from configs import CONFIG_DIR


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"key {key!r} on line {key_node.start_mark.line + 1} repeats the "
                             f"one on line {seen[key] + 1}")
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)

FILES = sorted(CONFIG_DIR.rglob("*.yaml"))


def test_there_are_config_files_to_check():
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CONFIG_DIR)))
def test_no_mapping_key_repeats(path: Path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506


def test_the_check_sees_a_repeated_key():
    with pytest.raises(ValueError, match="'period_nouns' on line 3 repeats the one on line 1"):
        yaml.load("period_nouns: [a]\nother: [b]\nperiod_nouns: [c]\n",  # noqa: S506
                  Loader=_UniqueKeyLoader)
