"""Misfires of this round's rules on invented sentences, and their near misses: the day a
visit is closed on is its closing clause's own (an arrival day told in another clause of the
sentence still dates it); talks held during a closed visit keep a day their own clause tells;
a definite meeting noun with a month of its own is a meeting of its own, not the talks before
it told again. Sentences are invented paraphrases."""

from __future__ import annotations

from pipeline.events import extract_events

PUBLISHED = "2015-08-06"  # a Thursday


def _of_type(text: str, etype: str) -> list[dict]:
    return [e for e in extract_events(text, PUBLISHED) if e["event_type"] == etype]


def _pair(e: dict) -> list[str]:
    return sorted(str(e[f"{k}_country"] or e[f"{k}_org"]) for k in ("actor1", "actor2"))


# ------------------------------------------------------------------ a visit told as closed


def test_an_arrival_day_in_another_clause_dates_the_closed_visit():
    text = "اختتم ولي العهد السعودي زيارته إلى فرنسا أمس، وكان قد وصل إلى باريس يوم السبت الماضي."
    [visit] = _of_type(text, "VISIT")
    assert visit["location_country"] == "FRA"
    assert visit["status"] == "reported"
    assert str(visit["event_date"]) == "2015-08-01"


def test_near_miss_the_closed_visit_told_alone_stays_undated():
    text = "اختتم ولي العهد السعودي زيارته إلى فرنسا أمس، وقال إن المباحثات كانت مثمرة."
    [visit] = _of_type(text, "VISIT")
    assert visit["location_country"] == "FRA"
    assert visit["event_date"] is None


# ------------------------------------------------------ talks held during a closed visit


def test_talks_during_a_closed_visit_keep_the_day_their_clause_tells():
    text = (
        "اختتم وزير الخارجية الأردني أمس الأول زيارة إلى واشنطن، أجرى خلالها محادثات مع "
        "وزير الخارجية الأمريكي يوم الثلاثاء الماضي."
    )
    [meet] = _of_type(text, "MEET")
    assert _pair(meet) == ["JOR", "USA"]
    assert meet["status"] == "reported"
    assert meet["date_precision"] == "day"
    assert str(meet["event_date"]) == "2015-08-04"


def test_near_miss_talks_during_a_closed_visit_with_no_day_take_its_month():
    text = (
        "اختتم وزير الخارجية الأردني أمس الأول زيارة إلى واشنطن، أجرى خلالها محادثات مع "
        "وزير الخارجية الأمريكي حول الأزمة السورية."
    )
    [meet] = _of_type(text, "MEET")
    assert _pair(meet) == ["JOR", "USA"]
    assert meet["date_precision"] == "month"
    assert str(meet["event_date"]) == "2015-08-01"


# ------------------------------------------- a meeting agreed during talks, with its own month


def test_a_meeting_agreed_for_next_month_during_talks_is_planned():
    text = (
        "اتفق وزيرا خارجية الهند وباكستان خلال محادثات بينهما أمس على اللقاء مجددا في "
        "نيويورك الشهر المقبل."
    )
    planned = [e for e in _of_type(text, "MEET") if e["status"] == "planned"]
    assert [_pair(e) for e in planned] == [["IND", "PAK"]]
    assert planned[0]["date_precision"] == "month"
    assert str(planned[0]["event_date"]) == "2015-09-01"


def test_near_miss_a_meeting_agreed_with_no_time_of_its_own_is_the_talks():
    text = "اتفق وزيرا خارجية الهند وباكستان خلال محادثات بينهما أمس على اللقاء مجددا خلال أسابيع."
    meets = _of_type(text, "MEET")
    assert [(e["status"], _pair(e)) for e in meets] == [("reported", ["IND", "PAK"])]
    assert str(meets[0]["event_date"]) == "2015-08-05"


# ------------------------------------ how many sides a meeting has, before its future verb


def test_a_bilateral_meeting_noun_before_a_future_verb_is_planned():
    text = (
        "أعلنت الخارجية الروسية أمس أن لقاء ثنائيا سيعقد في الدوحة اليوم يضم وزير "
        "الخارجية الروسي مع نظيره الأمريكي."
    )
    meets = _of_type(text, "MEET")
    assert [(e["status"], _pair(e)) for e in meets] == [("planned", ["RUS", "USA"])]
    assert str(meets[0]["event_date"]) == "2015-08-06"


def test_a_definite_three_sided_meeting_before_a_future_verb_is_planned():
    text = (
        "أعلنت الخارجية الروسية أمس أن اللقاء الثلاثي سيعقد في الدوحة اليوم ويضم وزير "
        "الخارجية الروسي مع نظيريه الأمريكي والسعودي."
    )
    meets = _of_type(text, "MEET")
    assert sorted(_pair(e) for e in meets) == [["RUS", "SAU"], ["RUS", "USA"]]
    assert {e["status"] for e in meets} == {"planned"}


def test_near_miss_a_bilateral_meeting_held_yesterday_stays_reported():
    text = (
        "أعلنت الخارجية الروسية أن لقاء ثنائيا عقد في الدوحة أمس يضم وزير الخارجية الروسي "
        "مع نظيره الأمريكي."
    )
    meets = _of_type(text, "MEET")
    assert [(e["status"], _pair(e)) for e in meets] == [("reported", ["RUS", "USA"])]
