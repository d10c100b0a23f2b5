"""Talks with a bloc named as a topic, not as talks held (blocs.background_talks), and a
consensus noun that takes a «بين» pair (blocs.yaml states.topics).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events

PUB = date(2015, 7, 21)
# a sentence naming the other creditors as parties (without it, unnamed creditors are the EU
# alone)
NAMED = "ويضم الدائنون صندوق النقد الدولي والبنك المركزي الأوروبي والمفوضية الأوروبية."


def _pairs(text: str) -> set:
    return {(ev["event_type"], ev["actor1_country"] or ev["actor1_org"],
             ev["actor2_country"] or ev["actor2_org"]) for ev in extract_events(text, PUB)}


def _orgs(text: str) -> set:
    return {x for _t, a, b in _pairs(text) for x in (a, b)}


# ----------------------------------------------------------------------------- background talks

@pytest.mark.parametrize("text", [
    # the genitive of a word telling the talks' fate or start
    "تراجعت البورصة اليونانية بسبب تعثر مباحثات الإنقاذ بين الحكومة اليونانية ودائنيها.",
    "حصلت اليونان على قرض يكفيها حتى نهاية الشهر وبدء مفاوضات مع دائنيها حول برنامج جديد.",
    "وهبط اليورو بعد فشل المحادثات بين اليونان والدائنين الدوليين.",
    # the object of a verb of watching, whose subject is someone else
    "وتابع المصرف المركزي النرويجي المحادثات بين الدائنين الدوليين واليونان عن كثب.",
])
def test_talks_with_creditors_named_as_a_topic_give_no_event(text):
    assert not _orgs(text) & {"EU", "ECB", "IMF"}


@pytest.mark.parametrize("text", [
    # a verb of holding or resuming with its subject: talks held
    "بدأت الحكومة اليونانية أمس مفاوضات مع دائنيها حول برنامج إنقاذ ثالث.",
    "واستؤنفت أمس المحادثات بين اليونان ودائنيها في أثينا.",
])
def test_talks_with_creditors_held_are_kept(text):
    # the text names the other creditors (unnamed, they are the EU alone: blocs.settle_unnamed)
    assert {"EU", "ECB", "IMF", "GRC"} <= _orgs(text + "\n" + NAMED)


def test_a_watcher_after_punctuation_does_not_touch_the_talks():
    text = "وتابع الوزير حديثه، وأجرت اليونان أمس مباحثات مع دائنيها في أثينا.\n" + NAMED
    assert {"EU", "ECB", "IMF"} <= _orgs(text)


# ----------------------------------------------------------------------------- consensus noun

def test_consensus_between_two_states_is_a_topic_not_the_talks_sides():
    text = "وقال الوزير إن المشاورات أظهرت مدى التوافق بين مصر والكويت في الملفات الإقليمية."
    assert ("NEGOTIATE", "EGY", "KWT") not in _pairs(text)


def test_consultations_between_two_states_still_pair_them():
    text = "وأجرى وزير الخارجية المصري مشاورات بين مصر والكويت."
    assert ("NEGOTIATE", "EGY", "KWT") in _pairs(text)
