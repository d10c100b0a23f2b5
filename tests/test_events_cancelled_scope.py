"""A contact that «was scheduled» (كان من المقرر / كانت مقررة) is `cancelled` only when the
cancellation the article tells is said of it: in its own sentence, by a pronoun or a bare
«تعذر» in the sentence next to it, or of a contact of the same kind (or of a visit, whose
meetings go with it) with a party in common. Another contact called off elsewhere in the
article («ألغى X زيارته إلى ...») leaves it `planned`. «أرجاء» (the parts of a land: «في
جميع أرجاء البلاد») is no postponement («إرجاء»), though the two normalise alike."""

from datetime import date

import pytest

from pipeline.events.extract import _prepare, extract_events
from pipeline.events.triggers import find_triggers

PUB = date(2017, 3, 10)


def _events(text, home="TUN"):
    return {(e["event_type"], e["status"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, PUB, home=home)}


@pytest.mark.parametrize("text, pair", [
    # another visit called off, by other parties: the meeting is only planned
    ("ألغى رئيس الوزراء الإيطالي زيارته إلى الجزائر. وكان من المقرر أن يلتقي وزير الخارجية "
     "التونسي نظيره المغربي يوم الأحد المقبل بالرباط.", ("TUN", "MAR")),
    ("أعلن الكرملين تأجيل زيارة الرئيس الروسي إلى اليابان. وكان من المقرر أن يلتقي وزير "
     "الخارجية التونسي نظيره الجزائري يوم الاثنين المقبل.", ("TUN", "DZA")),
    # a meeting the sentence before says did not take place, by other parties
    ("قال المتحدث إن اللقاء بين الرئيس الأمريكي والرئيس الروسي لم يتم. وكان من المقرر أن "
     "يلتقي وزير الخارجية التونسي نظيره المغربي يوم الأحد المقبل بالرباط.", ("TUN", "MAR")),
    # the visit's minister named in full between the cancellation and the visit: the
    # cancellation is still said of that visit, not of any contact next to it
    ("ألغى وزير الخارجية الأمريكي جون كيري زيارته إلى الجزائر. وكان من المقرر أن يلتقي وزير "
     "الخارجية التونسي نظيره المغربي يوم الأحد المقبل بالرباط.", ("TUN", "MAR")),
    ("ألغى رئيس الوزراء الإيطالي ماتيو رينزي زيارته إلى الجزائر. وكان من المقرر أن يلتقي "
     "وزير الخارجية التونسي نظيره المغربي يوم الأحد المقبل بالرباط.", ("TUN", "MAR")),
    # a digest's next story («ومن جهة أخرى»): what the story before called off is its own
    ("قالت البلدية إنه تم إلغاؤها بسبب الأمطار. ومن جهة أخرى، كان من المقرر أن يلتقي وزير "
     "الخارجية التونسي نظيره المغربي يوم الأحد المقبل بالرباط.", ("TUN", "MAR")),
    ("أعلنت النقابة تأجيل الإضراب إلى موعد لاحق. وعلى صعيد آخر، كان من المقرر أن يلتقي وزير "
     "الخارجية التونسي نظيره المغربي يوم الأحد المقبل بالرباط.", ("TUN", "MAR")),
    ("تم تأجيل الزيارة. ومن جهة أخرى، كان من المقرر أن يلتقي وزير الخارجية التونسي نظيره "
     "المغربي يوم الأحد المقبل بالرباط.", ("TUN", "MAR")),
])
def test_other_contact_called_off_leaves_scheduled_one_planned(text, pair):
    found = _events(text)
    assert ("MEET", "planned", *pair) in found
    assert ("MEET", "cancelled", *pair) not in found


@pytest.mark.parametrize("text, event", [
    # the same sentence
    ("كان من المقرر أن يلتقي وزير الخارجية التونسي نظيره المغربي يوم الأحد المقبل بالرباط، "
     "لكن اللقاء أرجئ إلى موعد لاحق.", ("MEET", "TUN", "MAR")),
    # a pronoun in the next sentence
    ("وكان من المقرر أن يلتقي وزير الخارجية التونسي نظيره الجزائري يوم الاثنين المقبل. إلا "
     "أنه تم تأجيله إلى موعد لاحق.", ("MEET", "TUN", "DZA")),
    # the bare noun denied in the next sentence
    ("كان من المقرر أن يزور وزير الخارجية الفرنسي تونس يوم الاثنين المقبل. لكن الزيارة لم "
     "تتم.", ("VISIT", "FRA", None)),
    # the visit called off by a bare title, after it was told
    ("كان من المقرر أن يزور الرئيس الفرنسي الجزائر يوم الاثنين المقبل. وقد ألغى الرئيس "
     "زيارته بسبب الأحداث.", ("VISIT", "FRA", None)),
    # a meeting during a visit called off the sentence before
    ("ألغى الرئيس الفرنسي زيارته إلى الجزائر. وكان من المقرر أن يلتقي خلالها الرئيس "
     "الجزائري يوم الاثنين المقبل.", ("MEET", "FRA", "DZA")),
    # ... by a minister named in full
    ("ألغى وزير الخارجية الأمريكي جون كيري زيارته إلى الجزائر. وكان من المقرر أن يلتقي "
     "خلالها الرئيس الجزائري يوم الاثنين المقبل.", ("MEET", "USA", "DZA")),
    # the visit postponed the sentence before, the same minister
    ("أعلنت وزارة الخارجية تأجيل زيارة وزير الخارجية الإيراني إلى تركيا. وكان من المقرر أن "
     "يلتقي الوزير الإيراني نظيره التركي يوم الاثنين المقبل.", ("MEET", "IRN", "TUR")),
    # talks postponed the sentence before: a meeting of the same parties goes with them
    ("أعلنت وزارة الخارجية الليبية إرجاء المفاوضات بين الحكومة الليبية والحكومة التونسية. "
     "وكان من المقرر أن يلتقي وزير الخارجية التونسي نظيره الليبي يوم الاثنين المقبل.",
     ("MEET", "TUN", "LBY")),
])
def test_cancellation_said_of_the_scheduled_contact(text, event):
    etype, a1, a2 = event
    found = _events(text)
    assert (etype, "cancelled", a1, a2) in found
    assert (etype, "planned", a1, a2) not in found


def test_regions_word_is_no_postponement_cue():
    cues = find_triggers(_sentence("يؤدي الرئيس الفرنسي زيارة إلى مختلف أرجاء الجزائر."))[2]
    assert not any(c[2] == "cancelled" for c in cues)
    cues = find_triggers(_sentence("تقرر إرجاء زيارة الرئيس الفرنسي إلى الجزائر."))[2]
    assert any(c[2] == "cancelled" for c in cues)
    # written without a hamza: the word before tells which
    cues = find_triggers(_sentence("تجول الوفد في جميع ارجاء المدينة."))[2]
    assert not any(c[2] == "cancelled" for c in cues)
    cues = find_triggers(_sentence("قررت الحكومة ارجاء الزيارة."))[2]
    assert any(c[2] == "cancelled" for c in cues)


@pytest.mark.parametrize("words", ["بـأرجاء", "بِأرجاء", "في «أرجاء»", "في جميعِ ارجاءِ"])
def test_regions_word_written_with_marks_or_quoted_is_no_postponement_cue(words):
    # a tatweel or a vowel after the clitic, a quotation mark before the word: read as written
    cues = find_triggers(_sentence(f"تجول الوفد {words} المدينة."))[2]
    assert not any(c[2] == "cancelled" for c in cues)


@pytest.mark.parametrize("words", ["قررت الحكومة إرجـاء الزيارة.", "أعلنت الحكومة بِإرجاء الزيارة.",
                                   "قررت الحكومة «إرجاء» الزيارة."])
def test_postponement_written_with_marks_or_quoted_is_still_a_cue(words):
    cues = find_triggers(_sentence(words))[2]
    assert any(c[2] == "cancelled" for c in cues)


def test_regions_word_with_a_tatweel_does_not_call_off_the_meeting_before():
    text = ("كان من المقرر أن يلتقي وزير الخارجية الإيطالي نظيره الجزائري يوم الأحد المقبل. "
            "وتجول الوفد بـأرجاء المدينة.")
    found = _events(text)
    assert ("MEET", "planned", "ITA", "DZA") in found
    assert ("MEET", "cancelled", "ITA", "DZA") not in found


def test_regions_word_does_not_call_off_a_visit():
    text = "يؤدي الرئيس الفرنسي زيارة إلى مختلف أرجاء الجزائر."
    plain = "يؤدي الرئيس الفرنسي زيارة إلى مختلف مناطق الجزائر."
    assert _events(text) == _events(plain)
    assert not any(e[1] == "cancelled" for e in _events(text))


def test_regions_word_does_not_call_off_a_scheduled_meeting():
    text = ("استقبل رئيس الحكومة يوسف الشاهد أمس وزير الخارجية الفرنسي. وتجول الوزير بعد ذلك "
            "في جميع أرجاء المدينة، وكان من المقرر أن يلتقي وزير الخارجية الإيطالي نظيره "
            "الجزائري يوم الأحد المقبل.")
    found = _events(text)
    assert ("MEET", "planned", "ITA", "DZA") in found
    assert ("MEET", "cancelled", "ITA", "DZA") not in found


def _sentence(text):
    sents = _prepare(text, PUB, "TUN")
    assert len(sents) == 1
    return sents[0]


def test_cancellation_in_the_unread_tail_of_a_run_on_sentence_calls_nothing_off():
    # lines run together with no full stop: only the opening is read (extract.py
    # MAX_SENTENCE_TOKENS); a postponement at its far end is another story's
    filler = " ".join(["الأخبار المحلية والرياضية"] * 60)
    opening = ("كان من المقرر أن يلتقي وزير الخارجية التونسي نظيره المغربي يوم الأحد المقبل "
               "بالرباط، ")
    found = _events(opening + filler + " وأعلنت النقابة تأجيل الإضراب")
    assert ("MEET", "planned", "TUN", "MAR") in found
    assert ("MEET", "cancelled", "TUN", "MAR") not in found
    # ... and by a pronoun
    found = _events(opening + filler + " وقالت البلدية إنه تم إلغاؤها")
    assert ("MEET", "planned", "TUN", "MAR") in found
