"""Talks told as begun, resumed or concluded as a whole are a negotiation.

A talks noun (blocs.yaml `talks`: «محادثات», «مباحثات» ...) right after a word that tells the
talks as a whole starting, resuming or ending (grammar.yaml `talks_phase`: «انتهت محادثات بين
A وB», «استئناف المحادثات بين A وB») names a negotiation between sides, not one sitting
(bench/data/events_real/README.md, harmonised labels part 5: talks "begun, resumed, broken off
or concluded as a whole" are NEGOTIATE). Talks begun by a subject («بدأ X محادثات مع Y»), the
start of a visit's sitting («تبدأ اليوم المباحثات بين A وB») and a visit's official talks
(«انطلقت المباحثات الرسمية») keep their meeting type.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract as extract_mod


def _cands(text: str) -> set:
    """(type, (country or org, role), (country or org, role)) of every rule candidate, the
    pair sorted."""
    out = set()
    for c, feats in extract_mod.candidates(text, "2016-05-10", "EGY"):
        if "rule=True" not in feats or c.actor2 is None:
            continue
        pair = sorted((a.country or a.org, a.role) for a in (c.actor1, c.actor2))
        out.add((c.etype, *pair))
    return out


def test_talks_concluded_as_a_whole_are_a_negotiation():
    text = ("وقال المتحدث: انتهت محادثات بين الرئيس الياباني شينزو آبي والرئيس الأسترالي "
            "مالكوم تيرنبول أمس حول صفقة الغواصات.")
    got = _cands(text)
    assert any(c[0] == "NEGOTIATE" for c in got), got
    assert not any(c[0] == "MEET" for c in got), got


def test_talks_resumed_are_a_negotiation():
    text = ("وأعلن الوسيط استئناف المحادثات بين وزير الخارجية الأرميني ونظيره الأذربيجاني "
            "اليوم في جنيف.")
    got = _cands(text)
    assert ("NEGOTIATE", ("ARM", "foreign_minister"), ("AZE", "foreign_minister")) in got, got
    assert not any(c[0] == "MEET" for c in got), got


def test_talks_of_a_visit_starting_today_stay_a_meeting():
    # near-miss: «تبدأ اليوم المباحثات بين» opens the sitting of a visit (a MEET by part 5),
    # which is why «بدأ» is not a phase word
    text = ("وتبدأ اليوم المباحثات بين وزير الخارجية الأرميني ونظيره الأذربيجاني الذي وصل "
            "أمس إلى موسكو.")
    got = _cands(text)
    assert ("MEET", ("ARM", "foreign_minister"), ("AZE", "foreign_minister")) in got, got
    assert not any(c[0] == "NEGOTIATE" for c in got), got


def test_talks_begun_by_a_subject_stay_a_meeting():
    # near-miss: the subject between «بدأ» and the noun: a visitor's talks with his hosts
    text = ("وبدأ وزير الخارجية الأرميني محادثات مع نظيره الأذربيجاني اليوم في جنيف.")
    got = _cands(text)
    assert not any(c[0] == "NEGOTIATE" for c in got), got


def test_official_talks_of_a_visit_begun_stay_a_meeting():
    # near-miss: «المباحثات الرسمية» after the phase verb are one sitting of a visit
    text = ("وانطلقت المباحثات الرسمية بين الرئيس الأرميني ونظيره الأذربيجاني اليوم في قصر "
            "الرئاسة.")
    got = _cands(text)
    assert not any(c[0] == "NEGOTIATE" for c in got), got


def test_consultations_begun_stay_a_meeting():
    # near-miss: «المشاورات» after a phase word are a joint committee's sitting, not talks
    text = ("وانطلقت اليوم المشاورات بين وزير الخارجية الأرميني ونظيره الأذربيجاني في "
            "موسكو.")
    got = _cands(text)
    assert not any(c[0] == "NEGOTIATE" for c in got), got


def test_a_phase_word_types_only_the_talks_noun_right_after_it():
    # the same talks noun told twice in one sentence: «استئناف» before the second one makes
    # the second talks a negotiation, not the first ones (a sitting held yesterday)
    text = ("عقدت المحادثات بين الرئيس المصري ونظيره السوداني أمس في القاهرة، فيما أعلن "
            "الجانبان استئناف المحادثات بين روسيا وأمريكا.")
    got = _cands(text)
    assert ("MEET", ("EGY", "head_of_state"), ("SDN", "head_of_state")) in got, got
    assert ("NEGOTIATE", ("RUS", "official"), ("USA", "official")) in got, got
