"""Status and dates of found events (round 18): invented sentences with near misses."""

from pipeline.events import extract_events


def _visits(text: str, published: str) -> dict[str, tuple]:
    return {
        e["location_name"]: (
            e["status"],
            e["event_date"] and str(e["event_date"]),
            e["date_precision"],
        )
        for e in extract_events(text, published)
        if e["event_type"] == "VISIT"
    }


LEAD = "وصل وزير الدفاع الأمريكي آشتون كارتر اليوم إلى بغداد في زيارة غير معلنة. "


def test_past_stops_listed_together_take_no_day_of_the_lead():
    visits = _visits(
        LEAD + "وتأتي زيارة كارتر ضمن جولة إقليمية شملت حتى الآن السعودية والأردن وإسرائيل.",
        "2015-07-23",
    )
    assert visits["Baghdad"] == ("reported", "2015-07-23", "day")
    for place in ("Saudi Arabia", "Jordan", "Israel"):
        assert visits[place] == ("reported", None, None)


def test_stops_listed_with_a_day_of_their_own_keep_it():
    visits = _visits("زار وزير الخارجية الإيراني محمد جواد ظريف أمس الكويت وقطر.", "2015-07-27")
    assert visits["Kuwait"] == ("reported", "2015-07-26", "day")
    assert visits["Qatar"] == ("reported", "2015-07-26", "day")


def test_two_visit_words_are_no_list_of_stops():
    visits = _visits(LEAD + "وتأتي زيارة كارتر للعراق بعد زيارة للأردن.", "2015-07-23")
    assert visits["Jordan"] == ("reported", "2015-07-23", "day")


def test_stops_to_come_keep_the_day_of_the_tour():
    visits = _visits(
        "أعلنت الخارجية اليوم أن الوزير محمد جواد ظريف يبدأ غدا جولة. "
        "ومن المقرر أن يزور ظريف الكويت وقطر.",
        "2015-07-25",
    )
    # (the day the lead names is the first stop's; the later one falls within the week after)
    assert visits["Kuwait"] == ("planned", "2015-07-26", "day")
    assert visits["Qatar"] == ("planned", None, None)


ANNOUNCED = (
    "وأعلن مسؤول عسكري أميركي الخميس أن تركيا سمحت للولايات المتحدة باستخدام قاعدة إنجرليك. "
)
CALL = "محادثة هاتفية بين الرئيس الأميركي باراك أوباما ونظيره التركي رجب طيب أردوغان."


def _calls(text: str) -> list[tuple]:
    return [
        (e["status"], e["event_date"] and str(e["event_date"]), e["actor2_country"])
        for e in extract_events(text, "2015-07-24")
        if e["event_type"] == "CALL"
    ]


def test_the_eve_of_the_news_told_the_sentence_before():
    calls = _calls(ANNOUNCED + "ويأتي الإعلان عن هذا الاتفاق غداة " + CALL)
    assert calls == [("reported", "2015-07-22", "TUR")]


def test_the_eve_of_a_saying_takes_no_day_of_the_sentence_before():
    # the saying's day is not told: «وقال أوباما غداة ...» is no news of the sentence before
    calls = _calls(
        ANNOUNCED
        + "وقال أوباما غداة "
        + CALL.replace("بين", "مع").replace("الرئيس الأميركي باراك أوباما ونظيره", "نظيره")
    )
    assert [c[1] for c in calls] == [None]
