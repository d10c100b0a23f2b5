"""Visits told with their visitor or host outside the trigger's own clause: a speech its
speaker gave in a foreign place (presence.py, _speech_at)."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

PUB = "2015-08-03"


def _visits(text: str, home: str = "SAU") -> set[tuple]:
    return {(e["actor1_country"], e["actor1_role"], e["location_country"])
            for e in extract_events(text, PUB, home=home) if e["event_type"] == "VISIT"}


@pytest.mark.parametrize("text, visit", [
    # the indefinite noun fronted before the verb of saying and its speaker
    ("وفي كلمة بالأردن أمس قال وزير الخارجية الأمريكي جون كيري إن الحل السياسي هو الطريق "
     "الوحيد لإنهاء الأزمة.", ("USA", "foreign_minister", "JOR")),
    # the noun with the subject's pronoun, the event between it and the place
    ("دعا الرئيس الفرنسي فرانسوا هولاند اليوم إلى تعزيز التعاون الاقتصادي خلال كلمته في "
     "المنتدى الاقتصادي بالعاصمة المغربية الرباط.", ("FRA", "head_of_state", "MAR")),
])
def test_a_speech_given_in_a_foreign_place_is_a_visit(text, visit):
    assert visit in _visits(text)


@pytest.mark.parametrize("text", [
    # the speaker at home: no visit
    "دعا الرئيس الفرنسي فرانسوا هولاند اليوم إلى تعزيز التعاون خلال كلمته في المنتدى "
    "الاقتصادي بالعاصمة الفرنسية باريس.",
    # a broadcast speech is heard from afar
    "وفي كلمة بثها التلفزيون بالأردن أمس قال وزير الخارجية الأمريكي جون كيري إن الحل "
    "السياسي هو الطريق الوحيد.",
    # the pronoun's owner is the sentence's subject, not an actor named after the noun
    "أشاد المتحدث بجهود السلام خلال كلمته في المنتدى بالعاصمة المغربية الرباط بحضور وزير "
    "الخارجية الأمريكي جون كيري.",
    # the place is the speech's topic, after «عن»: not where it was given
    "وفي كلمة عن الأردن أمس قال وزير الخارجية الأمريكي جون كيري إن الحل السياسي هو الطريق "
    "الوحيد.",
    # a place inside the speech's topic («كلمته الأوضاع في X»), not the venue of a gathering
    "وتناول الرئيس الفرنسي فرانسوا هولاند في كلمته الأوضاع في الأردن والمغرب.",
])
def test_a_speech_at_home_from_afar_or_by_nobody_named_is_no_visit(text):
    assert not any(v[2] in ("JOR", "MAR", "FRA") for v in _visits(text))


# ------------------------------------------------- the inviter named in the next sentence

def _hosts(text: str) -> set[tuple]:
    return {(e["actor1_country"], e["actor2_country"], e["actor2_role"])
            for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "VISIT"}


def test_the_inviter_of_the_visit_told_in_the_next_sentence_hosts_it():
    text = ("أفادت مصادر بأن الرئيس التونسي سيزور العاصمة الفرنسية باريس الشهر المقبل. وقال "
            "المتحدث باسم الرئاسة إن الترتيبات جارية لإنجاح الزيارة التي تأتي بدعوة رسمية من "
            "الرئيس الفرنسي فرانسوا هولاند.")
    assert ("TUN", "FRA", "head_of_state") in _hosts(text)


@pytest.mark.parametrize("text", [
    # the inviter is of another state than the visit's destination: another visit's
    "أفادت مصادر بأن الرئيس التونسي سيزور العاصمة الفرنسية باريس الشهر المقبل. وقال المتحدث "
    "باسم الرئاسة إن الزيارة التي تأتي بدعوة رسمية من الرئيس الجزائري ستتم لاحقا.",
    # another visit told before «الزيارة» in the next sentence
    "أفادت مصادر بأن الرئيس التونسي سيزور العاصمة الفرنسية باريس الشهر المقبل. وكان رئيس "
    "الوزراء الإيطالي قد زار باريس في الزيارة التي جاءت بدعوة من الرئيس الفرنسي فرانسوا "
    "هولاند.",
])
def test_an_inviter_of_another_visit_hosts_nothing(text):
    assert ("TUN", "FRA", "head_of_state") not in _hosts(text)
    assert not any(h[0] == "TUN" and h[1] == "DZA" for h in _hosts(text))


# ------------------------------------ the subject of a visit verb past the protocol adverbials

def _visit_rows(text: str) -> set[tuple]:
    return {(e["actor1_country"], e["status"], e["location_country"])
            for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "VISIT"}


def test_the_subject_after_a_blessing_a_date_and_honorifics_is_the_visitor():
    text = ("يغادر - بمشيئة الله تعالى - اليوم الاثنين 18/10/1436هـ الموافق 3/8/2015م صاحب "
            "السمو الملكي الأمير سعود الفيصل وزير الخارجية إلى المملكة المغربية في زيارة "
            "رسمية.")
    assert ("SAU", "planned", "MAR") in _visit_rows(text)


def test_an_actor_past_the_destination_and_a_comma_is_no_subject_of_the_verb():
    # «سيزور إيران في ...، بعد نظيره الفرنسي»: the French minister went before, elsewhere told
    text = ("وأعلنت الوزارة أن الوزير سيزور إيران في الرابع والخامس من أغسطس المقبل، بعد نظيره "
            "الفرنسي لوران فابيوس.")
    assert not any(v[0] == "FRA" for v in _visit_rows(text))
