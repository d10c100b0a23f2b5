"""Contacts whose visitor, host or counterpart is told outside the trigger's own clause.

Visits told with their visitor or host outside the trigger's own clause: a speech its
speaker gave in a foreign place (presence.py, _speech_at).

Contacts whose parties are read near the trigger but were no candidate (the «near» misses).

Sentences written for these tests (not corpus text).

Counterparts the rule frames pair that they used to leave to the wide candidates, or to
nobody.

1. «لدى» right after a mention and before a state or organisation names where he serves
   («سفير النرويج لدى المملكة»): part of his title, it does not end the list of counterparts
   after a reception verb, so each ambassador listed after it is met («One event per
   counterpart»). A «لدى» before anything else («لدى وصوله») still ends the list.
2. Travellers listed after the arrival noun «وصول», each with a day of his own («وصول A
   الثلاثاء وB الأربعاء»), each arrive on their own day (a bare weekday of a planned arrival
   is the coming one).
3. An indefinite visit noun followed by «من المقرر/المتوقع أن يقوم بها X» is X's visit, as
   with a relative pronoun («الزيارة التي من المقرر أن يقوم بها X»).
4. A name or rank in apposition after a spokesman's title that is no actor of its own («وصرح
   الناطق الرسمي باسم الرئاسة المصرية السفير X بأن ...») is the spokesman: no party to the
   contact he tells of.

Contacts whose subject or counterpart is told away from their trigger: the visitor of a visit
told before a light verb and «خلالها» (during it). Sentences are invented paraphrases.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract as extract_mod
from pipeline.events import extract_events
from tests.support.events import event_rows

PUB = "2015-08-03"


def _visits(text: str, home: str = "SAU") -> set[tuple]:
    return {(e["actor1_country"], e["actor1_role"], e["location_country"])
            for e in extract_events(text, PUB, home=home) if e["event_type"] == "VISIT"}


@pytest.mark.parametrize("text, visit", [
    # the indefinite noun fronted before the verb of saying and its speaker
    ("وفي كلمة بالأردن أمس قال وزير الخارجية الأمريكي جون كيري إن الحل السياسي هو الطريق "
     "الوحيد لإنهاء الأزمة.", ("USA", "foreign_minister", "JOR")),
    # the noun with the subject's pronoun, the event between it and the place
    ("دعا الرئيس الفرنسي فرانسوا هولاند اليوم إلى تعزيز التعاون الاقتصادي خلال كلمته في "
     "المنتدى الاقتصادي بالعاصمة المغربية الرباط.", ("FRA", "head_of_state", "MAR")),
])
def test_a_speech_given_in_a_foreign_place_is_a_visit(text, visit):
    assert visit in _visits(text)


@pytest.mark.parametrize("text", [
    # the speaker at home: no visit
    "دعا الرئيس الفرنسي فرانسوا هولاند اليوم إلى تعزيز التعاون خلال كلمته في المنتدى "
    "الاقتصادي بالعاصمة الفرنسية باريس.",
    # a broadcast speech is heard from afar
    "وفي كلمة بثها التلفزيون بالأردن أمس قال وزير الخارجية الأمريكي جون كيري إن الحل "
    "السياسي هو الطريق الوحيد.",
    # the pronoun's owner is the sentence's subject, not an actor named after the noun
    "أشاد المتحدث بجهود السلام خلال كلمته في المنتدى بالعاصمة المغربية الرباط بحضور وزير "
    "الخارجية الأمريكي جون كيري.",
    # the place is the speech's topic, after «عن»: not where it was given
    "وفي كلمة عن الأردن أمس قال وزير الخارجية الأمريكي جون كيري إن الحل السياسي هو الطريق "
    "الوحيد.",
    # a place inside the speech's topic («كلمته الأوضاع في X»), not the venue of a gathering
    "وتناول الرئيس الفرنسي فرانسوا هولاند في كلمته الأوضاع في الأردن والمغرب.",
])
def test_a_speech_at_home_from_afar_or_by_nobody_named_is_no_visit(text):
    assert not any(v[2] in ("JOR", "MAR", "FRA") for v in _visits(text))


# ------------------------------------------------- the inviter named in the next sentence

def _hosts(text: str) -> set[tuple]:
    return {(e["actor1_country"], e["actor2_country"], e["actor2_role"])
            for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "VISIT"}


def test_the_inviter_of_the_visit_told_in_the_next_sentence_hosts_it():
    text = ("أفادت مصادر بأن الرئيس التونسي سيزور العاصمة الفرنسية باريس الشهر المقبل. وقال "
            "المتحدث باسم الرئاسة إن الترتيبات جارية لإنجاح الزيارة التي تأتي بدعوة رسمية من "
            "الرئيس الفرنسي فرانسوا هولاند.")
    assert ("TUN", "FRA", "head_of_state") in _hosts(text)


@pytest.mark.parametrize("text", [
    # the inviter is of another state than the visit's destination: another visit's
    "أفادت مصادر بأن الرئيس التونسي سيزور العاصمة الفرنسية باريس الشهر المقبل. وقال المتحدث "
    "باسم الرئاسة إن الزيارة التي تأتي بدعوة رسمية من الرئيس الجزائري ستتم لاحقا.",
    # another visit told before «الزيارة» in the next sentence
    "أفادت مصادر بأن الرئيس التونسي سيزور العاصمة الفرنسية باريس الشهر المقبل. وكان رئيس "
    "الوزراء الإيطالي قد زار باريس في الزيارة التي جاءت بدعوة من الرئيس الفرنسي فرانسوا "
    "هولاند.",
])
def test_an_inviter_of_another_visit_hosts_nothing(text):
    assert ("TUN", "FRA", "head_of_state") not in _hosts(text)
    assert not any(h[0] == "TUN" and h[1] == "DZA" for h in _hosts(text))


# ------------------------------------ the subject of a visit verb past the protocol adverbials

def _visit_rows(text: str) -> set[tuple]:
    return {(e["actor1_country"], e["status"], e["location_country"])
            for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "VISIT"}


def test_the_subject_after_a_blessing_a_date_and_honorifics_is_the_visitor():
    text = ("يغادر - بمشيئة الله تعالى - اليوم الاثنين 18/10/1436هـ الموافق 3/8/2015م صاحب "
            "السمو الملكي الأمير سعود الفيصل وزير الخارجية إلى المملكة المغربية في زيارة "
            "رسمية.")
    assert ("SAU", "planned", "MAR") in _visit_rows(text)


def test_an_actor_past_the_destination_and_a_comma_is_no_subject_of_the_verb():
    # «سيزور إيران في ...، بعد نظيره الفرنسي»: the French minister went before, elsewhere told
    text = ("وأعلنت الوزارة أن الوزير سيزور إيران في الرابع والخامس من أغسطس المقبل، بعد نظيره "
            "الفرنسي لوران فابيوس.")
    assert not any(v[0] == "FRA" for v in _visit_rows(text))


def _visits_arrival(text: str, published: str = "2015-08-01") -> set:
    return {(e["event_type"], e["status"], e["actor1_country"] or e["actor1_org"],
             e["actor1_role"], e["location_country"])
            for e in extract_events(text, published) if e["event_type"] == "VISIT"}


# ----------------------------------------------------------------------------- «وصول X إلى Y»

def test_arrival_noun_with_traveller_and_place_is_a_visit():
    assert _visits_arrival("ومن المقرر وصول وزير الخارجية الفرنسي الأربعاء إلى طهران.") == {
        ("VISIT", "planned", "FRA", "foreign_minister", "IRN")}
    assert _visits_arrival("وتزامن ذلك مع وصول وزير الدفاع الأمريكي أمس إلى بغداد.") == {
        ("VISIT", "reported", "USA", "defense_minister", "IRQ")}


def test_arrival_noun_traveller_is_its_genitive_not_the_subject_before():
    got = _visits_arrival("وتساءلوا هل شاهد المرشد الإيراني وصول وزير الخارجية الأمريكي إلى عدن.")
    assert {g[2] for g in got} == {"USA"}


def test_arrival_noun_of_a_thing_or_without_a_place_is_no_visit():
    # a thing arrives, not the actor read elsewhere in the sentence
    assert not _visits_arrival(
        "وقال ممثلو وسائل إعلام صينية إنهم اتصلوا للاطمئنان على وصول التمثال إلى تونس."
    )
    # no «إلى» after the traveller: the place named later is another clause's
    assert ("VISIT", "reported", "USA", "head_of_state", "ETH") not in _visits_arrival(
        "وأغلقت الشرطة الطرق عند وصول الرئيس الأمريكي الجمعة ومغادرته الأحد عندما يتوجه "
        "إلى إثيوبيا."
    )
    # coming to power is no visit
    assert not _visits_arrival("ومنذ وصول الرئيس الأمريكي إلى السلطة تراجعت العلاقات.")


PUB_LADA = "2015-08-11"

LONG_HOST = (
    "استقبل المستشار بالديوان الملكي المشرف العام على مركز الإغاثة الدكتور عبدالله "
    "الربيعة بمقر المركز اليوم، "
)


def _rule_pairs(text: str) -> set:
    """(type, actor1 country, actor2 country) of the rule frames' candidates."""
    return {
        (c.etype, c.actor1.country, c.actor2.country if c.actor2 else None)
        for c, feats in extract_mod.candidates(text, PUB_LADA, "SAU")
        if "rule=True" in feats
    }


