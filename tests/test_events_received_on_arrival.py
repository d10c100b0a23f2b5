"""An arrival whose sentence names no place takes its host's state when the same sentence tells
officials of one other state receiving the traveller («وكان في استقباله لدى وصوله ...»);
officials of the traveller's own state receiving him (a domestic tour) give no place.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2015-07-24"


def _visits(text: str, home: str = "SAU") -> list[tuple]:
    return [(e["actor1_country"] or e["actor1_org"], e["status"], e["location_country"])
            for e in extract_events(text, PUB, home=home) if e["event_type"] == "VISIT"]


def test_host_after_the_reception_noun_places_the_arrival():
    text = ("وصل وزير الخارجية الأمريكي أمس في زيارة رسمية، وكان في استقباله لدى وصوله "
            "وزير الخارجية القطري.")
    assert _visits(text) == [("USA", "reported", "QAT")]


def test_host_before_the_reception_noun_places_the_arrival():
    text = "وكان الرئيس الكيني في استقبال الرئيس الأمريكي لدى وصوله إلى المقر الرئاسي."
    assert _visits(text) == [("USA", "reported", "KEN")]


def test_officials_of_the_travellers_own_state_give_no_place():
    text = "وصل وزير الصحة السعودي أمس، وكان في استقباله لدى وصوله وكيل الوزارة السعودي."
    assert _visits(text) == []


def test_a_departure_received_elsewhere_takes_no_host():
    # the aid flight the emir sent left; those receiving it are not his hosts
    text = ("وبتوجيهات من أمير دولة قطر غادرت صباح اليوم أولى طائرات الإغاثة القطرية حيث كان "
            "في استقبالهم بالمطار عدد من أعضاء الحكومة اليمنية.")
    assert _visits(text) == []


def test_a_reception_verb_places_the_arrival_too():
    text = "ويستقبل ملك الأردن غدا الرئيس الفرنسي لدى وصوله في زيارة رسمية."
    assert _visits(text) == [("FRA", "planned", "JOR")]


def test_the_future_is_no_reception():
    # «مستقبل» (the future) holds the reception verb's letters: the president of another state
    # named in the sentence did not receive the traveller
    text = ("وصل الرئيس الفرنسي أمس في زيارة يبحث خلالها مستقبل الاتفاق الذي وقعه الرئيس "
            "الإيراني.")
    assert _visits(text) == []


def test_an_arrival_told_in_the_present_is_placed_by_its_host_too():
    # «يصل» (arrives, will arrive) has none of «وصل»'s letters in a row
    text = "يصل الرئيس الفرنسي غدا في زيارة رسمية، وسيكون في استقباله العاهل الأردني."
    assert _visits(text) == [("FRA", "planned", "JOR")]


def test_the_travellers_own_officials_beside_his_host_leave_the_host_alone():
    # one of his own ministry's officials among those receiving him is not a second host
    text = ("وصل وزير الخارجية الأمريكي أمس في زيارة رسمية، وكان في استقباله لدى وصوله "
            "وزير الخارجية القطري ونائب وزير الخارجية الأمريكي.")
    assert _visits(text) == [("USA", "reported", "QAT")]
