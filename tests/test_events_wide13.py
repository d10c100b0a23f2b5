"""A contact verb in a relative clause on a visit («في زيارة ... يلتقي خلالها مع Y»: during
it) has the visitor for subject however far back the visitor is named (frames.py), keeps the
visit's day told after the visitor (extract._date), and, present, stays planned as the visit's
programme (extract._trip_purpose); a meeting verb that «إذ» opens after a visit has its
traveller for subject, as after «حيث» (frames._where_visitor).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from tests.support.events import role_pairs

PUBLISHED = date(2015, 7, 31)  # a Friday: «يوم الأربعاء» is 29 July


def _meets(text: str) -> list[dict]:
    return [e for e in extract_events(text, PUBLISHED) if e["event_type"] == "MEET"]


def test_visit_clause_verb_far_from_the_visitor():
    text = ("وصل وزير الخارجية الإيطالي باولو جنتيلوني يوم الأربعاء إلى القاهرة في زيارة "
            "رسمية لمدة يومين يلتقي خلالها مع الرئيس المصري عبد الفتاح السيسي.")
    meets = _meets(text)
    assert [(e["actor1_country"], e["actor2_country"]) for e in meets] == [("ITA", "EGY")]
    assert meets[0]["status"] == "planned"
    assert meets[0]["event_date"] == date(2015, 7, 29)


def test_past_verb_of_the_visit_clause():
    text = ("وكان وزير الخارجية الإيطالي قد أجرى زيارة رسمية إلى مصر استمرت يومين في منتصف "
            "يونيو الماضي اجتمع خلالها بالرئيس المصري عبد الفتاح السيسي.")
    assert ("MEET", ("EGY:head_of_state", "ITA:foreign_minister")) in role_pairs(
        text, PUBLISHED, None)


def test_near_miss_other_adverb_is_no_visit_clause():
    # «بعدها» (after it) is no clause on the visit: no rule pairs the far visitor
    text = ("وصل وزير الخارجية الإيطالي باولو جنتيلوني يوم الأربعاء إلى القاهرة في زيارة "
            "رسمية لمدة يومين يلتقي بعدها مع الرئيس المصري عبد الفتاح السيسي.")
    from pipeline.events import extract as X
    ruled = [c for c, f in X.candidates(text, PUBLISHED, None)
             if "rule=True" in f and c.etype == "MEET"]
    assert ruled == []


def test_near_miss_announcement_day_is_not_the_meetings():
    # «مساء أمس» dates the announcement, told before the visitor: the meeting has no day
    text = ("وأعلن الديوان مساء أمس أن وزير الخارجية الإيطالي سيغادر إلى مصر في زيارة "
            "يلتقي خلالها بالرئيس المصري عبد الفتاح السيسي.")
    meets = _meets(text)
    assert meets and all(e["event_date"] != date(2015, 7, 30) for e in meets)


def test_verb_after_idh_has_the_visitor_for_subject():
    # «إذ» opens a clause on the visit told before it, as «حيث» does: its traveller meets Y
    text = ("وأضاف الوزير أن الملف سيطرح خلال زيارة وزير الخارجية الإيطالي إلى القاهرة في 29 "
            "الحالي، إذ سيلتقي الرئيس عبد الفتاح السيسي ووزير الخارجية المصري سامح شكري.")
    pairs = role_pairs(text, PUBLISHED, None)
    assert ("MEET", ("EGY:head_of_state", "ITA:foreign_minister")) in pairs
    assert ("MEET", ("EGY:foreign_minister", "ITA:foreign_minister")) in pairs


def test_near_miss_idh_clause_with_its_own_subject():
    # «إذ التقى A بـB»: the clause names its own subject, not the visitor
    text = ("وأضاف الوزير أن الملف طرح خلال زيارة وزير الخارجية الإيطالي إلى القاهرة، إذ "
            "التقى الرئيس المصري عبد الفتاح السيسي بوزير الخارجية الأردني.")
    pairs = role_pairs(text, PUBLISHED, None)
    assert ("MEET", ("EGY:head_of_state", "ITA:foreign_minister")) not in pairs
