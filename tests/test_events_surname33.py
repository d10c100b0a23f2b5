"""A definite surname that is also a common word («العربي» of «نبيل العربي») names the person
alone after a meeting verb that carries و («والتقى العربي»), as it does after the bare verb; the
verb-subject memory of «كما تلقى سموه» keeps its own key for verbs it repeats."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 8, 3)
FIRST = "استقبل وزير الخارجية المصري سامح شكري أمس الأمين العام لجامعة الدول العربية نبيل العربي. "


def _pairs(text: str) -> set:
    return {
        (e["event_type"], e["actor1_name"], e["actor2_name"])
        for e in extract_events(text, PUBLISHED, home="EGY")
    }


def test_surname_after_a_meeting_verb_with_waw_names_the_person():
    got = _pairs(FIRST + "والتقى العربي أمس وزير الخارجية الأردني ناصر جودة.")
    assert ("MEET", "Nabil Elaraby", "Nasser Judeh") in got


def test_surname_after_the_bare_meeting_verb_names_the_person():
    got = _pairs(FIRST + "كما التقى العربي أمس وزير الخارجية الأردني ناصر جودة.")
    assert ("MEET", "Nabil Elaraby", "Nasser Judeh") in got


def test_common_word_after_another_definite_word_names_no_one():
    # «العمل العربي المشترك»: the adjective, not the secretary-general
    got = _pairs(FIRST + "وبحث الوزير الأردني ناصر جودة العمل العربي المشترك.")
    assert not any("Nabil Elaraby" in p and "Nasser Judeh" in p for p in got)
