"""Several visitors in one visit: a bloc, visitors joined by و after a visit noun, a dual
pronoun, a counterpart joined to the visitor (pipeline/events/frames.py `_visit`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract as extract_mod


def _visits(text: str, published="2016-05-10", home: str | None = "TUN") -> set:
    """(visitor's country or org, role) of each rule VISIT candidate."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "VISIT" and "rule=True" in feats:
            a = c.actor1
            out.add((a.country or a.org, a.role))
    return out


def _countries(visits: set) -> set:
    return {code for code, _role in visits}


def test_a_bloc_visits_as_each_of_its_members():
    text = "زار ممثلو مجموعة 5+1 طهران الأسبوع الماضي لبحث الاتفاق النووي مع إيران."
    assert _countries(_visits(text)) == {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"}


def test_a_bloc_named_after_the_visitor_does_not_visit():
    text = "زار وزير الخارجية الأمريكي طهران بعد محادثات إيران مع مجموعة 5+1."
    assert _countries(_visits(text)) == {"USA"}


def test_visitors_joined_after_a_visit_noun_each_visit():
    text = ("يعقد الاجتماع خلال زيارة وزير الخارجية السعودي عادل الجبير ووزير الخارجية الروسي "
            "سيرغي لافروف إلى قطر اليوم.")
    assert {("SAU", "foreign_minister"), ("RUS", "foreign_minister")} <= _visits(text)


def test_a_second_office_of_the_same_state_is_no_second_visitor():
    text = "نولي اهتماما كبيرا لزيارة ولي ولي العهد ووزير الدفاع محمد بن سلمان لروسيا."
    visits = _visits(text, home="SAU")
    assert _countries(visits) == {"SAU"} and len(visits) == 1


def test_a_dual_pronoun_is_the_visit_of_the_two_joined_before_it():
    text = ("وبعد أشهر من الخلافات التقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز "
            "شريف لمدة ساعة أثناء زيارتهما روسيا.")
    assert {("IND", "head_of_government"), ("PAK", "head_of_government")} <= _visits(text)


def test_a_singular_pronoun_is_one_visitor():
    text = "التقى الرئيس الهندي ورئيس الوزراء الباكستاني نواز شريف أثناء زيارته روسيا."
    assert len(_countries(_visits(text))) == 1


def test_a_counterpart_joined_to_the_visitor_visits_in_his_office():
    text = "زار وزير الخارجية الفرنسي ونظيره الألماني تونس يوم الاثنين."
    assert _visits(text) == {("FRA", "foreign_minister"), ("DEU", "foreign_minister")}


def test_a_counterpart_met_during_the_visit_is_no_visitor():
    text = "زار وزير الخارجية الفرنسي تونس يوم الاثنين والتقى نظيره التونسي."
    assert _countries(_visits(text)) == {"FRA"}


def _meet_pairs(text: str, published="2015-08-01", home: str | None = "SAU") -> set:
    """Sorted country pairs of the rule MEET candidates."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "MEET" and "rule=True" in feats and c.actor2 is not None:
            out.add(tuple(sorted((c.actor1.country or c.actor1.org,
                                  c.actor2.country or c.actor2.org))))
    return out


def test_a_three_sided_meeting_pairs_every_two_of_its_three_parties():
    text = ("عقد وزير الخارجية الروسي سيرغي لافروف اجتماعا ثلاثيا مع نظيريه الأمريكي جون كيري "
            "والسعودي عادل الجبير في الدوحة.")
    assert _meet_pairs(text) == {("RUS", "USA"), ("RUS", "SAU"), ("SAU", "USA")}


def test_a_meeting_with_two_counterparts_pairs_the_subject_with_each_only():
    text = ("عقد وزير الخارجية الروسي سيرغي لافروف اجتماعا مع نظيريه الأمريكي جون كيري "
            "والسعودي عادل الجبير في الدوحة.")
    assert _meet_pairs(text) == {("RUS", "USA"), ("RUS", "SAU")}


def test_a_three_sided_meeting_with_two_parties_named_adds_nothing():
    text = "عقد وزير الخارجية الروسي اجتماعا ثلاثيا مع نظيره الأمريكي جون كيري في الدوحة."
    assert _meet_pairs(text) == {("RUS", "USA")}


def test_a_dual_foreign_ministers_title_names_each_of_the_two_states():
    text = "وصل وزيرا خارجية فرنسا وألمانيا إلى تونس أمس."
    assert _visits(text) == {("FRA", "foreign_minister"), ("DEU", "foreign_minister")}
    text = "التقى وزيرا خارجية مصر والسعودية في القاهرة أمس."
    assert _meet_pairs(text) == {("EGY", "SAU")}


def test_a_dual_title_with_no_state_after_it_names_nobody():
    text = "وصل وزيرا خارجية البلدين إلى القاهرة أمس."
    assert not _visits(text)


def test_a_plural_visit_verb_after_a_joined_subject_list_has_each_visit():
    text = "وزير الخارجية الفرنسي ونظيره الألماني يزوران تونس غدا."
    assert _visits(text) == {("FRA", "foreign_minister"), ("DEU", "foreign_minister")}


def test_a_singular_visit_verb_after_a_list_keeps_its_own_subject():
    text = "التقى الرئيس التونسي بوزير الخارجية الفرنسي ووزير الخارجية الألماني يزور تونس."
    assert _countries(_visits(text)) == {"DEU"}
