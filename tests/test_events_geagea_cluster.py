"""A Lebanese party leader received by two leaders of one state on one day (invented
sentences and rows in the style of the news): the Lebanese Forces party and its chairman are
one actor (role group), the people a «حضر الاستقبال» sentence lists attended the reception
and lend no subject to the next sentence's pronoun, and the two meetings stay two clusters."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.clusters import candidate, cluster_events, events_match


def _pairs(text: str, published: str = "2015-08-04") -> set:
    return {(e["event_type"], e["status"],
             frozenset({(e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                        (e["actor2_country"] or e["actor2_org"], e["actor2_role"])}))
            for e in extract_events(text, published, home="SAU")}


KING_LF = ("MEET", "reported", frozenset({("SAU", "head_of_state"), ("LEBANESE_FORCES", "group")}))


def test_lebanese_forces_leader_meets_a_foreign_head():
    # Samir Geagea chairs the Lebanese Forces party (2005-): its actor, role group
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة مساء أمس رئيس حزب "
            "القوات اللبنانية سمير جعجع.")
    assert KING_LF in _pairs(text)


def test_lebanese_forces_with_lebanon_is_domestic_and_troops_are_nobody():
    # a Lebanese party meeting Lebanon's government is domestic; «القوات اللبنانية» without
    # «حزب» is also the army's troops
    assert _pairs("والتقى رئيس الحكومة اللبنانية تمام سلام أمس سمير جعجع.") == set()
    assert _pairs("واستقبل وزير الدفاع الأمريكي أمس قائدا في القوات اللبنانية.") == set()


def test_attendees_lend_no_subject_to_the_next_pronoun():
    # «حضر الاستقبال X»: X attended the King's reception; «خلال استقباله» is still the King's
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة مساء أمس رئيس حزب "
            "القوات اللبنانية سمير جعجع. حضر الاستقبال الأمير محمد بن سلمان ولي ولي العهد "
            "وزير الدفاع، ووزير الدولة للشؤون الخارجية. وخلال استقباله رئيس حزب القوات "
            "اللبنانية، جرى استعراض الأوضاع في لبنان.")
    got = _pairs(text)
    assert KING_LF in got
    assert not any(("SAU", "defense_minister") in p for _, _, p in got)


def test_a_sentence_that_names_its_subject_still_lends_it():
    # the near miss: the prince's own meeting, then a pronoun that is his
    text = ("اجتمع الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع في جدة مساء أمس مع رئيس "
            "الوزراء الفرنسي. وخلال استقباله رئيس حزب القوات اللبنانية سمير جعجع، جرى "
            "استعراض الأوضاع في لبنان.")
    assert ("MEET", "reported", frozenset({("SAU", "defense_minister"),
                                           ("LEBANESE_FORCES", "group")})) in _pairs(text)


DAY = date(2015, 7, 20)
KING = ("SAU", "head_of_state", "King Salman bin Abdulaziz")
PRINCE = ("SAU", "defense_minister", "Mohammed bin Salman")
GEAGEA = ("LEBANESE_FORCES", "group", "Samir Geagea")
PARTY = ("LEBANESE_FORCES", "group", None)


def ev(eid, host, guest, day=DAY, pub=date(2015, 7, 21)):
    row = {"event_id": eid, "article_id": f"art-{eid}", "event_type": "MEET",
           "status": "reported", "event_date": day, "date_precision": "day",
           "location_name": "Jeddah", "location_country": "SAU",
           "actor1_country": host[0], "actor1_org": None, "actor1_role": host[1],
           "actor1_name": host[2], "actor2_country": None, "actor2_org": guest[0],
           "actor2_role": guest[1], "actor2_name": guest[2]}
    return candidate(row, pub)


def test_two_leaders_of_one_state_meeting_one_guest_on_one_day_are_two_events():
    king = [ev("k1", KING, GEAGEA), ev("k2", KING, PARTY, day=date(2015, 7, 21))]
    prince = [ev("p1", PRINCE, GEAGEA), ev("p2", PRINCE, PARTY)]
    assert not events_match(king[0], prince[0])
    assert not events_match(king[1], prince[1])
    ids = cluster_events(king + prince)
    # the party named without its chairman joins the report that names him, host by host
    assert ids["k1"] == ids["k2"] and ids["p1"] == ids["p2"]
    assert ids["k1"] != ids["p1"]
