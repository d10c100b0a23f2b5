"""Two contacts of one pair and type in one article (pipeline/events/extract.py, _merge).

An article may tell the same pair's contact twice (the lead, then its details: one event) or
two contacts of that pair (a meeting today and one recalled from weeks ago; a visit called off
and one set for a new day: two events). These pin what the merge of candidates keeps apart and
what it joins. Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _events(text: str, published: str = "2016-06-13") -> list[tuple]:
    return sorted((e["event_type"], e["status"], e["event_date"], e["date_precision"])
                  for e in extract_events(text, published))


def test_a_meeting_today_and_one_recalled_on_another_day_are_two():
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الأردني ناصر جودة اليوم الاثنين في "
            "الرياض. وكان الجبير قد التقى جودة في عمان في الرابع من مايو الماضي.")
    assert _events(text) == [("MEET", "reported", date(2016, 5, 4), "day"),
                             ("MEET", "reported", date(2016, 6, 13), "day")]


def test_a_visit_called_off_and_one_set_for_a_new_day_are_two():
    text = ("أعلنت الخارجية التونسية إرجاء زيارة وزير الخارجية الفرنسي إلى تونس التي كانت مقررة "
            "يوم الخميس. ومن المنتظر أن يزور الوزير الفرنسي تونس يوم 20 جويلية.")
    assert [e[:2] for e in _events(text)] == [("VISIT", "cancelled"), ("VISIT", "planned")]
    assert _events(text)[1][2] == date(2016, 7, 20)


def test_one_meeting_told_twice_is_one():
    # near-miss: the lead, then «وخلال اللقاء» telling the same meeting's talks
    text = ("التقى الرئيس التونسي الباجي قائد السبسي اليوم الاثنين بقصر قرطاج الرئيس الجزائري "
            "عبد العزيز بوتفليقة. وخلال اللقاء، بحث الرئيس التونسي مع الرئيس الجزائري سبل دعم "
            "التعاون الثنائي.")
    assert _events(text) == [("MEET", "reported", date(2016, 6, 13), "day")]


def test_one_visit_told_twice_is_one():
    # near-miss: the arrival, then the same visit named again with its length
    text = ("وصل وزير الخارجية الفرنسي جان إيف لودريان اليوم الاثنين إلى تونس في زيارة رسمية. "
            "وتستغرق زيارة الوزير الفرنسي إلى تونس يومين يلتقي خلالها كبار المسؤولين.")
    assert [e for e in _events(text) if e[0] == "VISIT"] == [
        ("VISIT", "reported", date(2016, 6, 13), "day")]
