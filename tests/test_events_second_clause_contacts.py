"""A second contact told in a second clause of the same sentence («، فيما يزور غدا الدوحة»,
«، على أن يزور غدا الدوحة»), and a trip told by a verb of leaving («غادر X صنعاء متوجها إلى
مسقط»). Sentences are invented paraphrases."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _events(text: str, published: str = "2024-03-10", home: str | None = "SAU") -> list[dict]:
    return extract_events(text, published=published, home=home)


def _of_type(events: list[dict], etype: str) -> list[dict]:
    return [e for e in events if e["event_type"] == etype]


def _meeting(events: list[dict]) -> dict:
    meets = _of_type(events, "MEET")
    assert len(meets) == 1, events
    return meets[0]


def _visit(events: list[dict]) -> dict:
    visits = _of_type(events, "VISIT")
    assert len(visits) == 1, events
    return visits[0]


def test_fima_clause_visit_is_the_sentence_subjects():
    ev = _events("التقى وزير الخارجية السعودي أمس نظيره الفرنسي، فيما يزور غدا الدوحة.")
    visit = _visit(ev)
    assert visit["actor1_country"] == "SAU"
    assert visit["actor1_role"] == "foreign_minister"
    assert visit["status"] == "planned"
    assert visit["event_date"] == date(2024, 3, 11)
    assert visit["location_country"] == "QAT"


def test_fima_clause_place_is_not_the_meetings():
    ev = _events("التقى وزير الخارجية السعودي أمس نظيره الفرنسي، فيما يزور غدا الدوحة.")
    meet = _meeting(ev)
    assert {meet["actor1_country"], meet["actor2_country"]} == {"SAU", "FRA"}
    assert meet["status"] == "reported"
    assert meet["event_date"] == date(2024, 3, 9)
    assert meet["location_country"] != "QAT"


def test_ala_an_clause_visit_is_kept_with_its_own_day():
    ev = _events("التقى وزير الخارجية السعودي أمس نظيره الفرنسي، على أن يزور غدا الدوحة.")
    visit = _visit(ev)
    assert visit["actor1_country"] == "SAU"
    assert visit["status"] == "planned"
    assert visit["event_date"] == date(2024, 3, 11)
    assert _meeting(ev)["location_country"] != "QAT"


def test_ala_an_clause_after_a_reported_statement():
    text = "وقال المتحدث إن وزير الخارجية السعودي التقى أمس نظيره الفرنسي، على أن يزور غدا الدوحة."
    visit = _visit(_events(text))
    assert visit["actor1_country"] == "SAU"
    assert visit["status"] == "planned"


def test_meeting_place_named_before_the_clause_stays():
    text = "التقى وزير الخارجية السعودي أمس نظيره الفرنسي في باريس، فيما يزور غدا الدوحة."
    ev = _events(text)
    assert _meeting(ev)["location_country"] == "FRA"
    assert _visit(ev)["location_country"] == "QAT"


def test_wa_clause_place_is_not_the_meetings():
    ev = _events("التقى وزير الخارجية السعودي أمس نظيره الفرنسي، ويزور غدا الدوحة.")
    assert _meeting(ev)["location_country"] != "QAT"
    assert _visit(ev)["actor1_country"] == "SAU"


def test_near_miss_fima_clause_with_its_own_subject():
    text = (
        "التقى وزير الخارجية السعودي أمس نظيره الفرنسي، فيما يزور وزير الخارجية القطري غدا الرياض."
    )
    visit = _visit(_events(text))
    assert visit["actor1_country"] == "QAT"
    assert visit["location_country"] == "SAU"


def test_near_miss_fima_while_another_actor_visits():
    text = "بحث وزير الخارجية السعودي أمس مع نظيره الفرنسي الأزمة، فيما زار الرئيس التركي الدوحة."
    visits = _of_type(_events(text), "VISIT")
    assert all(v["actor1_country"] != "SAU" for v in visits), visits
    assert any(v["actor1_country"] == "TUR" for v in visits), visits


def test_leaving_a_base_goes_to_the_place_reached():
    visit = _visit(_events("غادر وفد الحوثيين صنعاء أمس متوجها إلى مسقط."))
    assert visit["location_country"] == "OMN"
    assert visit["actor1_role"] == "delegation"


def test_leaving_with_the_place_reached_after_ila():
    visit = _visit(_events("غادر وفد الحوثيين صنعاء مساء الجمعة على متن طائرة إلى مسقط."))
    assert visit["location_country"] == "OMN"


def test_near_miss_a_state_visitor_leaving_home_visits_only_the_place_reached():
    visit = _visit(_events("غادر وزير الخارجية الإيراني طهران أمس متوجها إلى مسقط."))
    assert visit["actor1_country"] == "IRN"
    assert visit["location_country"] == "OMN"


def test_near_miss_a_state_visitor_leaving_a_foreign_country_keeps_it():
    events = _events("غادر الرئيس الأمريكي كينيا أمس متوجها إلى إثيوبيا.")
    places = {e["location_country"] for e in _of_type(events, "VISIT")}
    assert places == {"KEN", "ETH"}
