"""One who chairs a session together with a co-chair of another state met him: «سيترأس أشغال
اللجنة المشتركة مناصفة مع نظيره», «يترأس خلالها رفقة وزير الخارجية ... الدورة», «وترأس X ونظيره
Y الحوار». A companion of the chair's own state is no counterpart. Sentences written for these
tests."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2024, 5, 6)


def _meets(text):
    return [(e["status"], {(e["actor1_country"], e["actor1_role"]),
                           (e["actor2_country"], e["actor2_role"])},
             e["location_country"])
            for e in extract_events(text, PUB) if e["event_type"] == "MEET"]


def test_co_chair_after_munasafa_in_a_visit_to_come():
    text = ("يؤدي رئيس الحكومة المغربي غدا الثلاثاء زيارة عمل إلى نواكشوط، حيث سيترأس أشغال "
            "اللجنة العليا المشتركة مناصفة مع نظيره الموريتاني.")
    assert _meets(text) == [("planned", {("MAR", "head_of_government"),
                                         ("MRT", "head_of_government")}, "MRT")]


def test_co_chair_after_rifqa_is_held_where_the_visit_goes():
    text = ("أدى وزير الخارجية الأردني أمس زيارة عمل إلى بغداد ترأس خلالها أشغال الدورة "
            "الخامسة للجنة الأردنية-العراقية رفقة وزير الخارجية العراقي، والتي ستعقد دورتها "
            "المقبلة في عمان.")
    assert _meets(text) == [("reported", {("JOR", "foreign_minister"),
                                          ("IRQ", "foreign_minister")}, "IRQ")]


def test_chair_and_counterpart_joined_after_the_verb():
    text = "وترأس وزير الخارجية الإيطالي ونظيره الليبي أمس أشغال المنتدى الاقتصادي المشترك."
    assert _meets(text) == [("reported", {("ITA", "foreign_minister"),
                                          ("LBY", "foreign_minister")}, None)]


def test_a_companion_of_his_own_state_is_no_co_chair():
    text = ("ترأس وزير الداخلية التونسي أمس أشغال المجلس الجهوي للأمن رفقة وزير العدل "
            "التونسي.")
    assert _meets(text) == []
