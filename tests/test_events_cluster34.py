"""Plural counterparts in the nominative («ونظراؤه»): the co-subject of a contact verb names
the bloc's counterparts as the genitive and accusative forms do, and two outlets' reports of one
meeting, one with each form, share an event cluster."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.clusters import candidate, cluster_events

DAY = date(2015, 8, 3)


def _contacts(text: str) -> list[dict]:
    return [e for e in extract_events(text, DAY, home="SAU") if e["event_type"] == "MEET"]


def _side(e: dict, n: int) -> tuple:
    return (e[f"actor{n}_country"] or e[f"actor{n}_org"], e[f"actor{n}_role"])


def test_nominative_counterparts_as_co_subject_name_the_bloc():
    meets = _contacts(
        "ناقش وزير الخارجية الأمريكي جون كيري ونظراؤه في مجلس التعاون الخليجي "
        "اليوم في الدوحة أمن المنطقة."
    )
    assert len(meets) == 1
    sides = {_side(meets[0], 1), _side(meets[0], 2)}
    assert sides == {("USA", "foreign_minister"), ("GCC", "foreign_minister")}
    assert meets[0]["status"] == "reported"
    assert meets[0]["event_date"] == DAY


def test_nominative_counterparts_with_the_bloc_adjective():
    meets = _contacts("اجتمع وزير الخارجية الفرنسي ونظراؤه الخليجيون أمس في الرياض.")
    assert len(meets) == 1
    sides = {_side(meets[0], 1), _side(meets[0], 2)}
    assert sides == {("FRA", "foreign_minister"), ("GCC", "foreign_minister")}
    assert meets[0]["event_date"] == date(2015, 8, 2)


def test_nominative_counterparts_of_no_contact_make_no_event():
    assert (
        extract_events(
            "وذكرت الدراسة أن الآباء الجدد يزداد وزنهم بينما يفقد نظراؤهم غير المتزوجين بعض الوزن.",
            DAY,
            home="SAU",
        )
        == []
    )


def _row(article: str, text: str) -> list[dict]:
    rows = []
    for k, e in enumerate(extract_events(text, DAY, home="SAU")):
        rows.append({**e, "event_id": f"{article}-{k}", "article_id": article})
    return rows


def test_two_outlets_one_with_each_case_share_a_cluster():
    a = _row(
        "a",
        "بحث وزير الخارجية الأمريكي جون كيري ونظراؤه في مجلس التعاون الخليجي اليوم "
        "في الدوحة الاتفاق النووي.",
    )
    b = _row(
        "b",
        "التقى وزير الخارجية الأمريكي جون كيري اليوم في الدوحة نظراءه في دول مجلس التعاون الخليجي.",
    )
    assert len(a) == 1 and len(b) == 1
    ids = cluster_events([candidate(r, DAY) for r in a + b])
    assert ids[a[0]["event_id"]] == ids[b[0]["event_id"]]


def _sides_of(text: str, published: str) -> list[tuple]:
    return [
        ((e["actor1_country"], e["actor1_name"]), (e["actor2_country"], e["actor2_name"]))
        for e in extract_events(text, date.fromisoformat(published))
    ]


def test_bare_surname_of_the_french_foreign_minister_names_him():
    sides = _sides_of(
        "اجتمع بارو مع فيصل بن فرحان أمس في الرياض وبحثا التحضير للمؤتمر.", "2025-04-16"
    )
    assert sides == [(("FRA", "Jean-Noel Barrot"), ("SAU", "Faisal bin Farhan"))]


def test_shared_surname_after_a_nationality_is_that_states_person():
    sides = _sides_of(
        "استقبل الرئيس الغامبي بارو اليوم في بانجول وزير الخارجية السنغالي.", "2025-02-10"
    )
    assert len(sides) == 1
    assert sides[0][0] == ("GMB", "Adama Barrow")
    assert sides[0][1][0] == "SEN"


def test_shared_surname_in_a_year_only_one_of_them_held_office():
    sides = _sides_of("استقبل الرئيس السنغالي ماكي سال اليوم في دكار بارو.", "2017-02-10")
    assert sides == [(("SEN", "Macky Sall"), ("GMB", "Adama Barrow"))]


def test_two_outlets_full_name_and_bare_surname_share_a_cluster():
    a = [
        {**e, "event_id": f"a-{k}", "article_id": "a"}
        for k, e in enumerate(
            extract_events(
                "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم في الرياض وزير الخارجية "
                "الفرنسي جان نويل بارو.",
                date(2025, 4, 15),
            )
        )
    ]
    b = [
        {**e, "event_id": f"b-{k}", "article_id": "b"}
        for k, e in enumerate(
            extract_events("اجتمع بارو مع فيصل بن فرحان أمس في الرياض.", date(2025, 4, 16))
        )
    ]
    assert len(a) == 1 and len(b) == 1
    ids = cluster_events([candidate(a[0], date(2025, 4, 15)), candidate(b[0], date(2025, 4, 16))])
    assert ids["a-0"] == ids["b-0"]
