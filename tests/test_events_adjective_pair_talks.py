"""A contact named by the two states' nationality adjectives after its noun
(pipeline/events/blocs.py state_pairs, pipeline/events/frames.py): «اجتماع تونسي ليبي»,
«مفاوضات أمريكية تركية». A dash may join the two adjectives («اجتماع تونسي - ليبي»,
«لقاء سعودي– روسي»), and an indefinite talks noun so named has its two sides (the definite one
names a process more often than talks held: «استئناف المفاوضات الفلسطينية الإسرائيلية»).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from tests.support.events import event_rows


def _pairs(text: str, home: str | None = "TUN") -> set:
    """(event type, the two sides sorted) of every event."""
    return {(t, *sorted((a1, a2))) for t, a1, _r1, a2, _r2 in event_rows(text, "2017-03-06", home)}


@pytest.mark.parametrize("text", [
    "وانعقد اليوم الاثنين بمدينة بن قردان اجتماع تونسي - ليبي حول حركة المعبر.",
    "وانعقد اليوم الاثنين بمدينة بن قردان اجتماع تونسي- ليبي حول حركة المعبر.",
    "وانعقد اليوم الاثنين بمدينة بن قردان اجتماع تونسي – ليبي حول حركة المعبر.",
    # the tatweel standing alone, a dash in Arabic typesetting
    "وانعقد اليوم الاثنين بمدينة بن قردان اجتماع تونسي ـ ليبي حول حركة المعبر.",
])
def test_a_dash_between_the_two_adjectives_still_pairs_the_states(text):
    assert _pairs(text) == {("MEET", "LBY", "TUN")}


def test_a_comma_between_the_adjectives_pairs_nothing():
    text = "وانعقد اليوم الاثنين بمدينة بن قردان اجتماع تونسي، ليبي حول حركة المعبر."
    assert _pairs(text) == set()


@pytest.mark.parametrize("text", [
    "وتجري منذ أيام في أنقرة مفاوضات جدية أمريكية - تركية حول المنطقة العازلة.",
    "وتجري منذ أيام في أنقرة مفاوضات أمريكية تركية حول المنطقة العازلة.",
])
def test_indefinite_talks_named_by_the_two_adjectives_are_their_talks(text):
    assert _pairs(text, home=None) == {("NEGOTIATE", "TUR", "USA")}


@pytest.mark.parametrize("text", [
    "ودعا الوزير إلى استئناف المفاوضات الفلسطينية الإسرائيلية في أقرب الآجال.",
    # (no other word keeps this one out: it fails when the definite noun is let in)
    "وأشار الوزير إلى أن المفاوضات الفلسطينية الإسرائيلية متوقفة منذ سنوات.",
])
def test_the_definite_talks_so_named_are_a_process_not_talks_held(text):
    assert ("NEGOTIATE", "ISR", "PSE") not in _pairs(text, home=None)


@pytest.mark.parametrize("label", ["لقاء تونسي جزائري", "لقاء تونسي - جزائري"])
def test_a_crosshead_so_named_is_the_label_of_the_meeting_its_section_tells(label):
    # the crosshead says neither when nor whether held: the sentence below tells the meeting
    # (between the two ministers, to come), and the label adds no event of its own
    text = ("أعلن وزير الخارجية التونسي اليوم الاثنين أنه سيتوجه إلى الجزائر الأسبوع المقبل في "
            "زيارة رسمية.\n" + label + "\n"
            "وقال المتحدث باسم الوزارة إن وزير الخارجية التونسي سيلتقي نظيره الجزائري في العاصمة "
            "الجزائرية يوم الأحد المقبل.")
    rows = event_rows(text, "2017-03-06", "TUN")
    assert [r for r in rows if r[0] == "MEET"] == [
        ("MEET", "TUN", "foreign_minister", "DZA", "foreign_minister")]
