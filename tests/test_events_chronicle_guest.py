"""A chronicle that leaves its subject out («وفي يوم الأحد استقبل X، وأجرى اتصالا بـY»): X is the
reception's guest, so X neither meets nor calls Y; with the host named, or with a verb whose
lone actor is its subject (an arrival), the coordinated contact keeps its subject."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 7, 21)


def _pairs(text):
    return [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published=PUBLISHED, home="SAU")]


def test_the_guest_of_a_subjectless_reception_calls_no_one():
    pairs = _pairs("وفي يوم الأحد 12 أبريل استقبل رئيس الوزراء الأردني، "
                   "وأجرى اتصالا هاتفيا بالرئيس الفرنسي.")
    assert not any({"JOR", "FRA"} == {a, b} for _, a, b in pairs), pairs


def test_the_guest_of_a_subjectless_reception_meets_no_later_object():
    pairs = _pairs("وفي يوم الأحد 12 أبريل استقبل رئيس الوزراء الأردني، "
                   "وأجرى مباحثات مع الرئيس الفرنسي.")
    assert not any({"JOR", "FRA"} == {a, b} for _, a, b in pairs), pairs


def test_a_named_host_receives_the_guest_and_calls_the_other():
    pairs = _pairs("واستقبل خادم الحرمين الشريفين الملك سلمان رئيس الوزراء الأردني، "
                   "وأجرى اتصالا هاتفيا بالرئيس الفرنسي.")
    assert ("MEET", "SAU", "JOR") in pairs
    assert ("CALL", "SAU", "FRA") in pairs
    assert not any({"JOR", "FRA"} == {a, b} for _, a, b in pairs), pairs


def test_an_arrivals_lone_actor_is_its_subject_and_keeps_the_later_talks():
    pairs = _pairs("وصل الرئيس التركي إلى الرياض، وأجرى مباحثات مع الملك سلمان.")
    assert ("MEET", "TUR", "SAU") in pairs or ("NEGOTIATE", "TUR", "SAU") in pairs, pairs
