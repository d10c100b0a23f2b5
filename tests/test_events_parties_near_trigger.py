"""Contacts whose subject or counterpart is told away from their trigger: the visitor of a visit
told before a light verb and «خلالها» (during it). Sentences are invented paraphrases."""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, published: str = "2015-08-01", home: str | None = "SAU") -> list[dict]:
    return extract_events(text, published=published, home=home)


def _meets(events: list[dict]) -> list[dict]:
    return [e for e in events if e["event_type"] == "MEET"]


def _sides(e: dict) -> set[tuple]:
    return {
        (e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
        (e["actor2_country"] or e["actor2_org"], e["actor2_role"]),
    }


# ----------------------------------------------------------------- talks held during a visit


def test_talks_a_present_light_verb_holds_during_a_visit_are_the_visitors_planned():
    text = (
        "تقوم وزيرة الخارجية الإسبانية اليوم الأحد بزيارة رسمية إلى المملكة المغربية تستغرق "
        "يومين اثنين تجري خلالها محادثات مع وزير الخارجية المغربي حول الهجرة."
    )
    meets = _meets(_events(text))
    assert len(meets) == 1, meets
    assert _sides(meets[0]) == {("ESP", "foreign_minister"), ("MAR", "foreign_minister")}
    assert meets[0]["status"] == "planned"
    assert str(meets[0]["event_date"]) == "2015-07-26"


def test_talks_during_a_visit_to_the_outlets_kingdom_name_its_minister():
    text = (
        "تقوم مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني اليوم بزيارة إلى "
        "المملكة تستغرق يوما واحدا تجري خلالها محادثات مع وزير الخارجية عادل الجبير تتعلق "
        "بالملف النووي."
    )
    meets = _meets(_events(text))
    assert len(meets) == 1, meets
    assert _sides(meets[0]) == {("EU", "official"), ("SAU", "foreign_minister")}
    assert meets[0]["status"] == "planned"


def test_talks_during_a_visit_begun_yesterday_take_the_arrivals_day():
    text = (
        "وكان قد وصل وزير الدفاع البريطاني إلى العاصمة الأردنية أمس الثلاثاء، في زيارة رسمية "
        "إلى الأردن، يجري خلالها مباحثات مع العاهل الأردني."
    )
    meets = _meets(_events(text))
    assert len(meets) == 1, meets
    assert _sides(meets[0]) == {("GBR", "defense_minister"), ("JOR", "head_of_state")}
    assert meets[0]["status"] == "planned"  # the visit's programme, as told
    assert str(meets[0]["event_date"]) == "2015-07-28"


def test_talks_held_during_a_closed_visit_take_its_month():
    text = (
        "وأشار إلى أن رئيس الحكومة التونسية أنهى أمس الأول زيارة لألمانيا دامت ثلاثة أيام، "
        "أجرى خلالها محادثات مع مسؤولي الحكومة الألمانية حول الطاقة."
    )
    meets = _meets(_events(text))
    assert len(meets) == 1, meets
    assert _sides(meets[0]) == {("TUN", "head_of_government"), ("DEU", "official")}
    assert meets[0]["status"] == "reported"
    assert meets[0]["date_precision"] == "month"
    assert str(meets[0]["event_date"]).startswith("2015-07")


def test_meetings_during_a_fair_are_no_visitors_talks():
    text = (
        "افتتح وزير الخارجية المصري أمس في القاهرة مؤتمرا كبيرا للمستثمرين العرب استمر يومين "
        "كاملين، أجريت خلالها لقاءات مع وزير الاقتصاد الألماني."
    )
    assert _meets(_events(text)) == []


def test_talks_during_a_visit_with_the_visitors_own_ambassador_are_no_contact():
    text = (
        "وكان قد وصل وزير الخارجية الأردني إلى باريس أمس الثلاثاء، في زيارة رسمية إلى فرنسا، "
        "يجري خلالها مباحثات مع السفير الأردني في فرنسا."
    )
    assert _meets(_events(text)) == []


def test_a_football_teams_stay_holds_no_talks():
    text = (
        "وكان قد وصل المنتخب الوطني لكرة القدم إلى لندن أمس الثلاثاء، في زيارة تستغرق أسبوعا، "
        "يجري خلالها مباحثات مع وزير الرياضة البريطاني."
    )
    assert _meets(_events(text)) == []


# ------------------------------------------------- a clause after «، حيث» / «، إذ» elaborating


def _calls(events: list[dict]) -> list[dict]:
    return [e for e in events if e["event_type"] == "CALL"]


def test_a_call_told_after_haith_is_the_main_clauses_receivers_on_its_day():
    text = (
        "تلقى ولي العهد السعودي أمس عدة اتصالات هاتفية من قادة دول شقيقة أدانوا الهجوم "
        "الإرهابي الذي استهدف مسجدا للمصلين في مدينة أبها أمس الأول وأودى بحياة عدد من "
        "المصلين، حيث تلقى اتصالا هاتفيا من ملك البحرين."
    )
    calls = _calls(_events(text))
    assert len(calls) == 1, calls
    assert _sides(calls[0]) == {("SAU", "official"), ("BHR", "head_of_state")}
    assert calls[0]["status"] == "reported"
    # the main clause's day (yesterday), not the attack's in the relative clause
    assert str(calls[0]["event_date"]) == "2015-07-31"


def test_a_call_told_after_idh_is_the_opening_subjects():
    text = (
        "وأقدم الرئيس الأمريكي الذي تولى الحكم عام 2009 ومد يده إلى خصومه على خطوة جريئة، "
        "إذ أجرى اتصالا هاتفيا مع الرئيس الإيراني."
    )
    calls = _calls(_events(text))
    assert len(calls) == 1, calls
    assert _sides(calls[0]) == {("USA", "head_of_state"), ("IRN", "head_of_state")}
    assert calls[0]["event_date"] is None


def test_a_clause_after_haith_naming_its_own_caller_keeps_him():
    text = (
        "وتلقى الرئيس التونسي أمس رسائل تهنئة من عدد من القادة، حيث أجرى وزير الخارجية "
        "الروسي اتصالا هاتفيا مع نظيره الأمريكي."
    )
    calls = _calls(_events(text))
    assert len(calls) == 1, calls
    assert _sides(calls[0]) == {("RUS", "foreign_minister"), ("USA", "foreign_minister")}


def test_a_clause_after_idh_about_something_else_is_no_contact():
    text = (
        "تحدث الرئيس المصري أمس في مؤتمر صحفي عن الأزمة الليبية، إذ أجرى الجيش مناورات على الحدود."
    )
    assert _events(text) == []
