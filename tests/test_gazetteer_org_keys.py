"""orgs.yaml is checked on loading: a key the loader does not read (a misspelt flag) and a
`movement` flag on a body whose bare mention is not `official` are errors, not silently
ignored."""

import pytest

from configs import CONFIG_DIR, load_yaml
from pipeline.events.gazetteer import check_orgs


def test_the_shipped_orgs_pass():
    check_orgs(load_yaml(CONFIG_DIR / "gazetteer" / "orgs.yaml"))


def test_a_misspelt_flag_is_an_error():
    with pytest.raises(ValueError, match="INVENTED_FRONT: unknown key"):
        check_orgs({"INVENTED_FRONT": {"names": ["جبهة مخترعة"], "role": "official",
                                       "movment": True}})


def test_movement_needs_an_official_body():
    with pytest.raises(ValueError, match="INVENTED_FRONT: movement"):
        check_orgs({"INVENTED_FRONT": {"names": ["جبهة مخترعة"], "role": "group",
                                       "movement": True}})
    check_orgs({"INVENTED_FRONT": {"names": ["جبهة مخترعة"], "role": "official",
                                   "movement": True}})
