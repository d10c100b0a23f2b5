"""Parties named in the sentence before, taken up by a pronoun or left out («وأجرى معه X
محادثات», «وأعلن أنه سيزور المملكة», «والتقى الاثنان»), and the near-miss where someone
else is named in between (pipeline/events/frames.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract as extract_mod
from pipeline.events import extract_events

PUB = "2017-03-05"


def _pairs(text: str, etype: str = "MEET") -> set:
    """(actor1 key, actor2 key), each «country or org:role», of the rule candidates of a type."""
    out = set()
    for c, feats in extract_mod.candidates(text, PUB, "TUN"):
        typed = "MEET" if c.etype == "DISCUSS" else c.etype
        if typed != etype or "rule=True" not in feats:
            continue
        keys = [f"{a.country or a.org}:{a.role}" if a is not None else None
                for a in (c.actor1, c.actor2)]
        out.add(tuple(keys))
    return out


ARRIVAL = "وصل وزير الخارجية الفرنسي إلى تونس اليوم في زيارة رسمية. "


# ----------------------------------------------------------------------------- «معه», «به»

def test_with_pronoun_after_a_light_verb_is_the_one_named_before():
    assert _pairs(ARRIVAL + "وأجرى معه رئيس الجمهورية محادثات تناولت العلاقات الثنائية.") \
        == {("TUN:head_of_state", "FRA:foreign_minister")}
    assert _pairs(ARRIVAL + "وعقد معه رئيس الحكومة جلسة عمل.") \
        == {("TUN:head_of_government", "FRA:foreign_minister")}
    # the subject before the pronoun: «وأجرى X معه محادثات»
    assert _pairs(ARRIVAL + "وأجرى رئيس الجمهورية معه محادثات.") \
        == {("TUN:head_of_state", "FRA:foreign_minister")}


def test_with_pronoun_after_a_verb_is_the_one_named_before():
    assert _pairs(ARRIVAL + "وبحث معه رئيس الحكومة العلاقات الثنائية.") \
        == {("TUN:head_of_government", "FRA:foreign_minister")}
    assert _pairs(ARRIVAL + "واجتمع به رئيس الحكومة بقصر القصبة.") \
        == {("TUN:head_of_government", "FRA:foreign_minister")}


def test_bi_pronoun_of_a_thing_is_no_one_met():
    # «استقبل به»: welcomed it with; «تحدث بها»: spoke them; a relative clause's pronoun
    assert not _pairs("ويقول محللون إن الترحيب الحذر الذي استقبل به المرشد الإيراني الاتفاق "
                      "يهدف إلى إعفائه من اللوم.")
    assert not _pairs("وانتقد رئيس الحكومة العراقي التصريحات. وقد تحدث بها وزير الخارجية "
                      "السعودي أمس.", "CALL")


def test_with_pronoun_without_a_subject_after_it_pairs_no_one():
    # «وبحث معه العلاقات»: no subject after the pronoun, nobody new is paired
    assert _pairs(ARRIVAL + "وبحث معه العلاقات الثنائية.") == set()


# ----------------------------------------------------------------------------- «أنه سيزور»

def test_visit_verb_with_pronoun_subject_is_the_last_subject():
    got = _pairs("وأعرب وزير الخارجية الألماني عن ارتياحه لتطورات الأوضاع في اليمن. "
                 "وأعلن أنه سيزور السعودية الشهر المقبل.", "VISIT")
    assert ("DEU:foreign_minister", None) in got
    got = _pairs("وأعرب وزير الخارجية الألماني عن ارتياحه لتطورات الأوضاع في اليمن. "
                 "وسيزور الرياض الشهر المقبل.", "VISIT")
    assert ("DEU:foreign_minister", None) in got


def test_visit_verb_with_pronoun_subject_needs_the_opening_subject_before():
    # the one named deep in the sentence before (a genitive) is not the pronoun's
    assert not _pairs("ويكشف ضابط سابق كان يعمل في مخابرات الرئيس الليبي أن الرجل كان "
                      "مرصودا في مصر. كان يزور مناطق في اليمن أيضا.", "VISIT")


# ----------------------------------------------------------------------------- «الاثنان»

def test_the_two_are_the_two_named_before():
    got = _pairs("قال رئيس الوزراء الماليزي إن أمير قطر أبدى اهتماما بالصندوق. "
                 "والتقى الاثنان في كوالالمبور الجمعة الماضية.")
    assert {tuple(sorted(p)) for p in got} == {("MYS:head_of_government", "QAT:head_of_state")}


# ----------------------------------------------------------------------------- the near-miss

def test_during_the_visit_with_someone_else_named_since_borrows_no_one():
    # «خلالها» stands for the visit of the first sentence's visitor, the topic of the second
    # is another: the Italian minister does not meet the president
    text = (ARRIVAL + "وقال وزير الخارجية الإيطالي إن بلاده تدعم ليبيا. "
            "ويلتقي خلالها رئيس الجمهورية.")
    assert not any("ITA:foreign_minister" in p for p in _pairs(text))
    # with nobody named in between, the visitor meets him
    text = ARRIVAL + "وتستمر الزيارة يومين. ويلتقي خلالها رئيس الجمهورية."
    assert ("FRA:foreign_minister", "TUN:head_of_state") in _pairs(text)


# ----------------------------------------------------------------------------- «حيث»

def test_arrival_in_a_where_clause_goes_to_the_place_before_it():
    got = _pairs("ويتوقع أن يعود وزير الخارجية الإيراني إلى طهران مساء الاثنين حيث من المقرر "
                 "وصول وزيرة خارجية الاتحاد الأوروبي الثلاثاء.", "VISIT")
    assert ("EU:foreign_minister", None) in got


def test_arrival_in_a_where_clause_needs_a_place_right_before_it():
    # «حيث» with no place before it («where»: as): the arrival noun has no destination
    assert not _pairs("وأكد وزير الخارجية الإيراني أهمية التعاون حيث من المقرر وصول وزيرة "
                      "خارجية الاتحاد الأوروبي الثلاثاء.", "VISIT")
    # someone named between «حيث» and the noun: the noun is another clause's
    assert ("EU:foreign_minister", None) not in _pairs(
        "ويعود وزير الخارجية الإيراني إلى طهران حيث قال الرئيس الإيراني إن وصول وزيرة "
        "خارجية الاتحاد الأوروبي قريب.", "VISIT")


# ----------------------------------------------------------------------------- «وصول A وB»

def test_arrival_noun_travellers_joined_by_wa_each_arrive():
    got = _pairs("ومن المقرر وصول وزير الخارجية الفرنسي ووزير الخارجية الألماني إلى طهران "
                 "الأسبوع المقبل.", "VISIT")
    assert {("FRA:foreign_minister", None), ("DEU:foreign_minister", None)} <= got


def test_arrival_noun_second_traveller_with_a_day_of_his_own_arrives_too():
    # «وصول A الثلاثاء وB الأربعاء»: B arrives as well, on his own day (its date is tested
    # in test_events_parties_near_trigger.py)
    got = _pairs("ويعود وزير الخارجية الإيراني إلى طهران الاثنين حيث من المقرر وصول وزيرة "
                 "خارجية الاتحاد الأوروبي الثلاثاء ووزير الخارجية الفرنسي الأربعاء.", "VISIT")
    assert ("EU:foreign_minister", None) in got
    assert ("FRA:foreign_minister", None) in got


# «كما تلقى سموه اتصالا من ...»: the receiver of the calls told one after another


def _received_calls(text: str) -> list[dict]:
    events = extract_events(text, published="2015-08-03", home="SAU")
    return [e for e in events if e["event_type"] == "CALL"]


def test_the_honorific_after_a_second_receive_verb_is_the_receiver():
    text = (
        "تلقى ولي العهد السعودي الأمير محمد بن نايف اتصالا هاتفيا من ولي عهد البحرين الأمير "
        "سلمان بن حمد أعرب فيه عن إدانته للهجوم. كما تلقى سموه اتصالا هاتفيا من الشيخ سيف بن "
        "زايد وزير الداخلية الإماراتي عبر فيه عن تعازيه."
    )
    calls = _received_calls(text)
    assert len(calls) == 2, calls
    for e in calls:
        assert e["actor1_country"] == "SAU"
    assert {e["actor2_country"] for e in calls} == {"BHR", "ARE"}


def test_the_receiver_keeps_the_office_his_title_named():
    text = (
        "تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف اتصالا هاتفيا من ولي عهد "
        "البحرين الأمير سلمان بن حمد. وتلقى سموه أيضا اتصالا هاتفيا من وزير الداخلية الكويتي."
    )
    kwt = [e for e in _received_calls(text) if "KWT" in (e["actor1_country"], e["actor2_country"])]
    assert len(kwt) == 1, kwt
    assert (kwt[0]["actor1_country"], kwt[0]["actor1_role"]) == ("SAU", "official")


def test_the_honorific_after_another_verb_is_still_the_last_named():
    # near miss: «وأعرب سموه» after the call is the caller, who spoke (no second contact)
    text = (
        "تلقى ولي العهد السعودي الأمير محمد بن نايف اتصالا هاتفيا من ولي عهد البحرين الأمير "
        "سلمان بن حمد. وأعرب سموه عن تعازيه لأسر الشهداء."
    )
    calls = _received_calls(text)
    assert len(calls) == 1, calls
    assert {calls[0]["actor1_country"], calls[0]["actor2_country"]} == {"SAU", "BHR"}


def test_a_caller_after_from_is_not_the_receiver():
    # near miss: the first sentence's receive verb has no subject before «من»; the honorific
    # of the next call then names the last prince, as before
    text = (
        "وفي هذا السياق تلقى اتصالا هاتفيا من ولي عهد البحرين الأمير سلمان بن حمد. "
        "واستقبل ولي العهد السعودي الأمير محمد بن نايف اليوم سفير فرنسا لدى المملكة."
    )
    events = extract_events(text, published="2015-08-03", home="SAU")
    assert all(e["actor1_country"] != "BHR" or e["event_type"] == "CALL" for e in events), events
