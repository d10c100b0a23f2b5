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
