"""ل before a past verb of contact tells no contact.

ل does not take a past verb that reports: before a trigger's letters it is the ل of a
counterfactual («ما كانت لتحدث لولا ...»: would not have happened, ل + the present «تحدث» of
«حدث»), of purpose before a verbal noun («لحل الأزمة»: to solve), or the answer of «لو»
(«لو ... لاتصل»: would have called). None is a contact; the bare verb still is, and so is
the ل of purpose before a talks verb written as its verbal noun («لبحث الأزمة مع ...»).
Sentences are invented.
"""

from __future__ import annotations

from pipeline.events import extract_events


def _types(text):
    return [e["event_type"] for e in extract_events(text, "2015-07-27", home="SAU")]


def test_would_not_have_happened_is_no_call():
    text = ("وقال وزير الخارجية الأردني إن «هذه المأساة ما كانت لتحدث لولا تعنت الحكومة "
            "الإسرائيلية ورفضها السلام».")
    assert "CALL" not in _types(text)


def test_would_have_called_is_no_call():
    text = ("وقال المتحدث إن وزير الخارجية الأردني لو علم بالأمر لاتصل بنظيره الإسرائيلي "
            "على الفور.")
    assert "CALL" not in _types(text)


def test_spoke_with_stays_a_call():
    text = "وتحدث وزير الخارجية الأردني أمس هاتفيا مع نظيره الإسرائيلي حول الأوضاع في القدس."
    assert "CALL" in _types(text)


def test_purpose_to_discuss_with_stays_a_meeting():
    # «لبحث» is ل + the verbal noun «بحث» (to discuss): the trip's purpose, a meeting with the
    # one after مع
    text = ("وصل وزير الخارجية السعودي إلى موسكو أمس لبحث الأزمة السورية مع نظيره الروسي "
            "سيرغي لافروف.")
    assert "MEET" in _types(text)
