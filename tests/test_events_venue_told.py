"""A contact's venue is a place the sentence tells as where it is held: after a locative
preposition («في/إلى/من/لدى») or with «ب» on it, behind place nouns and a state's adjective
(«في العاصمة الألمانية برلين»), a visit's destination («يزور ... موسكو», «زيارة ...
للعاصمة القطرية الدوحة»), the subject of a hosting verb («تشهد الدوحة اجتماعا»), the place
before «حيث» that opens the contact's clause, or a dateline. A place named otherwise stands
for its government or for what is talked about («أرسلتهم واشنطن», «العلاقات بين الرياض
وواشنطن», «وحدة العراق»), an envoy's post is no venue («المبعوث الخاص إلى اليمن»), and a
phone call has none.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from tests.support.events import venues

PUB = "2015-08-10"


def _venues(text: str, etype: str = "MEET") -> set:
    return venues(text, PUB, "SAU", etype)


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية السعودي نظيره الألماني أمس وبحثا وحدة العراق.",
    "والتقى وزير الدفاع الأمريكي رئيس الوزراء العراقي أمس، إضافة إلى جنود أرسلتهم واشنطن "
    "إلى المنطقة.",
    "التقى وزير الخارجية السعودي نظيره الأمريكي أمس وبحثا العلاقات بين الرياض وواشنطن.",
    "التقى وزير الخارجية السعودي نظيره الأمريكي أمس وبحثا تنفيذ طهران للاتفاق.",
], ids=["topic-genitive", "capital-subject", "capitals-between", "capital-genitive"])
def test_a_place_named_with_no_locative_word_is_no_venue(text):
    assert _venues(text) == {(None, None)}, text


@pytest.mark.parametrize("text, venue", [
    ("التقى وزير الخارجية السعودي المنسق الأممي في اليمن أمس.", (None, None)),
    ("التقى وزير الخارجية السعودي المبعوث الأممي إلى اليمن أمس في الرياض.",
     ("SAU", "Riyadh")),
], ids=["coordinator-in", "envoy-to-then-city"])
def test_an_envoys_post_is_no_venue(text, venue):
    assert _venues(text) == {venue}, text


@pytest.mark.parametrize("text, venue", [
    ("التقى وزير الخارجية السعودي نظيره الألماني أمس في العاصمة الألمانية برلين.",
     ("DEU", "Berlin")),
    ("التقى وزير الخارجية السعودي نظيره الألماني أمس بالعاصمة الألمانية برلين.",
     ("DEU", "Berlin")),
    ("التقى وزير الخارجية السعودي نظيره الألماني أمس بجدة.", ("SAU", "Jeddah")),
    ("استقبل وزير الخارجية السعودي أمس سفير اليابان لدى المملكة.", ("SAU", "Saudi Arabia")),
    ("يزور وزير الخارجية السعودي موسكو اليوم لإجراء محادثات مع نظيره الروسي.",
     ("RUS", "Moscow")),
    ("وتشمل زيارة وزير الخارجية الأمريكي للعاصمة القطرية الدوحة لقاء مع نظيره الروسي.",
     ("QAT", "Doha")),
    ("تشهد الدوحة اليوم اجتماعا بين وزير الخارجية الأمريكي ونظيره الروسي.", ("QAT", "Doha")),
    ("واستضافت جدة أمس اجتماعا بين وزير الخارجية الأمريكي ونظيره الروسي.",
     ("SAU", "Jeddah")),
    ("الرياض - التقى وزير الخارجية السعودي نظيره الأمريكي أمس.", ("SAU", "Riyadh")),
], ids=["in-capital-adjective", "bi-capital-adjective", "bi-clitic", "ambassador-post",
        "visit-object", "visit-li-capital", "hosting-verb", "hosting-verb-and", "dateline"])
def test_a_place_told_as_where_it_is_held_is_the_venue(text, venue):
    assert _venues(text) == {venue}, text


def test_the_place_before_where_opens_the_contact_is_its_venue():
    text = ("ومن القاهرة سينتقل وزير الخارجية الأمريكي إلى الدوحة حيث سيلتقي نظيره القطري "
            "لبحث الاتفاق الذي وقع في فيينا.")
    assert _venues(text) == {("QAT", "Doha")}


@pytest.mark.parametrize("text", [
    "أجرى الملك سلمان اتصالا هاتفيا أمس بالرئيس الفرنسي وبحثا العلاقات مع فرنسا.",
    # a place told as where the caller was: still none (a call is held from two places)
    "أجرى الملك سلمان في جدة أمس اتصالا هاتفيا بالرئيس الفرنسي.",
])
def test_a_phone_call_has_no_venue(text):
    assert _venues(text, "CALL") == {(None, None)}


@pytest.mark.parametrize("text, venue", [
    ("أبو ظبي - التقى وزير الخارجية الإماراتي نظيره الأمريكي أمس.",
     ("ARE", "Abu Dhabi")),
    ("ومن القاهرة سينتقل وزير الخارجية الأمريكي إلى شرم الشيخ حيث سيلتقي نظيره القطري لبحث "
     "الاتفاق الذي وقع في فيينا.", ("EGY", "Sharm el-Sheikh")),
    ("الرياض ـ التقى وزير الخارجية الإماراتي نظيره الأمريكي أمس.", ("SAU", "Riyadh")),
], ids=["dateline", "where", "dateline-tatweel"])
def test_a_place_of_two_words_is_told_as_one(text, venue):
    # the dateline's dash and «حيث» follow the place's last word, not its first
    assert _venues(text) == {venue}, text


@pytest.mark.parametrize("text, venue", [
    ("التقى وزير الخارجية الأمريكي نظيره القطري أمس بعد وصوله قادما من طهران.", (None, None)),
    ("التقى وزير الخارجية الأمريكي نظيره القطري أمس لدى عودته من طهران.", (None, None)),
    ("التقى وزير الخارجية الأمريكي نظيره القطري أمس في الدوحة بعد وصوله قادما من طهران.",
     ("QAT", "Doha")),
    ("التقى وزير الخارجية السعودي نظيره الأمريكي أمس وبحثا أوضاع اللاجئين القادمين من سوريا.",
     (None, None)),
    ("التقى وزير الخارجية الروسي نظيره الأمريكي أمس وبحثا الانسحاب من سوريا.", (None, None)),
    ("التقى وزير الخارجية الروسي نظيره الأمريكي أمس وبحثا انسحاب القوات من سوريا.",
     (None, None)),
    ("التقى وزير الخارجية الروسي نظيره الأمريكي أمس وبحثا الموقف من مصر.", (None, None)),
    # the noun's own complement and its adjective between («خروج القوات الإيرانية من»)
    ("التقى وزير الخارجية الروسي نظيره الأمريكي أمس وبحثا خروج القوات الإيرانية من سوريا.",
     (None, None)),
    ("التقى وزير الخارجية الروسي نظيره الأمريكي أمس وبحثا موقف الحكومة الجديدة من مصر.",
     (None, None)),
], ids=["coming-from", "return-from", "venue-and-coming-from", "definite-participle",
        "withdrawal-from", "withdrawal-of-troops-from", "stance-toward",
        "exit-of-troops-adjective-from", "stance-of-government-adjective-toward"])
def test_the_place_one_comes_from_is_no_venue(text, venue):
    # «من» after a word of coming («قادما من», «عودته من») names where he was, not the venue;
    # after a word of withdrawal or stance («الانسحاب من», «الموقف من»), what is talked about
    assert _venues(text) == {venue}, text


@pytest.mark.parametrize("text, venue", [
    # the traveller's honorifics and a title too long for a visit's object stand between
    ("غادر صاحب السمو الملكي الأمير فيصل بن خالد نائب وزير الخارجية السعودي اليوم مملكة "
     "البحرين بعد زيارة عمل التقى خلالها الأمين العام لجامعة الدول العربية.",
     ("BHR", "Bahrain")),
    # a day word between the traveller and the place he leaves
    ("غادر نائب وزير الخارجية السعودي أمس مملكة البحرين بعد زيارة عمل التقى خلالها الأمين "
     "العام لجامعة الدول العربية.", ("BHR", "Bahrain")),
    # a noun of leaving with its pronoun
    ("التقى وزير الخارجية الإيطالي الأمين العام لجامعة الدول العربية أمس قبل مغادرته "
     "القاهرة.", ("EGY", "Cairo")),
], ids=["leaving-verb-long-title", "leaving-verb-day", "leaving-noun"])
def test_the_place_left_is_where_the_traveller_was(text, venue):
    assert _venues(text) == {venue}, text


@pytest.mark.parametrize("text, venue", [
    ("التقى وزير الخارجية الأمريكي العاهل السعودي اليوم عقب مغادرته القاهرة.", (None, None)),
    ("التقى وزير الخارجية الأمريكي العاهل السعودي اليوم بعد ساعات من مغادرته القاهرة.",
     (None, None)),
    ("وصل وزير الخارجية الأمريكي إلى الرياض اليوم بعد مغادرته القاهرة والتقى العاهل السعودي.",
     ("SAU", "Riyadh")),
], ids=["upon-leaving", "hours-after-leaving", "arrival-after-leaving"])
def test_a_place_left_before_the_contact_is_not_its_venue(text, venue):
    # «بعد مغادرته القاهرة», «عقب مغادرته»: the contact came after he left it
    assert _venues(text) == {venue}, text


def test_a_dateline_mark_glued_to_the_next_word_still_ends_the_dateline():
    text = "واس - القاهرة :التقى وزير الخارجية الإيطالي اليوم الأمين العام لجامعة الدول العربية."
    assert _venues(text) == {("EGY", "Cairo")}


@pytest.mark.parametrize("text", [
    # the visit's relative clause «التي قام بها» and a title split by commas
    "نوه المجلس بالزيارة التي قام بها نائب وزير الخارجية، الأمير فيصل بن خالد، لمملكة "
    "البحرين واجتماعه مع الأمين العام لجامعة الدول العربية.",
    "نوه المجلس بزيارة نائب وزير الخارجية، الأمير فيصل بن خالد، لمملكة البحرين واجتماعه مع "
    "الأمين العام لجامعة الدول العربية.",
], ids=["made-by-relative-clause", "comma-split-title"])
def test_a_visits_destination_after_its_visitors_long_title(text):
    assert _venues(text) == {("BHR", "Bahrain")}, text


@pytest.mark.parametrize("text, home, venue", [
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام أمس وزير الخارجية "
     "الإيطالي.", "SAU", ("SAU", "Jeddah")),
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في مكتبه بقصر اليمامة أمس وزير "
     "الخارجية الإيطالي.", "SAU", ("SAU", "Riyadh")),
    ("أكد وزير الخارجية الإيطالي بعد لقائه رئيس مجلس نواب الشعب بقصر باردو أن بلاده تدعم "
     "الإصلاحات.", "TUN", ("TUN", "Tunis")),
    ("التقى رئيس الحكومة اليوم بقصر الحكومة بالقصبة وزير الخارجية الإيطالي.", "TUN",
     ("TUN", "Tunis")),
], ids=["salam-palace", "yamama-palace", "bardo-palace", "kasbah"])
def test_a_palace_named_as_the_venue_is_in_its_city(text, home, venue):
    found = {(e["location_country"], e["location_name"])
             for e in extract_events(text, PUB, home=home) if e["event_type"] == "MEET"}
    assert found == {venue}, text
