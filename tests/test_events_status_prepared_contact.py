"""A contact its parties prepare or intend («يستعد ممثلون ... للاجتماع», «يعتزم الوزير زيارة»)
is still to come: planned, even when a day before publication is written after it (a wire's
«يوم أمس» edited into an announcement), where a resolved past day would otherwise make it
reported. Invented sentences."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2015, 8, 4)


def _events(text):
    return [(e["event_type"], e["status"], e["event_date"])
            for e in extract_events(text, PUB, home="SAU")]


def test_prepared_meeting_with_a_past_day_stays_planned():
    text = "ويستعد ممثلون عن أوكرانيا وروسيا للاجتماع في مينسك يوم أمس الاثنين لمواصلة المحادثات."
    assert _events(text) == [("MEET", "planned", date(2015, 8, 3))]
    # a word of no name between the verb and the contact («والانفصاليين»)
    text = ("ويستعد ممثلون عن أوكرانيا وروسيا والانفصاليين للاجتماع في مينسك يوم أمس الاثنين "
            "لمواصلة المحادثات.")
    assert [e[:2] for e in _events(text)] == [("MEET", "planned")]


def test_intended_visit_with_a_past_day_stays_planned():
    text = "ويعتزم وزير الخارجية الإيراني زيارة الكويت الأحد الماضي."
    assert [e[:2] for e in _events(text)] == [("VISIT", "planned")]


def test_prepared_meeting_to_come_is_planned():
    text = "ويستعد ممثلون عن أوكرانيا وروسيا للاجتماع في مينسك يوم الاثنين المقبل."
    assert _events(text) == [("MEET", "planned", date(2015, 8, 10))]


def test_meeting_held_yesterday_is_reported():
    # near miss: no verb of preparing, the same day: held
    text = "والتقى ممثلون عن أوكرانيا وروسيا في مينسك يوم أمس الاثنين."
    assert _events(text) == [("MEET", "reported", date(2015, 8, 3))]


def test_preparing_after_a_contact_held_leaves_it_reported():
    # near miss: the verb of preparing governs the travel, the meeting after «بعد أن» was held
    # (a named traveller: with «الوزير» alone there is no event at all to be reported)
    text = "ويستعد وزير الخارجية السعودي للسفر، بعد أن التقى وزير الخارجية الإيراني أمس."
    assert _events(text) == [("MEET", "reported", date(2015, 8, 3))]


def test_contact_told_past_after_a_verb_of_intending_is_reported():
    # near misses: a past verb of its own («بعدما التقى») or a word that frames the contact
    # as past («بعد زيارته») stands between the verb of intending and the contact: the verb
    # governs the return, the contact was held
    text = "يعتزم وزير الخارجية الإيراني العودة إلى بلاده بعدما التقى نظيره الألماني أمس."
    assert _events(text) == [("MEET", "reported", date(2015, 8, 3))]
    text = "ويستعد وزير الخارجية الإيراني للعودة إلى بلاده بعد زيارته برلين أمس."
    assert _events(text) == [("VISIT", "reported", date(2015, 8, 3))]
