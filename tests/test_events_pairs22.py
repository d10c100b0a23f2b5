"""Contacts one outlet reports and another misses (two outlets' reports of one contact, read in
unlabelled news): a review verb («استعرض») with «مع» right after its subject is a discussion
with whom «مع» names; a noun between them keeps «مع» the noun's.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2015-08-11"


def _events(text: str) -> list[tuple]:
    def side(e: dict, n: str) -> str:
        return e[f"{n}_country"] or e[f"{n}_org"]

    return sorted(
        (
            e["event_type"],
            e["status"],
            str(e["event_date"]),
            frozenset(
                {(side(e, "actor1"), e["actor1_role"]), (side(e, "actor2"), e["actor2_role"])}
            ),
        )
        for e in extract_events(text, published=PUB, home="SAU")
    )


def test_review_with_counterpart_right_after_subject():
    text = (
        "استعرض وزير الدفاع السعودي مع وزير الدولة لشؤون الدفاع القطري مساء أمس "
        "علاقات التعاون العسكري بين البلدين."
    )
    assert _events(text) == [
        (
            "MEET",
            "reported",
            "2015-08-10",
            frozenset({("SAU", "defense_minister"), ("QAT", "defense_minister")}),
        )
    ]


def test_review_with_counterpart_after_joined_subjects():
    # the co-subject joined by و before «مع» meets the counterpart too (one event each)
    text = (
        "استعرض وزراء خارجية دول مجلس التعاون والأمين العام للمجلس مع وزير الخارجية الأمريكي، "
        "في اجتماعهم أمس في الدوحة، الملف النووي."
    )
    assert _events(text) == [
        (
            "MEET",
            "reported",
            "2015-08-10",
            frozenset({("GCC", "foreign_minister"), ("USA", "foreign_minister")}),
        ),
        (
            "MEET",
            "reported",
            "2015-08-10",
            frozenset({("GCC", "organization_head"), ("USA", "foreign_minister")}),
        ),
    ]


def test_review_of_a_matter_with_others_is_no_contact():
    text = "استعرض وزير الخارجية الأمريكي أمس الاتفاق مع نظيره الروسي أمام الكونغرس."
    assert _events(text) == []


def test_review_of_an_agreement_with_a_group_is_no_contact():
    # a noun between the subject and «مع»: the group is the agreement's other side
    text = "استعرض وزير الخارجية الإيراني الاتفاق النووي مع دول مجموعة 5+1 أمام البرلمان."
    assert _events(text) == []


def test_speakers_own_meeting_pronoun_with_object_after_a_reported_clause():
    # the group named inside the reported clause is no party: the speaker's «لقائه» is his
    text = (
        "وأكد وزير الخارجية التركي أن بلاده ستبدأ قريبا محاربة تنظيم داعش في شمال سوريا، "
        "وذلك خلال لقائه نظيره الأمريكي في ماليزيا أمس."
    )
    assert _events(text) == [
        (
            "MEET",
            "reported",
            "2015-08-10",
            frozenset({("TUR", "foreign_minister"), ("USA", "foreign_minister")}),
        )
    ]


def test_setting_noun_without_pronoun_or_with_needs_its_counterpart_marked():
    # «خلال لقاء» with no pronoun and no «مع»: the speaker is not made its party
    text = (
        "وأكد وزير الخارجية التركي أن بلاده ستبدأ قريبا محاربة تنظيم داعش في شمال سوريا، "
        "وذلك خلال لقاء نظيره الأمريكي في ماليزيا أمس."
    )
    assert ("TUR", "foreign_minister") not in {
        side for _, _, _, pair in _events(text) for side in pair
    }


def test_blessing_between_dashes_does_not_cut_the_owner_off():
    # the pronoun of «لقاءه» is the prince's, named before the blessing
    text = (
        "أكد السفير السعودي أن زيارة الأمير محمد بن سلمان وزير الدفاع – حفظه الله – "
        "ولقاءه الملك عبدالله الثاني يأتيان في إطار التشاور بين البلدين."
    )
    assert _events(text) == [
        (
            "MEET",
            "reported",
            "None",
            frozenset({("SAU", "defense_minister"), ("JOR", "head_of_state")}),
        )
    ]


def test_other_parenthetical_between_dashes_still_cuts():
    # a dash-delimited aside that is no blessing keeps the name before it apart
    text = (
        "أكد السفير السعودي أن زيارة الأمير محمد بن سلمان وزير الدفاع – وهي الثانية هذا العام – "
        "ولقاءه الملك عبدالله الثاني يأتيان في إطار التشاور بين البلدين."
    )
    assert ("SAU", "defense_minister") not in {
        side for _, _, _, pair in _events(text) for side in pair
    }


def test_time_aside_before_the_gathering_clause():
    text = (
        "وقالت المصادر إن اجتماع الدوحة الثلاثي، يوم الأحد الماضي، الذي ضم وزراء خارجية "
        "الولايات المتحدة وروسيا والسعودية لم يحقق تقدما."
    )
    pairs = {pair for etype, _, day, pair in _events(text) if etype == "MEET"}
    assert frozenset({("USA", "foreign_minister"), ("RUS", "foreign_minister")}) in pairs
    assert all(day == "2015-08-09" for *_, day, _ in _events(text))


def test_other_clause_between_commas_keeps_the_list_apart():
    # a clause with a verb between the commas is no time aside: the relative clause after it
    # is not read as the noun's
    text = (
        "وقالت المصادر إن اجتماع الدوحة الثلاثي، الذي تأجل مرتين، الذي ضم وزراء خارجية "
        "الولايات المتحدة وروسيا والسعودية لم يحقق تقدما."
    )
    assert _events(text) == []
