"""A vaguer party (a state's government, «مسؤولين عراقيين») told again in a later sentence as
the same contact with a named officer of that state: the labelling conventions give the unnamed
side no event beside its named officers; an unnamed group that is the only counterpart keeps
its event. Sentences written for these tests."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)


def _pairs(events, etype="MEET"):
    return sorted(tuple(sorted([(e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                                (e["actor2_country"] or e["actor2_org"], e["actor2_role"])]))
                  for e in events if e["event_type"] == etype)


def test_unnamed_officials_then_the_named_premier_one_contact():
    text = ("وصل وزير الخارجية الكندي إلى بغداد اليوم الاثنين، حيث يلتقي مسؤولين عراقيين "
            "لبحث التعاون الأمني. ومن المقرر أن يلتقي الوزير الكندي رئيس الوزراء العراقي "
            "لبحث الملفات نفسها.")
    assert _pairs(extract_events(text, PUB)) == [
        (("CAN", "foreign_minister"), ("IRQ", "head_of_government"))]


def test_unnamed_officials_alone_keep_their_meeting():
    text = ("وصل وزير الخارجية الكندي إلى بغداد اليوم الاثنين، حيث يلتقي مسؤولين عراقيين "
            "لبحث التعاون الأمني.")
    assert _pairs(extract_events(text, PUB)) == [
        (("CAN", "foreign_minister"), ("IRQ", "official"))]


def test_unnamed_officials_of_another_status_are_another_contact():
    text = ("التقى وزير الخارجية الكندي أمس مسؤولين عراقيين في بغداد. "
            "ومن المقرر أن يلتقي الوزير الكندي غدا رئيس الوزراء العراقي.")
    assert _pairs(extract_events(text, PUB)) == [
        (("CAN", "foreign_minister"), ("IRQ", "head_of_government")),
        (("CAN", "foreign_minister"), ("IRQ", "official"))]


def test_one_name_inside_another_is_another_person():
    # names are the gazetteer's whole names: «سعود بن نايف» is not «عبدالعزيز بن سعود بن نايف»
    from pipeline.events.extract import _same_person
    from pipeline.events.mentions import Actor

    father = Actor(0, 3, name="Saud bin Nayef", country="SAU", role="official")
    son = Actor(0, 5, name="Abdulaziz bin Saud bin Nayef", country="SAU", role="official")
    assert not _same_person(father, son) and not _same_person(son, father)
    assert _same_person(son, Actor(0, 2, country="SAU", role="official"))
    assert _same_person(son, Actor(0, 5, name="Abdulaziz bin Saud bin Nayef", country="SAU",
                                   role="official"))


def test_officials_at_the_arrival_then_a_named_official_keep_the_named_one():
    # the reception told first by a bare group, then by the named officials who received him:
    # the named one is the event, not merged into the group and lost with it
    text = ("وصل وزير الدفاع السعودي إلى الأردن أمس، وكان في استقباله عدد من كبار المسؤولين "
            "الأردنيين. وكان في استقباله لدى وصوله رئيس الديوان الملكي الأردني فايز الطراونة ووزير "
            "الخارجية الأردني ناصر جودة.")
    events = [e for e in extract_events(text, PUB) if e["event_type"] == "MEET"]
    assert sorted(e["actor1_text"] + " | " + e["actor2_text"] for e in events
                  if "المسؤولين" in e["actor1_text"] + e["actor2_text"]) == []
    assert (("JOR", "official"), ("SAU", "defense_minister")) in _pairs(events)


def test_unnamed_officials_then_a_named_contact_in_another_state_two_contacts():
    # near miss: the named contact the text recalls was held in another state (the visitor's
    # own capital): it does not tell the officials' meeting in Tehran again
    text = ("وصل وزير الخارجية الياباني إلى طهران أمس حيث التقى كبار المسؤولين. وكان الوزير "
            "قد التقى الرئيس الإيراني في طوكيو العام الماضي.")
    assert _pairs(extract_events(text, PUB)) == [
        (("IRN", "head_of_state"), ("JPN", "foreign_minister")),
        (("IRN", "official"), ("JPN", "foreign_minister"))]
