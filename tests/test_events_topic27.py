"""Talks with a bloc or between two sides named as a topic or a long process (their course,
stage or outcome, months or years of them) are no contact; a round held or days of talks are
(sentences written for these tests)."""

from datetime import date

from pipeline.events import extract_events

P5 = {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"}
PUB = date(2015, 7, 20)


def _negotiations(text):
    return {
        frozenset((e["actor1_country"] or e["actor1_org"], e["actor2_country"] or e["actor2_org"]))
        for e in extract_events(text, PUB, home="SAU")
        if e["event_type"] == "NEGOTIATE"
    }


def test_the_course_of_talks_with_the_p5_is_a_topic():
    text = (
        "يقدم وزير الخارجية الإيراني غدا أمام البرلمان تقريرا عن مسار المباحثات بين إيران "
        "والدول الست الكبرى."
    )
    assert _negotiations(text) == set()


def test_the_state_of_talks_reviewed_by_others_is_a_topic():
    text = "واستعرض الوزراء العرب وضع المفاوضات بين مجموعة 5+1 وإيران خلال اجتماعهم."
    assert not any("IRN" in pair for pair in _negotiations(text))


def test_months_of_talks_closed_by_an_agreement_are_a_process():
    text = "وأنهى الاتفاق ثمانية عشر شهرا من المفاوضات بين إيران ومجموعة 5+1."
    assert _negotiations(text) == set()


def test_months_of_talks_between_two_states_are_a_process():
    text = "وجاء الاتفاق بعد أشهر من المفاوضات بين تركيا والولايات المتحدة."
    assert _negotiations(text) == set()


def test_talks_lasting_years_are_a_process():
    text = "وتوصل الطرفان إلى الاتفاق بعد مفاوضات صعبة استمرت عشرة أعوام بين إيران ومجموعة 5+1."
    assert _negotiations(text) == set()


def test_talks_lasting_days_are_talks_held():
    text = (
        "وأبرمت الدول الست الكبرى وإيران اتفاقا حول البرنامج النووي بعد محادثات استمرت "
        "16 يوما في فيينا."
    )
    assert _negotiations(text) == {frozenset(("IRN", m)) for m in P5}


def test_a_round_of_talks_held_is_a_contact():
    text = "وعقدت أمس في فيينا الجولة الثانية من المفاوضات بين إيران ومجموعة 5+1."
    assert _negotiations(text) == {frozenset(("IRN", m)) for m in P5}
