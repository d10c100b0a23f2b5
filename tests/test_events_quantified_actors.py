"""A mention quantified by «أي» (any) names no one in particular: «نفى إجراء أي مسؤول قطري
زيارة», «لم تنسق لأي من أفراد حزب X للقاء ...», «لم يتلق أي اتصال من أي مسؤول»: no party to a
contact, so no event with it. An indefinite title without «أي» («مسؤولا قطريا»), and the «أي»
of an explanation after punctuation («الترويكا، أي ممثلي الدائنين»), keep their actor.
Sentences written for this test."""

import pytest

from tests.support.events import event_rows


def _rows(text, home="TUN"):
    return event_rows(text, "2016-03-06", home)


ANYONE = [
    # a denied visit whose visitor is «any official»
    "نفى المتحدث باسم الخارجية المصرية أمس إجراء أي مسؤول قطري زيارة إلى القاهرة.",
    # «لأي من» and one noun before the body
    "أكد السفير أن السفارة لم تنسق لأي من أفراد حزب المؤتمر الشعبي العام للقاء الرئيس "
    "اللبناني.",
    # «أي من» right before a plural title
    "نفت الرئاسة أن يكون أي من المسؤولين الليبيين قد زار الجزائر.",
    # a call from «any official»
    "ولم يتلق الرئيس التونسي أي اتصال من أي مسؤول جزائري.",
    # a welcome to any delegation
    "رحب الرئيس التونسي بأي وفد ليبي يزور تونس.",
]


@pytest.mark.parametrize("text", ANYONE)
def test_anyone_is_no_party(text):
    assert _rows(text) == []


KEPT = [
    ("التقى وزير الخارجية الأردني أمس مسؤولا قطريا في عمان.",
     ("MEET", "JOR", "foreign_minister", "QAT", "official")),
    ("التقى الرئيس التونسي اليوم وفدا ليبيا يزور تونس.",
     ("MEET", "TUN", "head_of_state", "LBY", "delegation")),
    # «أي» explaining a word before it (i.e.), after a comma
    ("وصل إلى أثينا ممثلو الترويكا، أي ممثلي الدائنين، والتقوا وزير المالية اليوناني.",
     ("MEET", "EU", "official", "GRC", "minister")),
]


@pytest.mark.parametrize("text,row", KEPT)
def test_a_particular_actor_stays(text, row):
    assert row in _rows(text)
