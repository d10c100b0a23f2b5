"""Heading a delegation is no office a person keeps: a bare name later in the text takes the
office a title named him by, not «delegation» from a mention that joined him to a delegation
(«وفدا يترأسه القيادي أبلغ لافروف»).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from tests.support.events import actors_by_sentence, event_rows

TEXT = ("استقبل وزير الخارجية الروسي سيرغي لافروف في موسكو أمس رئيس الحركة. "
        "وذكر بيان أن وفدا يترأسه القيادي أبلغ لافروف بتطورات الوضع. "
        "ويلتقي لافروف الأسبوع المقبل نظيره الأمريكي جون كيري في جنيف.")


def test_a_bare_name_after_a_delegation_mention_keeps_his_office():
    last = actors_by_sentence(TEXT, date(2015, 8, 3), "SAU")[-1]
    assert ("Sergei Lavrov", "RUS", "foreign_minister") in last


def test_his_counterpart_takes_the_office_not_the_delegation():
    rows = event_rows(TEXT, date(2015, 8, 3), "SAU")
    assert ("MEET", "RUS", "foreign_minister", "USA", "foreign_minister") in rows
    assert not any("delegation" in row for row in rows)
