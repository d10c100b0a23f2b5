"""Contacts whose parties are read near the trigger but were no candidate (the «near» misses).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text: str, published: str = "2015-08-01") -> set:
    return {(e["event_type"], e["status"], e["actor1_country"] or e["actor1_org"],
             e["actor1_role"], e["location_country"])
            for e in extract_events(text, published) if e["event_type"] == "VISIT"}


# ----------------------------------------------------------------------------- «وصول X إلى Y»

def test_arrival_noun_with_traveller_and_place_is_a_visit():
    assert _visits("ومن المقرر وصول وزير الخارجية الفرنسي الأربعاء إلى طهران.") == {
        ("VISIT", "planned", "FRA", "foreign_minister", "IRN")}
    assert _visits("وتزامن ذلك مع وصول وزير الدفاع الأمريكي أمس إلى بغداد.") == {
        ("VISIT", "reported", "USA", "defense_minister", "IRQ")}


def test_arrival_noun_traveller_is_its_genitive_not_the_subject_before():
    got = _visits("وتساءلوا هل شاهد المرشد الإيراني وصول وزير الخارجية الأمريكي إلى عدن.")
    assert {g[2] for g in got} == {"USA"}


def test_arrival_noun_of_a_thing_or_without_a_place_is_no_visit():
    # a thing arrives, not the actor read elsewhere in the sentence
    assert not _visits("وقال ممثلو وسائل إعلام صينية إنهم اتصلوا للاطمئنان على وصول التمثال "
                       "إلى تونس.")
    # no «إلى» after the traveller: the place named later is another clause's
    assert ("VISIT", "reported", "USA", "head_of_state", "ETH") not in _visits(
        "وأغلقت الشرطة الطرق عند وصول الرئيس الأمريكي الجمعة ومغادرته الأحد عندما يتوجه "
        "إلى إثيوبيا.")
    # coming to power is no visit
    assert not _visits("ومنذ وصول الرئيس الأمريكي إلى السلطة تراجعت العلاقات.")
