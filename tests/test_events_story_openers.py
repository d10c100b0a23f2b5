"""A sentence that opens another story of a news digest («ومن جهة أخرى، ...», «على صعيد آخر»)
takes no date from the story before it; one that tells the same story on («وفي سياق متصل»)
does (extract._other_story, grammar.yaml other_story_openers)."""

import pytest

from pipeline.events.extract import _other_story, extract_events
from pipeline.text.normalize import normalize_arabic

_LEAD = ("قتل عشرة أشخاص أمس الجمعة في تفجير انتحاري استهدف سوقا شعبية في مدينة بعقوبة "
         "شمال شرقي بغداد. ")
_MEET = "التقى وزير الخارجية المصري نظيره الأردني في عمان لبحث العلاقات الثنائية."


def _meetings(text):
    return [(e["event_type"], e["status"], e["event_date"] and str(e["event_date"]))
            for e in extract_events(text, "2015-08-08")
            if {e["actor1_country"], e["actor2_country"]} == {"EGY", "JOR"}]


@pytest.mark.parametrize("opener", ["ومن جهة أخرى، ", "على صعيد آخر، ", "وفي شأن آخر، ",
                                    "من ناحية أخرى، ", "وفي سياق آخر، "])
def test_another_story_takes_no_lead_date(opener):
    # the bombing's «أمس الجمعة» is not the day of a meeting told as another story
    assert _meetings(_LEAD + opener + _MEET) == [("MEET", "reported", None)]


@pytest.mark.parametrize("opener", ["و", "وفي سياق متصل، ", "وعلى صعيد متصل، ", "في غضون ذلك، "])
def test_the_same_story_told_on_keeps_the_lead_date(opener):
    # near-miss: a sentence that goes on with the story (or names no opener) is the lead's day
    assert _meetings(_LEAD + opener + _MEET) == [("MEET", "reported", "2015-08-07")]


def test_a_dated_other_story_keeps_its_own_date():
    text = _LEAD + "ومن جهة أخرى، التقى أول أمس وزير الخارجية المصري نظيره الأردني في عمان."
    assert _meetings(text) == [("MEET", "reported", "2015-08-06")]


@pytest.mark.parametrize("sentence, expected", [
    ("ومن جهة أخرى، التقى الوزير", True),
    ("على صعيد آخر أجرى الرئيس اتصالا", True),
    ("من جهته، أكد الوزير", False),  # the speaker's side of the same story
    ("وعلى صعيد متصل، التقى الوزير", False),
    ("وقال من جهة أخرى إن", False),  # not at the sentence's start
])
def test_other_story_opener(sentence, expected):
    assert _other_story(normalize_arabic(sentence).replace("،", "").split()) is expected
