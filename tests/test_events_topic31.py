"""A state or government named only in a contact's topic is no party to it: the contact noun
is the subject of a verb of discussion («اللقاء تناول ...») and what follows is talked about
(pipeline/events/extract.py `_topic_counterpart`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _pairs(text: str, published: str = "2015-07-23", home: str = "SAU") -> set:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return {
        (e["event_type"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=published, home=home)
    }


def _countries(text: str) -> set:
    return {c for _, pair in _pairs(text) for c, _role in pair}


def test_government_supporting_after_the_topic_verb_is_no_counterpart():
    text = (
        "وأوضح وزير الخارجية عادل الجبير أن اللقاء تناول كذلك الأوضاع في اليمن، "
        "ودعم حكومة مصر للتحالف الذي تقوده المملكة."
    )
    assert "EGY" not in _countries(text)


def test_topic_after_a_discussion_verb_keeps_the_meeting_told_before():
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير في جدة اليوم نظيره الأردني ناصر جودة. "
        "وأوضح الجبير أن اللقاء ناقش الأوضاع في سوريا، ودعم حكومة تركيا للمعارضة."
    )
    pairs = _pairs(text)
    assert ("MEET", frozenset({("SAU", "foreign_minister"), ("JOR", "foreign_minister")})) in pairs
    assert "TUR" not in _countries(text)


def test_parties_named_before_the_topic_verb_are_kept():
    # near miss: the contact noun's relative clause names its parties before «تناول»
    text = "وأوضح الوزير أن اللقاء الذي جمعه بوزير الخارجية المصري تناول الأوضاع في اليمن."
    assert "EGY" in _countries(text)


def test_verb_before_the_contact_noun_keeps_its_parties():
    # near miss: «تناول اللقاء الذي جمع A بB ...»: the noun's parties follow it
    text = "وتناول اللقاء الذي جمع وزير الخارجية السعودي بنظيره المصري أمس العلاقات الثنائية."
    assert (
        "MEET",
        frozenset({("SAU", "foreign_minister"), ("EGY", "foreign_minister")}),
    ) in _pairs(text)


def test_list_after_bein_following_the_contact_noun_is_kept():
    # near miss: «تناول اللقاء بين A وB ...»: a list of the meeting's parties
    text = "وتناول اللقاء بين وزير الخارجية السعودي ونظيره المصري الأوضاع في اليمن."
    assert (
        "MEET",
        frozenset({("SAU", "foreign_minister"), ("EGY", "foreign_minister")}),
    ) in _pairs(text)


# ------------------------------------------------ a chronicle's greeted is no contact's subject


def test_the_greeted_of_a_chronicle_meets_nobody():
    text = (
        "وفي يوم الاثنين 2 مارس 2015، هنأ رئيس جمهورية بلغاريا بذكرى اليوم الوطني لبلاده، "
        "والتقى الرئيس التركي وعقد معه جلسة مباحثات رسمية."
    )
    assert "BGR" not in _countries(text)


def test_the_greeted_after_the_named_greeter_meets_nobody():
    text = (
        "وفي يوم الأربعاء هنأ الملك سلمان رئيس جمهورية بنغلاديش بذكرى استقلال بلاده، "
        "وعقد جلسة مباحثات مع الرئيس السوداني."
    )
    assert "BGD" not in _countries(text)


def test_the_greeter_keeps_his_later_meeting():
    # near miss: the one greeted is named after the greeter, who receives the minister
    text = "هنأ الرئيس التونسي نظيره الفرنسي بفوزه في الانتخابات، ثم استقبل وزير الخارجية الإيطالي."
    assert (
        "MEET",
        frozenset({("TUN", "head_of_state"), ("ITA", "foreign_minister")}),
    ) in _pairs(text, home="TUN")


def test_a_bare_win_after_the_greeter_keeps_his_meeting():
    # near miss: «بفوز المنتخب» names what is congratulated, not the greeted's own occasion
    text = "هنأ الرئيس التونسي بفوز المنتخب ثم استقبل وزير الخارجية الفرنسي."
    assert (
        "MEET",
        frozenset({("TUN", "head_of_state"), ("FRA", "foreign_minister")}),
    ) in _pairs(text, home="TUN")
