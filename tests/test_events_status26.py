"""Round-19 status and date fixes (paraphrased sentences, not corpus text)."""

from pipeline.events import extract_events


def _dates(text, published, etype):
    return sorted(
        (e["status"], str(e["event_date"]), e["date_precision"])
        for e in extract_events(text, published)
        if e["event_type"] == etype
    )


def test_tomorrow_with_a_weekday_before_publication_is_that_weekday():
    # written on Wednesday, the paper dated Friday: «غد الخميس» is the Thursday just past,
    # not the Thursday six days after publication
    text = (
        "يصل ولي ولي العهد الأمير محمد بن سلمان إلى القاهرة غد الخميس في زيارة "
        "يلتقي خلالها الرئيس عبد الفتاح السيسي."
    )
    assert _dates(text, "2015-07-31", "VISIT") == [("planned", "2015-07-30", "day")]
    assert _dates(text, "2015-07-31", "MEET") == [("planned", "2015-07-30", "day")]


def test_tomorrow_with_the_next_days_weekday_is_the_next_day():
    text = "يلتقي وزير الخارجية الإيراني محمد جواد ظريف غدا الثلاثاء نظيره العماني يوسف بن علوي."
    assert _dates(text, "2015-07-20", "MEET") == [("planned", "2015-07-21", "day")]


def test_tomorrow_with_a_weekday_two_days_ahead_stays_ahead():
    # a paper dated a day before the text was written: the nearest Tuesday is still ahead
    text = "يلتقي وزير الخارجية الإيراني محمد جواد ظريف غدا الثلاثاء نظيره العماني يوسف بن علوي."
    assert _dates(text, "2015-07-26", "MEET") == [("planned", "2015-07-28", "day")]


def test_tomorrow_with_a_weekday_two_days_behind_is_that_weekday():
    # «غدا الاثنين» in a paper dated Wednesday: Monday two days before, not five days after
    text = (
        "ويجري وزير الخارجية الأمريكي جون كيري غدا الاثنين محادثات مع نظيره الروسي "
        "سيرغي لافروف في جنيف."
    )
    assert _dates(text, "2015-07-22", "MEET") == [("planned", "2015-07-20", "day")]
