"""A visit noun whose ل-person is followed by «إلى» and a place: the ل-person travels there
(«زيارة مرتقبة لوزير الدفاع الأمريكي إلى بغداد»); without «إلى» the ل-person stays the one
visited, and a first visit by a kind of person names no visitor."""

from pipeline.events import extract_events


def _visits(text):
    return [e for e in extract_events(text, published="2015-07-25") if e["event_type"] == "VISIT"]


def test_indefinite_visit_li_person_then_destination():
    (e,) = _visits(
        "وأعلن الجيش ذلك خلال زيارة مفاجئة لوزير الدفاع الأمريكي آشتون كارتر إلى بغداد أمس."
    )
    assert (e["actor1_country"], e["actor1_role"]) == ("USA", "defense_minister")
    assert e["actor2_country"] is None
    assert e["location_country"] == "IRQ"


def test_definite_visit_li_king_with_patronymic_then_destination():
    (e,) = _visits(
        "وقال الوزير إنه سيناقش الزيارة المرتقبة لخادم الحرمين الشريفين الملك سلمان بن عبد"
        " العزيز إلى موسكو في الخريف."
    )
    assert (e["actor1_country"], e["actor1_role"]) == ("SAU", "head_of_state")
    assert e["status"] == "planned"
    assert e["location_country"] == "RUS"


def test_relative_clause_between_visit_and_li_person():
    (e,) = _visits("وجاء القرار أثناء زيارة لم يكشف عنها مسبقا لوزير الدفاع الأمريكي إلى بغداد.")
    assert (e["actor1_country"], e["actor1_role"]) == ("USA", "defense_minister")
    assert e["location_country"] == "IRQ"


def test_definite_visit_li_president_then_destination():
    (e,) = _visits(
        "وتناول الاجتماع الزيارة المرتقبة للرئيس الروسي فلاديمير بوتين إلى القاهرة الشهر المقبل."
    )
    assert (e["actor1_country"], e["actor1_role"]) == ("RUS", "head_of_state")
    assert e["location_country"] == "EGY"


def test_adjective_after_li_person_before_destination():
    (e,) = _visits("وبحث الجانبان زيارة لوزير الخارجية جون كيري مرتقبة إلى القاهرة.")
    assert (e["actor1_country"], e["actor1_role"]) == ("USA", "foreign_minister")
    assert e["location_country"] == "EGY"


def test_near_miss_li_person_without_destination_is_visited():
    # a traveller arrives «في زيارة للملك»: the king is the one visited, not the visitor
    (e,) = _visits("وصل وزير الخارجية الأمريكي إلى الرياض في زيارة للملك سلمان.")
    assert e["actor1_country"] == "USA"
    assert (e["actor2_country"], e["actor2_role"]) == ("SAU", "head_of_state")


def test_near_miss_first_visit_by_a_kind_of_person():
    # «أول زيارة لرئيس أوروبي»: a record of the kind, not a named visitor
    for e in _visits(
        "وسيؤدي الرئيس النمساوي في سبتمبر أول زيارة لرئيس أوروبي إلى طهران منذ سنوات."
    ):
        assert not (e["actor1_text"] or "").startswith("لرئيس")
    for e in _visits("وتعد هذه الزيارة الأولى من نوعها لمستشارة ألمانية في الحكم إلى تونس."):
        assert not (e["actor1_text"] or "").startswith("لمستشارة")
