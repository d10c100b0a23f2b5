"""Rules of the twentieth round that the labelled and unlabelled news never reach, pinned by
their own constructions so that a later tidy does not take them for dead code."""

from pipeline.events import extract_events


def test_relative_day_of_what_talks_came_after_is_not_theirs():
    # a relative day («أمس») in the clause of the agreement the talks followed: not explicit,
    # so only the rule for a thing the contact came after leaves the talks undated
    text = (
        "وبعد الاتفاق الذي وقع أمس، بدأت مفاوضات في أثينا بين اليونان ودائنيها في أجواء من "
        "التوتر السياسي."
    )
    evs = [
        e for e in extract_events(text, "2015-08-04", home="SAU") if e["event_type"] == "NEGOTIATE"
    ]
    assert evs
    assert all(e["status"] == "reported" and e["event_date"] is None for e in evs)


def test_headed_delegation_on_a_visit_is_told_by_the_visit_noun():
    text = "يترأس وزير الخارجية المغربي وفدا حكوميا في زيارة إلى فرنسا تبدأ غدا."
    evs = [e for e in extract_events(text, "2015-08-04", home="SAU") if e["event_type"] == "VISIT"]
    assert [(e["actor1_country"], e["location_country"], e["trigger"]) for e in evs] == [
        ("MAR", "FRA", "زيارة")
    ]
