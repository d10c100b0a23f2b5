"""A visit told together with the talks it held, in one sentence that names no day (both take
the lead's day), whose talks a later sentence dates: the visit is dated as its talks are, not by
the lead (pipeline/events/extract.py `_visit_dated_by_its_talks`).

Invented sentences (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = "2015-08-11"
LEAD = "قال وزير الخارجية السعودي عادل الجبير اليوم الثلاثاء إن موقف المملكة لم يتغير. "
TOLD = ("وقال وزير الخارجية الروسي سيرغي لافروف: نولي اهتماما كبيرا لزيارة ولي ولي العهد ووزير "
        "الدفاع الأمير محمد بن سلمان إلى روسيا ومحادثاته مع الرئيس فلاديمير بوتين في سان "
        "بطرسبرغ. ")


def _by_type(text: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for e in extract_events(text, PUBLISHED):
        out.setdefault(e["event_type"], []).append(e)
    return out


def test_visit_takes_the_month_its_talks_are_retold_with():
    got = _by_type(LEAD + TOLD + "واجتمع بوتين مع الأمير محمد بن سلمان في يونيو على هامش "
                                 "المنتدى الاقتصادي.")
    [visit] = got["VISIT"]
    [talks] = [e for e in got["MEET"] if "RUS" in (e["actor1_country"], e["actor2_country"])]
    assert talks["event_date"] == date(2015, 6, 1) and talks["date_precision"] == "month"
    assert visit["event_date"] == date(2015, 6, 1) and visit["date_precision"] == "month"


def test_visit_keeps_the_lead_day_when_its_talks_are_not_retold():
    got = _by_type(LEAD + TOLD)
    [visit] = got["VISIT"]
    assert visit["event_date"] == date(2015, 8, 11)


def test_a_visit_told_in_another_sentence_than_the_talks_is_not_redated():
    got = _by_type(LEAD + "وأشار لافروف إلى زيارة ولي ولي العهد ووزير الدفاع الأمير محمد بن سلمان "
                          "إلى روسيا. وتناول بوتين مع الأمير محمد بن سلمان العلاقات الثنائية. "
                          "واجتمع بوتين مع الأمير محمد بن سلمان في يونيو على هامش المنتدى.")
    assert all(v["event_date"] != date(2015, 6, 1) for v in got.get("VISIT", []))
