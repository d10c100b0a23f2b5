"""A contact told as held a span of weeks, months or some days before now («قبل أسبوعين»,
«قبل أيام», «منذ شهر» after a past verb), or still to come after one («بعد أسبوعين»), names no
day of its own: the labelling conventions resolve days and weekdays, not weeks («الأسبوع
الماضي» and «قبل أيام» leave the date null). It does not take the lead's day either
(pipeline/events/extract.py `_span_ago_at`). A count of two to six days is a day, and a span
before «من» counts from another thing, not from now.

Invented sentences (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = "2015-08-03"  # early in its month: «قبل أيام» may fall in July
LEAD = "وصل وزير الخارجية المصري سامح شكري إلى الرياض أمس في زيارة رسمية. "


def _meets(text: str, published: str = PUBLISHED) -> list[dict]:
    return [e for e in extract_events(text, published) if e["event_type"] == "MEET"]


def test_weeks_ago_takes_no_lead_day():
    meets = _meets(LEAD + "والتقى شكري نظيره الأردني ناصر جودة قبل أسبوعين في عمان.")
    assert len(meets) == 1 and meets[0]["actor2_country"] == "JOR"
    assert meets[0]["event_date"] is None


def test_some_days_ago_early_in_the_month_takes_no_lead_day():
    meets = _meets(LEAD + "والتقى شكري نظيره الأردني ناصر جودة قبل أيام قليلة في عمان.")
    assert len(meets) == 1 and meets[0]["event_date"] is None


def test_a_month_ago_with_a_filler_takes_no_lead_day():
    meets = _meets(LEAD + "والتقى شكري نظيره الأردني ناصر جودة قبل نحو شهر في عمان.")
    assert len(meets) == 1 and meets[0]["event_date"] is None


def test_since_weeks_after_a_past_verb_takes_no_lead_day():
    meets = _meets(LEAD + "واجتمع شكري مع نظيره الأردني ناصر جودة منذ أسبوعين.")
    assert len(meets) == 1 and meets[0]["event_date"] is None


def test_talks_begun_weeks_ago_take_no_lead_day():
    text = LEAD + "وبدأت الحكومة الأفغانية وحركة طالبان مفاوضات سلام مباشرة قبل أسبوعين في باكستان."
    talks = [e for e in extract_events(text, PUBLISHED) if e["event_type"] == "NEGOTIATE"]
    assert talks and all(e["event_date"] is None for e in talks)


def test_summit_held_days_ago_in_a_relative_clause_takes_no_day():
    text = ("قال مسؤول سوداني اليوم إن الرئيس الكيني أوهورو كينياتا سيشارك في القمة، التي تأتي "
            "عقب قمة مماثلة عقدت في أديس أبابا قبل أيام وشارك فيها رئيس الوزراء الإثيوبي هايلي "
            "مريام ديسالين.")
    past = [e for e in extract_events(text, PUBLISHED)
            if e["event_type"] == "MEET" and e["status"] == "reported"]
    assert all(e["event_date"] is None for e in past)


def test_two_days_ago_is_still_a_day():
    meets = _meets(LEAD + "والتقى شكري نظيره الأردني ناصر جودة قبل يومين.")
    assert len(meets) == 1 and meets[0]["event_date"] == date(2015, 8, 1)


def test_some_days_ago_late_in_the_month_keeps_the_month():
    meets = _meets("والتقى وزير الخارجية المصري سامح شكري نظيره الأردني ناصر جودة قبل أيام.",
                   "2015-08-25")
    assert len(meets) == 1
    assert meets[0]["event_date"] == date(2015, 8, 1) and meets[0]["date_precision"] == "month"


def test_first_meeting_in_months_is_not_dated_back():
    meets = _meets("التقى وزير الخارجية المصري سامح شكري أمس نظيره الأردني ناصر جودة للمرة "
                   "الأولى منذ أشهر.")
    assert len(meets) == 1 and meets[0]["event_date"] == date(2015, 8, 2)


def test_weeks_before_another_thing_is_not_from_now():
    meets = _meets("التقى وزير الخارجية المصري سامح شكري أمس نظيره الأردني ناصر جودة قبل أسبوع "
                   "من القمة العربية.")
    assert len(meets) == 1 and meets[0]["event_date"] == date(2015, 8, 2)


def test_a_meeting_a_count_of_days_is_counted_back_from_takes_no_lead_day():
    text = (LEAD + "ونفت الحركة هذه التصريحات التي صدرت قبل يومين فقط من أول لقاء مباشر بين ممثلي "
            "حركة طالبان والحكومة الأفغانية.")
    talks = [e for e in extract_events(text, PUBLISHED) if e["event_type"] in ("MEET", "NEGOTIATE")]
    assert talks and all(e["event_date"] is None for e in talks)


# ---------------------------------------- a span told of someone else, or a month's name

def test_a_span_in_a_relative_clause_on_the_object_is_not_the_contacts():
    # «الذي تولى منصبه قبل أسابيع»: when he took office, not when they met (the lead's day)
    meets = _meets(LEAD + "والتقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي فرانسوا هولاند "
                          "الذي تولى منصبه قبل أسابيع.", "2015-07-22")
    assert len(meets) == 1 and meets[0]["event_date"] == date(2015, 7, 21)


def test_a_span_after_a_participle_on_the_object_is_not_the_contacts():
    meets = _meets(LEAD + "والتقى شكري الرئيس اليمني عبد ربه منصور هادي العائد إلى عدن منذ "
                          "أسابيع.", "2015-07-22")
    assert len(meets) == 1 and meets[0]["event_date"] == date(2015, 7, 21)


def test_the_visit_a_relative_clause_opens_keeps_its_span():
    # near-miss: the relative pronoun right after the contact noun is the contact's own clause
    text = LEAD + "وتأتي الزيارة بعد الزيارة التي قام بها شكري إلى الأردن قبل أسابيع."
    visits = [e for e in extract_events(text, "2015-07-22") if e["event_type"] == "VISIT"
              and e["location_country"] == "JOR"]
    assert visits and all(e["event_date"] is None for e in visits)


def test_a_month_named_after_shahr_is_no_span():
    from pipeline.events.extract import _span_unit_end
    assert _span_unit_end(["قبل", "شهر", "رمضان"], 0) is None
    assert _span_unit_end(["قبل", "شهر", "يوليو"], 0) is None
    assert _span_unit_end(["قبل", "شهر", "في", "عمان"], 0) == 2  # near-miss: a month ago
