"""A vaguer party of a state or organisation (its officials, representatives, an unnamed
delegation) told beside a named officer of the same side in one contact is no second
counterpart."""

from pipeline.events import extract_events


def _pairs(text):
    return sorted(
        (
            e["event_type"],
            e["actor1_role"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_role"],
            e["actor2_country"] or e["actor2_org"],
        )
        for e in extract_events(text, "2017-03-02")
    )


def test_representatives_beside_their_secretary_general():
    text = (
        "اجتمع أمس في الرياض ممثلو دول مجلس التعاون والأمين العام لمجلس التعاون مع "
        "وزير الخارجية الأمريكي جون كيري لبحث الشراكة بين الجانبين."
    )
    assert _pairs(text) == [("MEET", "organization_head", "GCC", "foreign_minister", "USA")]


def test_unnamed_delegation_beside_its_named_minister():
    text = (
        "استقبل الرئيس التونسي الباجي قائد السبسي أمس وزير الخارجية الإيطالي باولو "
        "جنتيلوني والوفد الحكومي الإيطالي."
    )
    evs = extract_events(text, "2017-03-02")
    assert [(e["actor2_role"], e["actor2_country"]) for e in evs] == [("foreign_minister", "ITA")]
    assert str(evs[0]["event_date"]) == "2017-03-01"


def test_officials_beside_their_named_foreign_minister():
    text = (
        "وأجرى وزير الخارجية الأمريكي محادثات مع المسؤولين المصريين ووزير الخارجية "
        "المصري سامح شكري أمس في القاهرة."
    )
    assert _pairs(text) == [("MEET", "foreign_minister", "USA", "foreign_minister", "EGY")]


def test_another_states_delegation_stays_a_counterpart():
    text = (
        "استقبل الرئيس التونسي الباجي قائد السبسي أمس وزير الخارجية الإيطالي باولو "
        "جنتيلوني والوفد الفرنسي."
    )
    assert [p[3:] for p in _pairs(text)] == [("delegation", "FRA"), ("foreign_minister", "ITA")]
