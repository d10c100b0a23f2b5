"""countries.yaml is checked on loading: a key the loader does not read (a misspelt list such as
«title_adjective») is an error, not silently ignored."""

import pytest

from configs import CONFIG_DIR, load_yaml
from pipeline.events.gazetteer import check_countries


def test_the_shipped_countries_pass():
    check_countries(load_yaml(CONFIG_DIR / "gazetteer" / "countries.yaml"))


def test_a_misspelt_list_is_an_error():
    with pytest.raises(ValueError, match="XIV: unknown key"):
        check_countries({"XIV": {"en": "Invented", "names": ["جمهورية مخترعة"],
                                 "title_adjective": ["مخترع"]}})
    check_countries({"XIV": {"en": "Invented", "names": ["جمهورية مخترعة"],
                             "title_adjectives": ["مخترع"]}})
