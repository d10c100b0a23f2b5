"""A verb whose place and time come before its subject (verb, place, time, subject): «يصل إلى
الخرطوم يوم الأحد المقبل وزير الخارجية ...», «استقبل في قصر اليمامة أمس الملك ... رئيس الوزراء
...». The actor past the place and the time words is the verb's subject, as when it stands
right after the verb; a subject named before the verb (SVO) keeps the actor after the setting
its object, and «مع» before the actor makes it the object. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)  # a Monday


def _visits(text):
    return [(e["actor1_country"], e["actor1_role"], e["location_name"], e["status"])
            for e in extract_events(text, PUB) if e["event_type"] == "VISIT"]


def _meetings(text):
    return sorted(tuple(sorted([(e["actor1_country"], e["actor1_role"]),
                                (e["actor2_country"], e["actor2_role"])]))
                  for e in extract_events(text, PUB) if e["event_type"] == "MEET")


def test_arrival_with_place_and_a_day_before_the_visitor():
    text = "يصل إلى الخرطوم يوم الأحد المقبل وزير الخارجية المصري في زيارة رسمية."
    assert _visits(text) == [("EGY", "foreign_minister", "Khartoum", "planned")]


def test_arrival_with_place_and_a_part_of_the_day_before_the_visitor():
    text = "وصل إلى القاهرة بعد ظهر أمس الرئيس الفلسطيني للمشاركة في الاحتفالات."
    assert _visits(text) == [("PSE", "head_of_state", "Cairo", "reported")]


def test_visit_verb_with_its_place_and_day_before_the_visitor():
    text = "يزور الرباط يوم الخميس المقبل رئيس الوزراء الإسباني في أول زيارة له."
    assert _visits(text) == [("ESP", "head_of_government", "Rabat", "planned")]


def test_reception_with_palace_and_day_before_the_host():
    text = ("استقبل في قصر اليمامة أمس الملك سلمان بن عبدالعزيز رئيس الوزراء الباكستاني "
            "وبحث معه العلاقات الثنائية.")
    assert _meetings(text) == [(("PAK", "head_of_government"), ("SAU", "head_of_state"))]


def test_subject_before_the_verb_keeps_the_actor_after_the_setting_its_guest():
    text = ("أعلن الديوان الملكي أن الملك سلمان يستقبل في قصر اليمامة يوم الأحد المقبل الرئيس "
            "المصري.")
    assert _meetings(text) == [(("EGY", "head_of_state"), ("SAU", "head_of_state"))]
