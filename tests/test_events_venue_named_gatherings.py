"""A meeting or talks noun with a city right after it in the construct state («اجتماع جنيف»,
«محادثات مسقط المرتقبة», «قمة كامب ديفيد») names a gathering by its venue: with no parties of
its own after it, the sentence's actors are not its parties, and it gives them no event. Its
own parties after it («الذي ضم X وY» past its adjectives and day, «بين X وY», «مع X») keep it; a
city after a preposition («اجتماعا بجنيف») is its place. Sentences written for this test."""

import pytest

from tests.support.events import event_rows


def _rows(text, home="SAU"):
    return event_rows(text, "2015-08-06", home)


def test_a_gathering_named_by_its_venue_pairs_no_speaker():
    text = ("وحول النقاط التي طرحها على الأمين العام للجامعة العربية، قال المبعوث الأممي إنه بعد "
            "اجتماع جنيف كانت هناك أفكار إيجابية.")
    assert _rows(text) == []


def test_talks_named_by_venue_are_not_the_press_conference_pair():
    text = ("وعلى وقع محادثات مسقط المرتقبة، شدد وزير الخارجية السعودي عادل الجبير، خلال مؤتمر "
            "صحافي مع نظيره الإيطالي في روما، أمس، على الحل السياسي.")
    rows = _rows(text)
    assert ("MEET", "SAU", "foreign_minister", "ITA", "foreign_minister") not in rows
    assert ("PRESS_CONFERENCE", "SAU", "foreign_minister", "ITA", "foreign_minister") in rows


OWN_PARTIES = [
    ("وقال إن اجتماع الدوحة الذي ضم وزير الخارجية الأمريكي ونظيره الروسي كان مهما.",
     ("MEET", "USA", "foreign_minister", "RUS", "foreign_minister")),
    ("وقال إن اجتماع الدوحة الثلاثي، يوم الأحد الماضي، الذي ضم وزير الخارجية الأمريكي ونظيره "
     "الروسي لم يحقق أي اختراق.",
     ("MEET", "USA", "foreign_minister", "RUS", "foreign_minister")),
    ("وأكد أن مباحثات القاهرة بين الرئيس المصري والملك الأردني كانت مثمرة.",
     ("MEET", "EGY", "head_of_state", "JOR", "head_of_state")),
    ("وصف وزير الخارجية التونسي لقاء باريس مع نظيره الفرنسي بالمثمر.",
     ("MEET", "TUN", "foreign_minister", "FRA", "foreign_minister")),
    # a city after a preposition is the meeting's place
    ("عقد وزير الخارجية التونسي اجتماعا بجنيف مع نظيره السويسري.",
     ("MEET", "TUN", "foreign_minister", "CHE", "foreign_minister")),
]


@pytest.mark.parametrize("text,row", OWN_PARTIES)
def test_a_gathering_with_its_own_parties_stays(text, row):
    assert row in _rows(text)


def test_a_state_after_talks_is_a_party_not_a_venue():
    # a country in the construct state names a side of the talks, not where they are held
    text = "واستؤنفت أمس في فيينا محادثات إيران ومجموعة 5+1 حول البرنامج النووي."
    rows = _rows(text)
    assert ("NEGOTIATE", "IRN", "official", "USA", "official") in rows


def test_a_city_joined_to_another_side_is_a_party():
    # «طهران ومجموعة 5+1»: the city stands for one side of the talks, joined to the other
    text = ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن محادثات طهران ومجموعة 5+1 ستستأنف غدا "
            "في فيينا.")
    assert ("NEGOTIATE", "IRN", "foreign_minister", "USA", "official") in _rows(text)


ATTENDEES = [
    # «بحضور X وY», «بمشاركة X», «إلى جانب X» name the gathering's own parties
    ("وعقد أمس اجتماع جنيف بحضور وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرغي لافروف.",
     ("MEET", "USA", "foreign_minister", "RUS", "foreign_minister")),
    # the subject of a hosting or attendance verb is a party of the gathering it attends
    ("واستضاف الرئيس الأمريكي باراك أوباما قمة كامب ديفيد أمس بمشاركة قادة دول مجلس التعاون "
     "الخليجي.",
     ("MEET", "USA", "head_of_state", "GCC", "head_of_state")),
    ("وشارك وزير الخارجية السعودي عادل الجبير أمس في اجتماع لوزان إلى جانب نظيره الأمريكي جون "
     "كيري.",
     ("MEET", "SAU", "foreign_minister", "USA", "foreign_minister")),
    ("واستضاف الرئيس الأمريكي باراك أوباما أمس قمة كامب ديفيد لقادة دول مجلس التعاون الخليجي.",
     ("MEET", "USA", "head_of_state", "GCC", "head_of_state")),
    ("واستضاف الرئيس الأمريكي قمة كامب ديفيد التي جمعته بقادة دول الخليج.",
     ("MEET", "USA", "head_of_state", "GCC", "head_of_state")),
]


@pytest.mark.parametrize("text,row", ATTENDEES)
def test_a_gathering_with_attendees_named_stays(text, row):
    assert row in _rows(text)
