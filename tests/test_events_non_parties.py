"""Parties that are no counterpart of a contact: the sender of a message handed over at a
meeting, named after the message's kind and addressee, and a joint body of both states whose
session one side chairs (pipeline/events/frames.py, pipeline/events/extract.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _events(text: str, published: str, home: str | None = "TUN") -> list[tuple]:
    """(type, status, {side, side}, date) of each event, a side being (country or org, role)."""

    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return [
        (
            e["event_type"],
            e["status"],
            frozenset({side(e, "actor1"), side(e, "actor2")}),
            e["event_date"],
        )
        for e in extract_events(text, published=published, home=home)
    ]


# ------------------------------------------------------------- a message's sender, far from it


def test_sender_after_message_kind_and_addressee_is_no_party():
    # «رسالة دعوة خطية موجهة إليه من الملك»: the king sent the letter, the envoy met the president
    text = (
        "سلم وزير الدولة الأردني للشؤون القانونية رئيس الجمهورية الباجي قائد السبسي خلال "
        "لقاء جمعهما اليوم بقصر قرطاج رسالة دعوة خطية موجهة إليه من العاهل الأردني الملك "
        "عبد الله الثاني لحضور القمة العربية."
    )
    events = _events(text, "2017-01-25")
    assert ("JOR", "head_of_state") not in {s for e in events for s in e[2]}
    assert (
        "MEET",
        "reported",
        frozenset({("JOR", "minister"), ("TUN", "head_of_state")}),
        date(2017, 1, 25),
    ) in events


def test_message_of_congratulation_sender_is_no_party():
    text = (
        "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج وزير الخارجية القطري "
        "الذي سلمه رسالة تهنئة موجهة له من أمير دولة قطر."
    )
    events = _events(text, "2017-01-25")
    assert ("QAT", "head_of_state") not in {s for e in events for s in e[2]}
    assert any(
        e[0] == "MEET"
        and e[2] == frozenset({("QAT", "foreign_minister"), ("TUN", "head_of_state")})
        for e in events
    )


# ------------------------------------------------------------- a joint body's session


def test_joint_body_whose_session_a_side_chairs_is_no_counterpart():
    text = (
        "ويأتي اجتماع الوزير الأول الجزائري برئيس المجلس، على هامش زيارة عمل أداها اليوم "
        "الخميس إلى تونس، ترأس خلالها أشغال الدورة ال21 للجنة المختلطة العليا "
        "التونسية-الجزائرية رفقة رئيس الحكومة يوسف الشاهد."
    )
    events = _events(text, "2017-03-09")
    assert ("TUN", "delegation") not in {s for e in events for s in e[2]}
    assert (
        "VISIT",
        "reported",
        frozenset({("DZA", "head_of_government"), (None, None)}),
        date(2017, 3, 9),
    ) in events


def test_joint_body_as_subject_keeps_its_counterpart():
    # a joint body that itself holds a meeting with the other state's officials is one side
    text = (
        "وعقدت اللجنة الليبية الإيطالية المشتركة لمكافحة الهجرة غير الشرعية اجتماعها "
        "الثامن مع المسؤولين بوزارتي الداخلية والدفاع الايطالية."
    )
    events = _events(text, "2017-06-02")
    assert any(
        e[0] == "MEET" and e[2] == frozenset({("LBY", "delegation"), ("ITA", "official")})
        for e in events
    )


# ------------------------------------------------------------- honorary ambassadors


def test_honorary_ambassador_is_no_envoy():
    for text in (
        "استقبل رئيس الجمهورية اليوم بقصر قرطاج المطربة اللبنانية، بصفتها سفيرة للسلام "
        "بمنظمة الأمم المتحدة.",
        "التقى رئيس الجمهورية اليوم بقصر قرطاج سفير النوايا الحسنة لمنظمة اليونيسف الممثل المصري.",
    ):
        assert _events(text, "2015-03-26") == []


def test_ambassador_of_a_body_still_meets():
    text = "التقى رئيس الجمهورية اليوم بقصر قرطاج سفير منظمة اليونيسف في تونس."
    assert _events(text, "2015-03-26") == [
        (
            "MEET",
            "reported",
            frozenset({("TUN", "head_of_state"), ("UNICEF", "official")}),
            date(2015, 3, 26),
        )
    ]
