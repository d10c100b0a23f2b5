"""Rule-level tests for tours and visit programmes (frames._tour_stop, _onward_clause,
_next_stop, _programme_visitor), each on a short invented sentence and, where it matters, the
near-miss the rule must not fire on.

As in tests/test_events_visits.py, the learned scorer is switched off: these check the rule
frames' candidates.
"""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

PUB = date(2025, 3, 10)  # a Monday


pytestmark = pytest.mark.usefixtures("rules_alone")


def _visits(text):
    return sorted((e["status"], e["actor1_country"], e["location_country"])
                  for e in extract_events(text, PUB) if e["event_type"] == "VISIT")


def _meets(text):
    return sorted((e["status"], e["actor1_country"], e["actor2_country"], e["actor2_role"])
                  for e in extract_events(text, PUB) if e["event_type"] == "MEET")


# --- a next stop told in a clause of its own, by a verb that is no trigger (_onward_clause)

def test_onward_clause_after_a_tour_in_the_same_sentence():
    text = ("غادر وزير الخارجية الأمريكي مساء الجمعة واشنطن متوجها إلى الشرق الأوسط في جولة "
            "يستهلها في مصر لإجراء محادثات، وينتقل بعدها إلى قطر لطمأنة دول الخليج.")
    assert ("planned", "USA", "QAT") in _visits(text)


def test_onward_clause_past_after_a_reported_visit():
    text = "وصل الرئيس المصري إلى الرياض اليوم، وانتقل بعدها إلى الدوحة."
    assert _visits(text) == [("reported", "EGY", "QAT"), ("reported", "EGY", "SAU")]


def test_onward_clause_with_its_own_subject_is_not_the_visitors():
    text = "وصل الرئيس المصري إلى الرياض اليوم، وانتقل الوفد إلى الدوحة."
    assert _visits(text) == [("reported", "EGY", "SAU")]


def test_onward_clause_of_a_file_is_no_stop():
    text = "زار الرئيس المصري الرياض الأسبوع الماضي، وينتقل الملف بعدها إلى الدوحة."
    assert _visits(text) == [("reported", "EGY", "SAU")]


# --- the visitor named again after the verb of his next stop (_tour_stop)

def test_next_stop_names_the_visitor_again_with_a_weekday():
    text = ("يصل وزير الخارجية الأمريكي جون كيري إلى القاهرة غدا. ومن مصر، سينتقل كيري، "
            "الإثنين، إلى الدوحة.")
    assert ("planned", "USA", "QAT") in _visits(text)


def test_next_stop_names_the_visitor_again():
    text = "يصل وزير الخارجية الأمريكي جون كيري إلى القاهرة غدا. ثم يتوجه كيري إلى الدوحة."
    assert ("planned", "USA", "QAT") in _visits(text)


def test_next_stop_naming_someone_else_is_not_the_visitors():
    text = ("يصل وزير الخارجية الأمريكي جون كيري إلى القاهرة غدا. ثم ينتقل وزير الخارجية "
            "الروسي إلى الدوحة.")
    assert ("planned", "USA", "QAT") not in _visits(text)


# --- a next stop told by a present verb is still to come (later_stop)

def test_present_next_stop_after_a_visit_under_way_is_planned():
    text = "وصل الرئيس المصري إلى الرياض اليوم. ثم يتوجه إلى الدوحة."
    assert _visits(text) == [("planned", "EGY", "QAT"), ("reported", "EGY", "SAU")]


def test_onward_verb_in_its_own_sentence_after_a_visit_under_way_is_planned():
    text = "وصل الرئيس المصري إلى الرياض اليوم. وينتقل بعدها إلى الدوحة."
    assert _visits(text) == [("planned", "EGY", "QAT"), ("reported", "EGY", "SAU")]


def test_past_next_stop_stays_reported():
    text = "زار الرئيس المصري الرياض أمس. ثم توجه إلى الدوحة."
    assert _visits(text) == [("reported", "EGY", "QAT"), ("reported", "EGY", "SAU")]


# --- a visit's programme told by a verb of inclusion without «برنامج» (_programme_visitor)

def test_the_visit_includes_meetings_planned():
    text = ("يزور وزير الخارجية الفرنسي الجزائر الأسبوع المقبل. وتتضمن الزيارة لقاءات مع "
            "الرئيس الجزائري.")
    assert _meets(text) == [("planned", "FRA", "DZA", "head_of_state")]


def test_his_visit_includes_a_meeting():
    text = "وصل وزير الخارجية الفرنسي إلى الجزائر اليوم. وتتضمن زيارته لقاء مع الرئيس الجزائري."
    assert _meets(text) == [("planned", "FRA", "DZA", "head_of_state")]


