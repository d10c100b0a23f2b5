"""The day a contact takes from outside its own words, or does not: a day fronted before two
verbs of one subject joined by «و» dates both; a contact told as recent («مؤخرا») or a visit
someone is invited to names no day, and takes neither the lead's day nor the sentence before's;
an undated contact goes on with the dated story of one of its parties the sentence before.

Sentences written for these tests (not corpus text). The learned scorer is switched off.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events

PUB = "2015-08-06"  # a Thursday


pytestmark = pytest.mark.usefixtures("rules_alone")


def _events(text: str, etype: str, published: str = PUB) -> list[tuple]:
    return [(e["status"], e["event_date"]) for e in extract_events(text, published)
            if e["event_type"] == etype]


# ----------------------------------------------------------------------------- conjoined verbs
# two verbs of one subject joined by «و» share the time adverb before the first: a chronology
# «- 14 أبريل : X يزور القاهرة ويلتقي بالرئيس» tells the meeting on that day, as the visit

@pytest.mark.parametrize("text, day", [
    ("- 14 أبريل (نيسان) : ولي العهد السعودي يزور القاهرة ويلتقي بالرئيس المصري.",
     date(2015, 4, 14)),
    ("- 3 مارس : وزير الخارجية التونسي يزور الجزائر ويجتمع بنظيره الجزائري.",
     date(2015, 3, 3)),
])
def test_conjoined_verb_shares_the_fronted_day(text, day):
    assert ("reported", day) in _events(text, "MEET")


def test_conjoined_verb_after_a_reported_clause_stays_to_come():
    # near miss: the verbs stand in a clause opened by «أن» after a dated statement verb: the
    # day is the statement's, the visit and the meeting are still announced
    text = ("أعلن الديوان الملكي في 14 أبريل أن ولي العهد السعودي يزور القاهرة "
            "ويلتقي بالرئيس المصري.")
    assert _events(text, "MEET") == [("planned", None)]


# ----------------------------------------------------------------------------- «مؤخرا»
# a contact told as recent («مؤخرا») names no day of its own: it takes neither the lead's
# day nor the day of the clause that tells it

LEAD = "قال مسؤول إيراني رفيع اليوم الاثنين إن قرار قطع العلاقات لن يساعد في إنهاء الأزمة.\n"


@pytest.mark.parametrize("text", [
    LEAD + "واعتبر أن ما حدث هو نتيجة التوتر في إشارة لزيارة الرئيس الأمريكي دونالد ترامب "
    "للسعودية مؤخرا.",
    "وقال الوزير اليوم إن زيارة الرئيس الأمريكي دونالد ترامب للسعودية مؤخرا كانت ناجحة.",
])
def test_recent_contact_takes_no_day(text):
    assert _events(text, "VISIT", "2017-06-05") == [("reported", None)]


def test_recent_other_verb_leaves_the_lead_day():
    # near miss: «مؤخرا» is said of the appointment, after a comma the meeting comes: the
    # meeting is the lead's occasion
    text = (LEAD + "وأكد الوزير الذي عين مؤخرا في منصبه، خلال لقائه السفير الأمريكي، "
            "دعم بلاده للحوار.")
    assert _events(text, "MEET", "2017-06-05") == [("reported", date(2017, 6, 5))]


def test_recent_contact_with_its_own_day():
    # near miss: a day right after «مؤخرا» is the contact's own
    text = "وزار وزير الخارجية الفرنسي تونس مؤخرا في 12 مارس."
    assert _events(text, "VISIT", "2017-06-05") == [("reported", date(2017, 3, 12))]


# ----------------------------------------------------------------------------- invitations
# a visit someone is invited to has no day yet: not the lead's day either (the day of the
# invitation), as not the day its own sentence names

RECEPTION = "استقبل رئيس الجمهورية اليوم الاثنين وزير الخارجية المصري بقصر قرطاج.\n"


@pytest.mark.parametrize("text", [
    RECEPTION + "ودعا رئيس الجمهورية الرئيس المصري إلى زيارة تونس.",
    RECEPTION + "ووجه رئيس الجمهورية دعوة للرئيس المصري لزيارة تونس.",
])
def test_invited_visit_takes_no_lead_day(text):
    assert _events(text, "VISIT", "2017-02-13") == [("planned", None)]


def test_announced_visit_keeps_the_lead_day():
    # near miss: a visit announced with no invitation reports the lead's occasion
    text = RECEPTION + "وسيزور الرئيس المصري تونس لبحث التعاون."
    assert _events(text, "VISIT", "2017-02-13") == [("planned", date(2017, 2, 13))]


# ----------------------------------------------------------------------------- the story before
# an undated contact the lead does not date goes on telling the sentence before when that
# sentence told a dated contact of one of its parties

CALLS = ("تلقى العاهل السعودي اتصالين هاتفيين من ملك البحرين وعاهل الأردن استنكرا فيهما "
         "الهجوم على المسجد.\n"
         "بدوره، أعرب العاهل السعودي عن شكره وتقديره للملكين.\n"
         "إلى ذلك تلقى ولي العهد السعودي اتصالا هاتفيا أمس من وزير الداخلية البحريني.\n")


def _calls(text: str) -> dict:
    return {e["actor2_country"]: e["event_date"] for e in extract_events(text, "2015-08-08")
            if e["event_type"] == "CALL"}


def test_undated_contact_goes_on_with_the_story_before():
    calls = _calls(CALLS + "وتلقى ولي العهد السعودي الاتصالات من وزير الداخلية الكويتي.")
    assert calls["KWT"] == date(2015, 8, 7)


@pytest.mark.parametrize("last", [
    # near miss: no party of the dated call before
    "وتلقى وزير الخارجية السعودي الاتصالات من وزير الخارجية الكويتي.",
    # near miss: a later step («ثم»)
    "ثم تلقى ولي العهد السعودي اتصالا من وزير الداخلية الكويتي.",
])
def test_undated_contact_of_another_story_stays_undated(last):
    assert _calls(CALLS + last)["KWT"] is None


def test_the_sentence_before_dates_neither_a_recent_contact_nor_an_invited_visit():
    # «مؤخرا» and an invitation leave a contact undated on purpose: the day of a contact of
    # one of its parties in the sentence before is not its day either
    pub = date(2016, 3, 10)
    recent = ("التقى وزير الخارجية الأمريكي جون كيري أمس في باريس نظيره السعودي عادل الجبير. "
              "وأشار الجبير إلى زيارة وزير الخارجية الأمريكي للسعودية مؤخرا.")
    assert sorted((e["event_type"], e["event_date"]) for e in extract_events(recent, pub)) == [
        ("MEET", date(2016, 3, 9)), ("VISIT", None)]
    invited = ("استقبل الرئيس التونسي الباجي قائد السبسي اليوم وزير الخارجية الفرنسي جان مارك "
               "إيرولت. ودعا الرئيس التونسي وزير الخارجية الفرنسي إلى زيارة تونس.")
    assert sorted((e["event_type"], e["status"], e["event_date"])
                  for e in extract_events(invited, pub)) == [
        ("MEET", "reported", pub), ("VISIT", "planned", None)]