def test_ambassadors_listed_after_a_post_are_each_met():
    text = (
        LONG_HOST + "سفير مملكة النرويج لدى المملكة رالف هانسن، وسفير فنلندا بيكا "
        "فاوتيلاينن، وسفير مملكة الدنمارك أولي ماسين، وعددا من مسؤولي السفارات."
    )
    rows = event_rows(text, PUB_LADA, "SAU")
    for state in ("NOR", "FIN", "DNK"):
        assert ("MEET", "SAU", "official", state, "official") in rows


def test_a_post_at_an_organisation_does_not_end_the_list():
    text = (
        "استقبل وزير الخارجية السعودي اليوم مندوب اليابان لدى الأمم المتحدة، "
        "وسفير فنلندا في الرياض."
    )
    assert {("MEET", "SAU", "JPN"), ("MEET", "SAU", "FIN")} <= _rule_pairs(text)


def test_a_post_word_before_a_verbal_noun_still_ends_the_list():
    # near miss: «لدى وصوله» opens a time clause, not a post: the list stops there
    text = (
        "استقبل وزير الخارجية السعودي اليوم سفير النرويج لدى وصوله إلى مقر الوزارة، وسفير فنلندا."
    )
    pairs = _rule_pairs(text)
    assert ("MEET", "SAU", "NOR") in pairs
    assert ("MEET", "SAU", "FIN") not in pairs


