"""A definite meeting noun after «بلقاء Y وZ» («قبل التوجه إلى اللقاء المقرر مع W») names no
contact between Y and Z, the two met by one subject, even when Z's own meeting with the subject
was told in an earlier sentence and merged with it. Sentences written for these tests."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)


def _pairs(events, etype="MEET"):
    return sorted(tuple(sorted([(e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                                (e["actor2_country"] or e["actor2_org"], e["actor2_role"])]))
                  for e in events if e["event_type"] == etype)


def test_two_met_by_one_subject_are_not_paired_by_the_later_noun():
    text = ("وكان وزير الخارجية الأمريكي قد وصل الدوحة أمس والتقى أمير قطر. وبدأ الوزير "
            "الأمريكي نهاره بلقاء وزير الخارجية الأردني وأمير قطر، قبل التوجه إلى اللقاء "
            "المقرر مع وزراء الخارجية العرب.")
    pairs = _pairs(extract_events(text, PUB))
    assert (("JOR", "foreign_minister"), ("QAT", "head_of_state")) not in pairs
    assert (("JOR", "foreign_minister"), ("USA", "foreign_minister")) in pairs


def test_two_met_by_one_subject_whose_meetings_were_both_told_before_are_not_paired():
    # both of the subject's meetings merged with ones told before: the noun still borrows them
    text = ("والتقى وزير الخارجية الأمريكي في الدوحة أمس نظيره الأردني. وبدأ الوزير "
            "الأمريكي نهاره بلقاء وزير الخارجية الأردني وأمير قطر، قبل التوجه إلى اللقاء "
            "المقرر مع وزراء الخارجية العرب.")
    pairs = _pairs(extract_events(text, PUB))
    assert (("JOR", "foreign_minister"), ("QAT", "head_of_state")) not in pairs
    assert (("JOR", "foreign_minister"), ("USA", "foreign_minister")) in pairs
    assert (("QAT", "head_of_state"), ("USA", "foreign_minister")) in pairs
