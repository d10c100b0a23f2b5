"""Parties of another clause: people a sentence names in a role of their own are no party to its
contact (invented sentences)."""

from pipeline.events import extract_events


def _pairs(text: str, home: str = "SAU") -> set[frozenset]:
    return {
        frozenset((e["actor1_country"] or e["actor1_org"], e["actor2_country"] or e["actor2_org"]))
        for e in extract_events(text, "2015-08-07", home=home)
        if e["actor2_country"] or e["actor2_org"]
    }


def _texts(text: str, home: str = "SAU") -> list[str]:
    return [
        t
        for e in extract_events(text, "2015-08-07", home=home)
        for t in (e["actor1_text"] or "", e["actor2_text"] or "")
    ]


GREETINGS = (
    "واجتمع الملك عبدالله الثاني وولي ولي العهد السعودي أمس، حمل فيه ولي ولي العهد تحيات "
    "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز والأمير محمد بن نايف ولي العهد وزير "
    "الداخلية إلى العاهل الأردني، كما جرت مباحثات ثنائية موسعة."
)


def test_second_sender_of_greetings_after_a_lineage_is_no_party():
    events = extract_events(GREETINGS, "2015-08-06", home="SAU")
    assert not any("نايف" in (e["actor1_text"] or "") + (e["actor2_text"] or "") for e in events)
    meets = [e for e in events if e["event_type"] == "MEET"]
    assert meets
    assert all({e["actor1_country"], e["actor2_country"]} == {"JOR", "SAU"} for e in meets)


def test_a_person_after_the_greetings_clause_still_meets():
    text = (
        "واستقبل العاهل الأردني الملك عبدالله الثاني أمس ولي ولي العهد السعودي، الذي حمل إليه "
        "تحيات الملك سلمان، ثم التقى الأمير محمد بن نايف وزير الداخلية الأردني."
    )
    assert any("نايف" in t for t in _texts(text))


def test_two_objects_of_a_preposition_after_a_meeting_verb_are_no_pair():
    text = (
        "وقال رئيس الشركة إنه سيلتقي بوزير الخارجية الهندي ووزير الخارجية الإيراني في نيودلهي "
        "الأسبوع المقبل."
    )
    assert frozenset(("IND", "IRN")) not in _pairs(text)


def test_subject_before_two_prepositional_objects_meets_each():
    text = "والتقى وزير الخارجية السعودي بالرئيس المصري ووزير الخارجية الإماراتي في القاهرة."
    pairs = _pairs(text)
    assert frozenset(("SAU", "EGY")) in pairs
    assert frozenset(("SAU", "ARE")) in pairs
    assert frozenset(("EGY", "ARE")) not in pairs


def test_object_before_the_subject_still_pairs_them():
    text = "والتقى بالرئيس المصري أمس وزير الخارجية الأمريكي جون كيري في القاهرة."
    assert frozenset(("EGY", "USA")) in _pairs(text)


def test_meeting_noun_with_lam_still_pairs_its_two_sides():
    text = "وأعلن البيت الأبيض عن اجتماع للرئيس الأمريكي والرئيس المكسيكي الأسبوع المقبل في واشنطن."
    assert frozenset(("USA", "MEX")) in _pairs(text)