def _visits_lada(text: str, published: str) -> set:
    return {
        (e["event_type"], e["status"], e["actor1_country"] or e["actor1_org"], e["event_date"])
        for e in extract_mod.extract_events(text, published, home="SAU")
    }


def test_travellers_with_days_of_their_own_each_arrive_on_theirs():
    # published on a Saturday: Tuesday and Wednesday to come
    text = (
        "ويعود الوزير الإيراني إلى طهران مساء الاثنين حيث من المقرر وصول وزير الخارجية "
        "الألماني الثلاثاء ووزير الخارجية الإيطالي الأربعاء."
    )
    visits = _visits_lada(text, "2015-07-25")
    assert ("VISIT", "planned", "DEU", date(2015, 7, 28)) in visits
    assert ("VISIT", "planned", "ITA", date(2015, 7, 29)) in visits


def test_a_traveller_without_a_day_of_his_own_takes_none_from_the_list():
    # near miss: the place stands between the traveller and the day: nothing is told of B
    text = "ومن المقرر وصول وزير الخارجية الألماني الثلاثاء إلى طهران ووزير الدفاع الإيطالي."
    assert not any(v[2] == "ITA" for v in _visits_lada(text, "2015-07-25"))


def test_a_visit_scheduled_in_an_indefinite_clause_is_its_doers():
    text = "ولن يرفع العلم هناك إلا بعد زيارة من المتوقع أن يقوم بها وزير الخارجية الأمريكي."
    rule = [
        (c.etype, c.status, c.actor1.country)
        for c, feats in extract_mod.candidates(text, "2015-07-24", "SAU")
        if "rule=True" in feats
    ]
    assert rule == [("VISIT", "planned", "USA")]


def test_a_visit_before_a_time_clause_has_no_doer_from_it():
    # near miss: «من قبل أن» is a time, not a schedule: the minister is the main verb's
    text = "وقال وزير الخارجية الأمريكي إن الزيارة انتهت من قبل أن يقوم بها أحد."
    assert not any(
        c.etype == "VISIT" and c.status == "planned"
        for c, _ in extract_mod.candidates(text, "2015-07-24", "SAU")
    )


SPOKESMAN = "وصرح الناطق الرسمي باسم الرئاسة المصرية السفير علاء يوسف "


def test_a_spokesmans_rank_after_his_title_is_no_party():
    text = SPOKESMAN + "أمس بأن اللقاء شمل اجتماعا ثنائيا مع الرئيس الفرنسي فرانسوا أولاند."
    assert not any(r[1] == "EGY" and r[2] == "official" for r in event_rows(text, PUB_LADA, "SAU"))


def test_the_contact_a_spokesman_tells_of_stays():
    text = SPOKESMAN + "بأن الرئيس السيسي التقى أمس الرئيس الفرنسي فرانسوا أولاند."
    assert event_rows(text, PUB_LADA, "SAU") == [
        ("MEET", "EGY", "head_of_state", "FRA", "head_of_state")
    ]


def test_an_ambassador_who_meets_is_a_party():
    # near miss: no spokesman's title before him
    text = "والتقى السفير المصري علاء يوسف أمس الرئيس الفرنسي فرانسوا أولاند."
    assert event_rows(text, PUB_LADA, "SAU") == [
        ("MEET", "EGY", "official", "FRA", "head_of_state")
    ]


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
