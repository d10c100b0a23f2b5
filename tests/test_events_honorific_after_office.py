"""A prince's honorifics and title after a republic's complete office («استقبل الرئيس المصري صاحب
السمو الملكي الأمير ...», «... سمو الأمير ...») style the next person, the one received: the
title is not more of the president's, who stays the first party alone. A chain that styles the
title's own holder («ولي العهد السعودي صاحب السمو الملكي الأمير ...») still joins them."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

PUB = date(2015, 8, 11)


@pytest.mark.parametrize("honorific", ["صاحب السمو الملكي", "سمو"])
def test_a_princes_honorifics_after_a_presidents_office_open_the_guest(honorific):
    text = f"استقبل الرئيس المصري {honorific} الأمير خالد بن فهد في القاهرة أمس."
    found = [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "MEET"]
    assert found
    for e in found:
        assert e["actor1_country"] == "EGY" and e["actor1_text"] == "الرئيس المصري"
        assert "الأمير" in e["actor2_text"]


def test_a_chain_styling_the_titles_own_holder_still_joins():
    text = ("استقبل الرئيس المصري في القاهرة أمس ولي العهد السعودي صاحب السمو الملكي الأمير "
            "محمد بن نايف.")
    found = [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "MEET"]
    assert found
    assert all("ولي العهد" in e["actor2_text"] and e["actor2_name"] for e in found)
    assert all(e["actor1_text"] == "الرئيس المصري" for e in found)
