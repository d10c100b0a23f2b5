"""One who visits, attends or opens something in the company of a leader of another state met
him: «إثر زيارة لمتحف في باريس برفقة الملك المغربي», «يفتتح X رفقة رئيس الوزراء الإيطالي
المعرض». A companion whose state the text does not name (a bare title, his own delegation) is no
counterpart. Sentences written for these tests."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2024, 5, 6)


def _meets(text):
    return [(e["status"], {(e["actor1_country"], e["actor1_role"]),
                           (e["actor2_country"], e["actor2_role"])})
            for e in extract_events(text, PUB) if e["event_type"] == "MEET"]


def test_a_visit_in_the_company_of_a_foreign_king():
    text = ("وقال الرئيس الفرنسي إثر زيارة لمعرض في باريس برفقة العاهل الأردني إن البلدين "
            "يعملان معا.")
    assert _meets(text) == [("reported", {("FRA", "head_of_state"), ("JOR", "head_of_state")})]


def test_an_opening_to_come_in_the_company_of_a_foreign_leader():
    text = "ويفتتح الرئيس المصري غدا رفقة رئيس الوزراء الإيطالي معرض الصناعات المشترك."
    assert _meets(text) == [("planned", {("EGY", "head_of_state"),
                                         ("ITA", "head_of_government")})]


def test_a_companion_with_no_state_named_is_his_delegation():
    text = "ووصل وزير الخارجية الإيطالي برفقة وزيرة التنمية الاقتصادية إلى طهران أمس."
    assert _meets(text) == []


def test_a_bare_title_read_as_the_outlets_own_is_no_companion_of_another_state():
    # «وزير الدفاع» with no state is read as the outlet's (home); his state is not named
    text = "زار وزير الخارجية الفرنسي الرياض أمس برفقة وزير الدفاع."
    assert [e for e in extract_events(text, PUB, home="SAU")
            if e["event_type"] == "MEET"] == []


def test_a_coordinated_attendance_goes_on_with_the_first_verbs_subject():
    # the actor nearest before «ثم حضر» is the object of «التقى»: the one who attends with his
    # own prime minister is the subject, and no guest met the prime minister
    text = ("التقى الرئيس المصري أمس وزير الخارجية الأمريكي في القاهرة، ثم حضر برفقة رئيس "
            "الوزراء المصري حفل افتتاح المتحف.")
    assert _meets(text) == [("reported", {("EGY", "head_of_state"),
                                          ("USA", "foreign_minister")})]


def test_a_coordinated_visit_with_a_foreign_king_is_the_subjects():
    text = ("التقى الرئيس المصري أمس وزير الخارجية الأمريكي في القاهرة، وحضر برفقة الملك "
            "الأردني حفل افتتاح المتحف.")
    assert sorted(_meets(text), key=str) == sorted(
        [("reported", {("EGY", "head_of_state"), ("USA", "foreign_minister")}),
         ("reported", {("EGY", "head_of_state"), ("JOR", "head_of_state")})], key=str)
