"""A bare «الحكومة» or «السلطات» is a state's party only where the grammar makes it one side of
talks with a foreign body: «بين السلطات وبعثة صندوق النقد الدولي», «مشاورات بعثة صندوق النقد
مع الحكومة» (the one state the text names, or the outlet's when it names none), «بين الحكومة
وحركة طالبان» (the state the armed group fights, when the text names it). A domestic subject
stays nobody's (sentences written for these tests)."""

from datetime import date

from pipeline.events import extract as X


def _actors(text, home="TUN"):
    return [(a.country or a.org, a.role) for s in X._prepare(text, date(2017, 4, 26), home)
            for a in s.actors]


def _candidates(text, home="TUN"):
    return {(c.etype, frozenset((c.actor1.country or c.actor1.org,
                                 c.actor2.country or c.actor2.org)))
            for c, _ in X.candidates(text, date(2017, 4, 26), home)
            if c.actor1 is not None and c.actor2 is not None}


def test_authorities_between_with_an_imf_mission_are_the_named_state():
    text = ("وأكد البنك المركزي التونسي أن المحادثات التي أجريت مؤخرا بين السلطات وبعثة صندوق "
            "النقد الدولي كانت إيجابية.")
    assert ("TUN", "official") in _actors(text)
    assert ("NEGOTIATE", frozenset(("TUN", "IMF"))) in _candidates(text)


def test_government_after_with_of_a_missions_talks_is_the_outlets_state():
    text = "وانطلقت مشاورات بعثة صندوق النقد الدولي مع الحكومة اليوم."
    assert ("TUN", "official") in _actors(text)


def test_government_with_two_states_named_is_nobody():
    text = ("زار وزير الخارجية المصري واشنطن. وانطلقت مشاورات بعثة صندوق النقد الدولي مع "
            "الحكومة اليوم.")
    assert not any(r == "official" and c in ("EGY", "USA", "TUN") for c, r in _actors(text))


def test_government_as_a_domestic_subject_is_nobody():
    text = "وقالت الحكومة إنها ستدرس مقترحات صندوق النقد الدولي خلال الأسبوع المقبل."
    assert ("TUN", "official") not in _actors(text)


def test_government_with_an_unknown_adjective_is_nobody():
    text = "وتتواصل المحادثات بين الحكومة الشرعية وبعثة صندوق النقد الدولي."
    assert ("TUN", "official") not in _actors(text)


def test_government_and_an_armed_group_are_the_state_it_fights():
    text = ("قتل عشرة أشخاص في هجوم بشمال أفغانستان. وجاء الهجوم قبل جولة جديدة من محادثات "
            "السلام بين الحكومة وحركة طالبان.")
    assert ("AFG", "official") in _actors(text, "SAU")
    assert ("TALIBAN", "group") in _actors(text, "SAU")
    assert ("NEGOTIATE", frozenset(("AFG", "TALIBAN"))) in _candidates(text, "SAU")


def test_government_and_an_armed_group_without_the_state_named_is_nobody():
    text = "وجاء الهجوم قبل جولة جديدة من محادثات السلام بين الحكومة وحركة طالبان."
    assert _actors(text, "SAU") == [("TALIBAN", "group")]


def test_government_named_before_keeps_its_state():
    text = ("وقالت الحكومة اليونانية إنها قدمت مشروع القانون. وتتواصل المحادثات بين الحكومة "
            "وبعثة صندوق النقد الدولي.")
    assert ("GRC", "official") in _actors(text, "SAU")


def test_authorities_in_a_named_state_are_that_states():
    text = ("زار وزير الخارجية السعودي القاهرة. وأجرت بعثة صندوق النقد الدولي مشاورات مع "
            "السلطات في مصر.")
    assert ("EGY", "official") in _actors(text, "SAU")
    assert ("MEET", frozenset(("IMF", "EGY"))) in _candidates(text, "SAU")


def test_authorities_in_a_named_state_without_talks_are_nobody():
    text = "زار وزير الخارجية السعودي القاهرة. وتعاون المتهم مع السلطات في مصر."
    assert ("EGY", "official") not in _actors(text, "SAU")