def test_the_visit_included_a_meeting_reported():
    text = "وصل وزير الخارجية الفرنسي إلى الجزائر أمس. وشملت الزيارة لقاء مع الرئيس الجزائري."
    assert _meets(text) == [("reported", "FRA", "DZA", "head_of_state")]


def test_an_agreement_that_includes_meetings_is_no_programme():
    text = ("وصل وزير الخارجية الفرنسي إلى الجزائر اليوم. ويتضمن الاتفاق لقاءات مع "
            "الرئيس الجزائري.")
    assert _meets(text) == []


# --- a stop a present verb opens or closes the tour on is still to come (_leg_to_come)

def test_tour_opened_on_a_stop_after_a_departure_is_planned():
    text = ("غادر وزير الخارجية الأمريكي واشنطن مساء الجمعة متوجها إلى الشرق الأوسط في جولة "
            "يستهلها بمصر.")
    assert _visits(text) == [("planned", "USA", "EGY")]


def test_tour_opened_on_a_stop_reached_stays_reported():
    text = "وصل وزير الخارجية الأمريكي إلى القاهرة أمس في جولة يستهلها بمصر."
    assert _visits(text) == [("reported", "USA", "EGY")]


def test_tour_closed_on_a_stop_to_come_after_an_arrival():
    text = ("وصل وزير الخارجية الأمريكي إلى عمان اليوم ضمن جولة إقليمية، ويختتم جولته في "
            "الرياض.")
    assert _visits(text) == [("planned", "USA", "SAU"), ("reported", "USA", "OMN")]


def test_tour_closed_in_the_past_is_reported():
    text = "واختتم وزير الخارجية الأمريكي جولته في الرياض أمس."
    assert _visits(text) == [("reported", "USA", "SAU")]


def test_onward_clause_with_a_weekday_before_its_place():
    text = ("غادر وزير الخارجية الأمريكي واشنطن مساء الجمعة في جولة يستهلها في مصر، وينتقل "
            "الأحد إلى قطر.")
    assert ("planned", "USA", "QAT") in _visits(text)


# --- an earlier stop told in the pluperfect with no subject of its own (_tour_stop)

def _dated_visits(text):
    return sorted((e["status"], e["actor1_country"], e["location_name"], str(e["event_date"]))
                  for e in extract_events(text, PUB) if e["event_type"] == "VISIT")


def test_earlier_stop_in_the_pluperfect_is_the_visitors():
    text = "وصل وزير الدفاع الأمريكي إلى أربيل أمس الأحد. وكان قد زار الأردن السبت."
    assert _dated_visits(text) == [("reported", "USA", "Erbil", "2025-03-09"),
                                   ("reported", "USA", "Jordan", "2025-03-08")]


def test_earlier_stop_with_a_subject_of_its_own_is_not_the_visitors():
    text = "وصل وزير الدفاع الأمريكي إلى أربيل أمس الأحد. وكان الوفد قد زار الأردن السبت."
    assert _dated_visits(text) == [("reported", "USA", "Erbil", "2025-03-09")]


# --- a tour noun framed by the visit before it lists the stops to come (_stops_listed)

def test_tour_of_the_visit_told_lists_stops_to_come():
    text = ("قال وزير الخارجية الإيراني خلال زيارته إلى الكويت أمس في جولة تشمل قطر والعراق "
            "أيضا، إن بلاده تمد يدها.")
    assert _dated_visits(text) == [("planned", "IRN", "Iraq", "None"),
                                   ("planned", "IRN", "Qatar", "None"),
                                   ("reported", "IRN", "Kuwait", "2025-03-09")]


def test_opening_visit_lists_stops_to_come():
    text = ("دعا وزير الخارجية الإيراني محمد جواد ظريف دول الخليج إلى التعاون، واصفا زيارته "
            "للكويت بأنها إعلان نوايا. وقال ظريف في مؤتمر صحافي في الكويت التي وصلها أمس في "
            "مستهل زيارة تشمل أيضا قطر والعراق إن بلاده تمد يدها.")
    visits = _dated_visits(text)
    assert ("planned", "IRN", "Qatar", "None") in visits
    assert ("planned", "IRN", "Iraq", "None") in visits


def test_tour_that_included_places_is_no_list_of_stops_to_come():
    text = ("قال وزير الخارجية الإيراني خلال زيارته إلى الكويت أمس في جولة شملت قطر والعراق، "
            "إن بلاده تمد يدها.")
    assert ("planned", "IRN", "Qatar", "None") not in _dated_visits(text)
