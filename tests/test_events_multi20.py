"""Two visits of one traveller told in one clause stay two (twentieth round).

A verb of travelling whose first place is the destination of a visit noun of the traveller's
own standing between them («توجه بعد ختام زيارته إلى X إلى Y») goes to the place after that:
the noun's stop and the verb's next stop are two visits, each with its own trigger."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2019, 3, 12)


def _visits(text):
    return {
        (e["status"], e["actor1_country"], e["actor1_role"], e["location_country"])
        for e in extract_events(text, PUB)
        if e["event_type"] == "VISIT"
    }


def test_verb_after_a_finished_visit_goes_to_the_next_stop():
    rows = _visits(
        "وتوجه وزير الخارجية الأردني أيمن الصفدي أمس بعد ختام زيارته إلى قطر إلى سلطنة عمان "
        "لبحث العلاقات الثنائية."
    )
    assert ("reported", "JOR", "foreign_minister", "OMN") in rows
    assert ("reported", "JOR", "foreign_minister", "QAT") in rows


def test_visit_noun_with_the_only_place_keeps_it():
    # the noun's place is the verb's own when no other place after إلى follows
    rows = _visits("وتوجه وزير الخارجية الأردني أيمن الصفدي أمس في زيارته الأولى إلى قطر.")
    assert {r[3] for r in rows} == {"QAT"}


def test_plain_verb_to_a_place():
    rows = _visits("وتوجه وزير الخارجية الأردني أيمن الصفدي أمس إلى سلطنة عمان.")
    assert {r[3] for r in rows} == {"OMN"}
