"""«سيتم عقد لقاء»: after the passive auxiliary of the future or present, or a word of a
contact scheduled, the letters of the past verb «عقد» read as its verbal noun, a contact
still to come (pipeline/events/triggers.py, grammar.yaml masdar_to_come_before).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events
from pipeline.events.triggers import _future_verb


def _dated(text: str, published: str = "2015-08-01") -> set:
    """(type, status, date) of each event of a text."""
    return {(e["event_type"], e["status"],
             e["event_date"].isoformat() if e["event_date"] else None)
            for e in extract_events(text, published)}


def test_future_passive_holding_of_a_meeting_is_planned_and_dated():
    text = ("وأعلن نائب الوزير أنه سيتم عقد لقاء في الثالث من أغسطس المقبل بين وزير الخارجية "
            "الروسي سيرجي لافروف ونظيره الأمريكي جون كيري في الدوحة.")
    assert _dated(text) == {("MEET", "planned", "2015-08-03")}
    # the light verb before a meeting noun as well
    text = ("وأعلن أنه سيتم عقد اجتماع بين وزير الخارجية الروسي سيرجي لافروف ونظيره "
            "الأمريكي جون كيري.")
    assert _dated(text) == {("MEET", "planned", None)}


def test_scheduled_holding_of_a_meeting_is_planned():
    text = ("وأكد السفير أنه من المنتظر عقد اجتماع يوم 23 أغسطس بين وزير الخارجية التونسي "
            "ونظيره الإيطالي.")
    assert _dated(text) == {("MEET", "planned", "2015-08-23")}


def test_past_passive_holding_of_a_meeting_stays_reported():
    # near miss: «تم عقد» is the past: the meeting was held
    text = ("وأعلن أنه تم عقد اجتماع بين وزير الخارجية الروسي سيرجي لافروف ونظيره "
            "الأمريكي جون كيري.")
    assert _dated(text) == {("MEET", "reported", None)}
    text = "وعقد وزير الخارجية الروسي سيرجي لافروف لقاء مع نظيره الأمريكي جون كيري أمس."
    assert _dated(text) == {("MEET", "reported", "2015-07-31")}


def test_the_future_auxiliary_is_a_future_verb():
    assert _future_verb("سيتم") and _future_verb("وسيتم") and _future_verb("ستتم")
    assert not _future_verb("يتم") and not _future_verb("سيد")


# «أعلن عن عقد اجتماع», «إمكانية عقد لقاء», «سيتخللها عقد قمة»: the word before «عقد» governs it
# as the verbal noun «holding» (grammar.yaml masdar_governors): a contact named, not told as held


def test_announced_holding_of_a_meeting_is_planned():
    text = ("وأعلن رئيس الحزب عن عقد اجتماع بين وزير الخارجية الجزائري ونظيره التونسي حول "
            "الأزمة الليبية.")
    assert _dated(text) == {("MEET", "planned", None)}


def test_possible_holding_of_a_meeting_is_planned():
    text = ("وتحدث الدبلوماسي عن إمكانية عقد لقاء بين وزير الخارجية الجزائري ونظيره التونسي "
            "في الجزائر.")
    assert _dated(text) == {("MEET", "planned", None)}


def test_holding_a_summit_a_visit_will_include_is_planned():
    text = ("ودعا الرئيس القبرصي الرئيس التونسي إلى زيارة نيقوسيا، موضحا أنه سيتخللها عقد "
            "قمة بين رئيسي البلدين.")
    assert ("MEET", "planned", None) in _dated(text)
    assert not any(s == "reported" for _, s, _ in _dated(text))


def test_near_miss_announced_holding_with_a_past_day_stays_reported():
    text = ("وأعلن رئيس الحزب عن عقد اجتماع أمس بين وزير الخارجية الجزائري ونظيره "
            "التونسي.")
    assert _dated(text) == {("MEET", "reported", "2015-07-31")}


def test_near_miss_governed_talks_noun_is_no_holding():
    # only «عقد» is read so: «عن تفاوض» names talks going on, as before
    text = "وكشف المسؤولون عن تفاوض باكستان مع الصين لشراء غواصات حديثة."
    assert all(s == "reported" for _, s, _ in _dated(text))


def test_near_miss_governed_holding_told_in_a_past_week_stays_reported():
    # «الأسبوع الماضي», «قبل أيام», «مؤخرا» name no day, yet put the holding in the past:
    # revealed or announced, the contact was held
    for when in ("الأسبوع الماضي", "قبل أيام", "مؤخرا"):
        text = ("وكشفت مصادر دبلوماسية عن عقد لقاء سري بين وزير الخارجية الجزائري رمطان "
                f"لعمامرة ونظيره التونسي الطيب البكوش في تونس {when}.")
        assert {s for _, s, _ in _dated(text)} == {"reported"}, when


def test_governed_holding_in_the_coming_week_stays_planned():
    text = ("وأعلن رئيس الحزب عن عقد اجتماع بين وزير الخارجية الجزائري ونظيره التونسي "
            "الأسبوع المقبل.")
    assert {s for _, s, _ in _dated(text)} == {"planned"}


def test_near_miss_governed_holding_of_a_meeting_that_brought_them_together_is_reported():
    # «جمع» right after the noun: the meeting that brought them together, held
    text = ("وأعلن الناطق باسم الخارجية عن عقد لقاء جمع وزير الخارجية الجزائري رمطان لعمامرة "
            "ونظيره التونسي الطيب البكوش في تونس.")
    assert {s for _, s, _ in _dated(text)} == {"reported"}
    # «يجمع», the present, is a meeting to come
    text = ("وأعلن الناطق باسم الخارجية عن عقد لقاء يجمع وزير الخارجية الجزائري رمطان لعمامرة "
            "ونظيره التونسي الطيب البكوش في تونس.")
    assert {s for _, s, _ in _dated(text)} == {"planned"}


def test_near_miss_holding_a_result_verb_tells_is_reported():
    # «أسفرت / تمخضت ... عن عقد لقاء»: «عن» after a verb of outcome tells what came of it, a
    # contact held, not one named to come
    for verb in ("وتمخضت", "وأسفرت"):
        text = (f"{verb} الجهود العمانية عن عقد لقاء بين وزير الخارجية الإيراني محمد جواد "
                "ظريف ونظيره السعودي عادل الجبير في مسقط.")
        assert {s for _, s, _ in _dated(text)} == {"reported"}, verb


def test_past_week_of_another_clause_leaves_the_governed_holding_planned():
    # «الأسبوع الماضي» after «لبحث ...» times what is to be discussed, not the holding
    text = ("وأعلن الناطق باسم الخارجية عن عقد اجتماع بين وزير الخارجية الجزائري ونظيره "
            "التونسي لبحث ما اتفق عليه الرئيسان الأسبوع الماضي.")
    assert {s for _, s, _ in _dated(text)} == {"planned"}
