"""A contact whose sentence names no day takes the lead's occasion's day for want of one; when a
later mention of the same contact names its day by a written date or a weekday («في يونيو»,
«مساء الأحد»), that day is the contact's, not the lead's."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2015, 8, 11)


def _meets(text):
    return [(e["event_date"], e["date_precision"]) for e in extract_events(text, PUB, home="SAU")
            if e["event_type"] == "MEET"]


def test_a_month_told_later_replaces_the_leads_day():
    text = ("قال وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء إن العلاقات مع السعودية تتطور. "
            "وأضاف: نولي اهتماما كبيرا لزيارة وزير الدفاع السعودي لروسيا ومحادثاته مع الرئيس "
            "الروسي فلاديمير بوتين في سان بطرسبرج. "
            "واجتمع بوتين مع وزير الدفاع السعودي في يونيو على هامش المنتدى الاقتصادي.")
    assert _meets(text) == [(date(2015, 6, 1), "month")]


def test_a_contact_told_once_keeps_the_leads_day():
    text = ("قال وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء إن العلاقات مع السعودية تتطور. "
            "وأضاف: نولي اهتماما كبيرا لزيارة وزير الدفاع السعودي لروسيا ومحادثاته مع الرئيس "
            "الروسي فلاديمير بوتين في سان بطرسبرج.")
    assert _meets(text) == [(date(2015, 8, 11), "day")]


def test_a_recalled_earlier_meeting_does_not_move_the_leads_day():
    # the meeting of the visit's day, then an earlier one recalled as background: the
    # recalled month is that earlier occasion's, not this meeting's
    lead = ("وصل وزير الخارجية السعودي عادل الجبير إلى موسكو اليوم في زيارة رسمية. "
            "والتقى الجبير الرئيس الروسي فلاديمير بوتين وبحثا العلاقات الثنائية. ")
    for recall in ("وكان بوتين قد التقى الجبير في مايو الماضي.",
                   "يذكر أن بوتين التقى الجبير في مايو الماضي."):
        assert _meets(lead + recall) == [(PUB, "day")]


def test_a_day_retold_after_the_leads_is_the_contacts_own():
    # the meeting takes the lead's Sunday, then its own Saturday from the noun that retells it
    # («اللقاء الذي عقد أمس السبت»): that day is no longer the lead's, and a later mention's
    # month does not replace it
    text = ("قالت وزارة الخارجية الروسية اليوم الأحد إن العلاقات مع السعودية تتطور. "
            "واستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السعودي عادل الجبير في موسكو. "
            "وجرى خلال اللقاء الذي عقد أمس السبت استعراض العلاقات الثنائية. "
            "واجتمع بوتين مع الجبير في أكتوبر على هامش المنتدى الاقتصادي.")
    assert [(e["event_date"], e["date_precision"])
            for e in extract_events(text, date(2015, 10, 11), home="SAU")
            if e["event_type"] == "MEET"] == [(date(2015, 10, 10), "day")]
