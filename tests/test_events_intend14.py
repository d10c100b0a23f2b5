"""A visit told as intended, named again later by a bare noun (pipeline/events/extract.py
_names_a_coming_visit_again, _coming_day_told).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2017, 5, 13)
LEAD = ("قال مسؤول كبير في الخارجية أمس الجمعة 12 ماي 2017 إن البلدين على وشك توقيع اتفاقيات "
        "اقتصادية، وذلك قبل أسبوع من زيارة يعتزم الرئيس الفرنسي إيمانويل ماكرون القيام بها "
        "للجزائر.\n")


def _visits(text: str) -> list[tuple]:
    return [(e["status"], e["location_country"], e["event_date"])
            for e in extract_events(text, published=PUBLISHED) if e["event_type"] == "VISIT"]


def test_intended_visit_is_planned():
    assert _visits(LEAD) == [("planned", "DZA", None)]


def test_bare_noun_names_the_intended_visit_again():
    # the lead's past day is the statement's, not a day of the visit still to come
    text = LEAD + "وقال المسؤول إن هذه الاتفاقيات يجري إعدادها كي تتزامن مع زيارة ماكرون للجزائر."
    assert _visits(text) == [("planned", "DZA", None)]


def test_bare_noun_to_another_country_stays_reported():
    text = LEAD + "وقال المسؤول إن هذه الاتفاقيات تأتي بعد زيارة ماكرون للمغرب."
    assert ("reported", "MAR", date(2017, 5, 12)) in _visits(text)


def test_visit_told_as_made_keeps_the_lead_day():
    text = ("قال مسؤول كبير في الخارجية أمس الجمعة 12 ماي 2017 إن الرئيس الفرنسي إيمانويل "
            "ماكرون زار الجزائر.\nوقال المسؤول إن هذه الاتفاقيات تزامنت مع زيارة ماكرون للجزائر.")
    assert _visits(text) == [("reported", "DZA", date(2017, 5, 12))]


def _statuses(text: str) -> list[str]:
    return [e["status"] for e in extract_events(text, published=PUBLISHED)]


def test_plan_verb_makes_the_visit_planned():
    # the other persons of the verbs of intention (status.yaml planned)
    assert _statuses("وتخطط المستشارة الألمانية أنغيلا ميركل لزيارة تونس.") == ["planned"]
    assert _statuses("ويخطط الرئيس الأمريكي ترامب للقيام بزيارة إلى السعودية.") == ["planned"]


def test_plans_noun_or_far_plan_verb_leave_a_visit_made():
    assert _statuses("وزارت المستشارة الألمانية أنغيلا ميركل تونس وبحثت خطط التعاون بين "
                     "البلدين.") == ["reported"]
    assert _statuses("وقال الرئيس الفرنسي إيمانويل ماكرون الذي زار الجزائر إن الشركات تخطط "
                     "لمضاعفة استثماراتها.") == ["reported"]


def test_intended_visit_in_a_relative_clause_names_its_visitor():
    # VSO: the verb of intention before the subject, the verbal noun of doing after it
    for doing in ("القيام بها", "أداءها"):
        text = (f"وأكد الوزير أن الزيارة التي يعتزم الرئيس الفرنسي إيمانويل ماكرون {doing} إلى "
                "الجزائر ستكون هامة.")
        assert _visits(text) == [("planned", "DZA", None)], doing


def test_intended_other_deed_on_a_visit_is_no_visit():
    # «تأجيلها»: the visit is what is put off, not what is to be made
    text = ("وأكد الوزير أن الزيارة التي يعتزم الرئيس الفرنسي إيمانويل ماكرون تأجيلها إلى "
            "الجزائر هامة.")
    assert _visits(text) == []
