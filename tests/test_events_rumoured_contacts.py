"""A contact told only as a rumour the text reports («على ما تردد ... من زيارة X», «ما تناقلته
وسائل إعلام من اتصال هاتفي», «عما تردد حول زيارة X»), most often to deny it, is no contact the
text tells: no event. The same contact told by the text itself stays. Sentences written for
this test."""

import pytest

from tests.support.events import event_rows


def _rows(text, home="TUN"):
    return event_rows(text, "2016-03-06", home)


RUMOURED = [
    "وتعقيبا على ما تردد في بعض وسائل الإعلام، من زيارة مسؤول تونسي للعاصمة السورية دمشق، "
    "نفى الوزير هذه المزاعم.",
    "ونفت الرئاسة ما تناقلته وسائل إعلام من اتصال هاتفي بين الرئيس التونسي والرئيس السوري.",
    "وتحدثت الصحف عما تردد حول زيارة وزير الخارجية الجزائري إلى تونس.",
]


@pytest.mark.parametrize("text", RUMOURED)
def test_a_rumoured_contact_is_no_event(text):
    assert _rows(text) == []


TOLD = [
    ("أدى وزير الخارجية الجزائري أمس زيارة إلى تونس.",
     ("VISIT", "DZA", "foreign_minister", None, None)),
    ("أجرى الرئيس التونسي أمس اتصالا هاتفيا بالرئيس السوري.",
     ("CALL", "TUN", "head_of_state", "SYR", "head_of_state")),
]


@pytest.mark.parametrize("text,row", TOLD)
def test_a_told_contact_stays(text, row):
    assert row in _rows(text)


CONFIRMED = [
    # a confirming verb (and «صحة») before «ما تردد»: the text tells the contact, confirmed
    ("وأكد المتحدث باسم الخارجية صحة ما تردد عن زيارة وزير الخارجية الإيراني محمد جواد ظريف إلى "
     "الرياض أمس.",
     ("VISIT", "IRN", "foreign_minister", None, None)),
    ("وأكد مسؤول صحة ما تناقلته وسائل الإعلام عن لقاء وزير الخارجية السعودي عادل الجبير بنظيره "
     "الإيراني في نيويورك أمس.",
     ("MEET", "SAU", "foreign_minister", "IRN", "foreign_minister")),
    ("وأكدت الرئاسة ما تردد عن اتصال هاتفي بين الرئيس التونسي والرئيس السوري أمس.",
     ("CALL", "TUN", "head_of_state", "SYR", "head_of_state")),
]


@pytest.mark.parametrize("text,row", CONFIRMED)
def test_a_confirmed_rumour_is_a_contact(text, row):
    assert row in _rows(text, home="SAU")


DENIED_TRUTH = [
    "ونفى المتحدث باسم الخارجية صحة ما تردد عن زيارة وزير الخارجية الإيراني إلى الرياض أمس.",
    "وأكد المتحدث باسم الخارجية عدم صحة ما تردد عن زيارة وزير الخارجية الإيراني إلى الرياض أمس.",
    "وأكد المتحدث أن الوزير نفى ما تردد عن زيارة وزير الخارجية الإيراني إلى الرياض أمس.",
]


@pytest.mark.parametrize("text", DENIED_TRUTH)
def test_a_denied_truth_of_a_rumour_is_no_event(text):
    assert _rows(text, home="SAU") == []
