"""Contacts called off or postponed: a postponement said of a contact by a pronoun suffix
(«أعلنت تأجيلها», «أرجأتها», «إلغاؤها») tells that the article reports a cancellation, so a
contact that «was scheduled» (كان من المقرر / كانت مقررة) is `cancelled`, not `planned`."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events
from pipeline.events.triggers import cancels_told

PUB = date(2017, 6, 2)


def _events(text):
    return [(e["event_type"], e["status"], e["actor1_country"]) for e in extract_events(text, PUB)]


@pytest.mark.parametrize("tok", ["بتاجيلها", "تاجيله", "وارجاتها", "ارجاها", "الغاؤها",
                                 "والغائها", "الغاها", "اجلتها"])
def test_cancel_word_with_pronoun_suffix(tok):
    assert cancels_told(tok)


@pytest.mark.parametrize("tok", ["لاجلها", "تاجيل", "الغاء", "ارجاء", "اجلها", "زيارتها"])
def test_no_cancel_word_with_pronoun_suffix(tok):
    # «لأجلها» (for her sake), the bare nouns (status cues of their own), other words
    assert not cancels_told(tok)


def test_scheduled_visit_postponed_by_pronoun_is_cancelled():
    text = ("كان من المقرر أن يزور وزير الخارجية الفرنسي جان إيف لودريان تونس يوم الخميس "
            "للقاء نظيره التونسي خميس الجهيناوي. غير أن باريس أعلنت أمس تأجيلها لالتزامات "
            "طارئة.")
    assert ("VISIT", "cancelled", "FRA") in _events(text)
    assert ("VISIT", "planned", "FRA") not in _events(text)


def test_scheduled_visit_without_cancellation_stays_planned():
    # near-miss: «لأجلها» (for its sake) is no postponement
    text = ("كان من المقرر أن يزور وزير الخارجية الفرنسي جان إيف لودريان تونس يوم الخميس "
            "للقاء نظيره التونسي خميس الجهيناوي. وقد أعدت الخارجية برنامجا لأجلها.")
    assert ("VISIT", "cancelled", "FRA") not in _events(text)


@pytest.mark.parametrize("text", [
    # a postponed meeting of a committee or of one state's officials is no contact
    "قررت اللجنة الوطنية للانتخابات تأجيل اجتماعها الذي كان مقررا يوم الخميس.",
    "أعلنت وزارة الداخلية التونسية تأجيل اجتماع الولاة الذي كان من المقرر عقده اليوم، "
    "ثم أعلنت إلغاءه.",
])
def test_postponed_meeting_of_one_side_is_no_event(text):
    assert _events(text) == []


def _full(text):
    return [(e["event_type"], e["status"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, PUB)]


def test_purpose_of_a_trip_called_off_is_called_off():
    # the meeting a postponed trip was for is postponed with it, however long the names
    # between the verb and its purpose clause
    text = ("كان من المقرر أن يزور وزير الخارجية الفرنسي جان إيف لودريان تونس يوم الخميس "
            "للقاء نظيره التونسي خميس الجهيناوي. غير أن باريس أعلنت أمس تأجيلها لالتزامات "
            "طارئة.")
    events = _full(text)
    assert ("MEET", "cancelled", "FRA", "TUN") in events
    assert ("MEET", "reported", "FRA", "TUN") not in events


@pytest.mark.parametrize("text,status", [
    # near-misses: a trip to come or under way keeps its purpose planned
    ("يتوجه وزير الخارجية الفرنسي جان إيف لودريان غدا إلى تونس للقاء نظيره التونسي خميس "
     "الجهيناوي.", "planned"),
    ("توجه وزير الخارجية الفرنسي جان إيف لودريان أمس إلى تونس للقاء نظيره التونسي خميس "
     "الجهيناوي.", "planned"),
])
def test_purpose_of_a_trip_not_called_off(text, status):
    events = _full(text)
    assert ("MEET", status, "FRA", "TUN") in events
    assert all(e[1] != "cancelled" for e in events)


@pytest.mark.parametrize("verb", ["ودعت", "وأعلنت"])
def test_the_day_a_woman_or_ministry_calls_for_a_postponement_is_not_the_meetings(verb):
    """«ودعت الخارجية السعودية يوم الأربعاء إلى إرجاء اجتماع ...»: the Wednesday is the day of
    the call (the feminine of «دعا» is «دعت»), not of the meeting put off."""
    text = (verb + " الخارجية السعودية يوم الأربعاء إلى إرجاء اجتماع وزير الخارجية الإيراني "
            "مع نظيره العماني.")
    events = [e for e in extract_events(text, "2015-07-24", home="SAU")
              if e["event_type"] == "MEET"]
    assert events and all(e["event_date"] is None for e in events)
