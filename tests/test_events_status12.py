"""Status and date of contacts the rules find (pipeline/events/triggers.py, extract.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _status(text: str, published: str = "2015-07-24") -> set:
    """(type, status, date) of each event of a text."""
    return {(e["event_type"], e["status"],
             e["event_date"].isoformat() if e["event_date"] else None)
            for e in extract_events(text, published)}


def _statuses(text: str, published: str = "2015-07-24") -> set:
    return {(t, s) for t, s, _ in _status(text, published)}


# --- a contact noun that is the subject or object of a future verb is still to come


def test_noun_after_a_future_verb_is_planned():
    # VS order: the verb, its object (a demonstrative phrase), then the contact noun
    assert ("MEET", "planned") in _statuses(
        "وسيعقب ذلك اجتماع بين وزير الخارجية الأمريكي ونظيره الكوبي.")
    # «سيلي» (it will follow) is a future verb too, short as it is
    assert ("MEET", "planned") in _statuses(
        "وسيلي هذا الحفل اجتماع بين وزير الخارجية الأمريكي ونظيره الكوبي.")


def test_noun_of_another_noun_after_a_future_verb_is_not_planned():
    # near miss: «نتائج اجتماع» — the future verb governs «نتائج», the meeting is past
    assert _statuses("وستناقش الحكومة التونسية نتائج اجتماع وزير الخارجية التونسي "
                     "مع نظيره الفرنسي.") == {("MEET", "reported")}
    # near miss: a preposition the noun depends on («سيتحدث عن لقاء»)
    assert _statuses("وسيتحدث الوزير عن لقاء وزير الخارجية التونسي مع نظيره "
                     "الفرنسي.") == {("MEET", "reported")}


def test_first_to_make_a_visit_with_a_light_verb_is_reported():
    # «أول وزير يقوم بزيارة»: who someone is, by a visit made (as «أول وزير يزور»)
    assert _statuses("وكان وزير الخارجية الكوبي أول وزير خارجية كوبي يقوم بزيارة رسمية "
                     "لواشنطن منذ عقود.") == {("VISIT", "reported")}
    # near miss: the ordinal governed by a copula to come («سيكون أول وزير يقوم بزيارة»)
    assert _statuses("وسيكون الوزير أول وزير خارجية فرنسي يقوم بزيارة إلى إيران منذ "
                     "سنوات.") == {("VISIT", "planned")}
