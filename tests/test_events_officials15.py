"""Office holders of the 2015-2016 news added to the gazetteer (configs/gazetteer/actors.yaml):
named without a title they are still their body's officials, in the years they held office, and
named back by their surname in the same article (sentences written for these tests)."""

from datetime import date

from pipeline.events import extract_events
from tests.support.events import sentence_actors


def _actors(text, year, home="SAU"):
    return [(a.name, a.country or a.org, a.role) for a in sentence_actors(text, year, home)]


def _sides(events, etype):
    return sorted(tuple(sorted([f"{e['actor1_country'] or e['actor1_org']}/{e['actor1_role']}",
                                f"{e['actor2_country'] or e['actor2_org']}/{e['actor2_role']}"]))
                  for e in events if e["event_type"] == etype)


def test_relief_centre_head_meets_the_un_coordinator_named_without_titles():
    text = ("التقى الدكتور عبدالله الربيعة في مكتبه بالرياض أمس عامر الداوودي، وبحث الجانبان "
            "سبل إيصال المساعدات إلى المحافظات اليمنية.")
    events = extract_events(text, date(2015, 8, 5))
    assert _sides(events, "MEET") == [("SAU/official", "UN/official")]


def test_the_relief_centre_head_was_a_minister_before_2015():
    assert _actors("وقال عبدالله الربيعة إن الوزارة أنهت خطتها", 2012) == [
        ("Abdullah al-Rabeeah", "SAU", "minister")]
    assert _actors("وقال عبدالله الربيعة إن المركز أنهى خطته", 2016) == [
        ("Abdullah al-Rabeeah", "SAU", "official")]


def test_un_humanitarian_coordinator_visits_and_is_named_back_by_surname():
    text = ("دعا روبرت بايبر منسق الشؤون الإنسانية إسرائيل إلى وقف هدم المنازل.\n"
            "وزار بايبر أمس قرية فلسطينية جنوب الخليل برفقة دبلوماسيين.")
    events = extract_events(text, date(2015, 7, 25))
    visits = [e for e in events if e["event_type"] == "VISIT"]
    assert [(e["actor1_org"], e["actor1_role"]) for e in visits] == [("UN", "official")]


def test_creditor_mission_heads_are_their_institutions_officials():
    text = ("التقى وزير المالية اليوناني أمس في أثينا نيكولا جياماريولي ودليا فلكوليسكو لبحث "
            "برنامج الإنقاذ الجديد.")
    events = extract_events(text, date(2015, 8, 2))
    assert _sides(events, "MEET") == [("ESM/official", "GRC/minister"),
                                      ("GRC/minister", "IMF/official")]


def test_arab_human_rights_committee_chair_meets_a_minister():
    text = "التقى الدكتور هادي بن علي اليامي في القاهرة أمس وزير حقوق الإنسان اليمني."
    events = extract_events(text, date(2015, 8, 2))
    assert _sides(events, "MEET") == [("ARAB_LEAGUE/official", "YEM/minister")]


def test_a_common_surname_alone_names_nobody():
    # «اليامي» is a common family name: only with the first name is it the committee's chair
    assert _actors("وقال المواطن صالح اليامي إن الرحلة كانت طويلة", 2015) == []
    assert _actors("وقال الطبيب فهد الربيعة إن المستشفى جاهز", 2015) == []


def test_relief_centre_title_joins_the_court_adviser_title_and_the_name():
    # a long office title between the adviser's title and «د. name»: one Saudi official
    text = ("استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال "
            "الإنسانية د. عبدالله الربيعة أمس وزيرة الإعلام اليمنية في الرياض.")
    assert _actors(text, 2015) == [("Abdullah al-Rabeeah", "SAU", "official"),
                                   (None, "YEM", "minister")]
    events = extract_events(text, date(2015, 8, 3))
    assert _sides(events, "MEET") == [("SAU/official", "YEM/minister")]
    # the title alone is the centre's head, an official; the centre's name is no king
    assert _actors("وقال المشرف العام على مركز الملك سلمان للإغاثة إن القوافل وصلت", 2015) == [
        (None, "SAU", "official")]


def test_tunisian_minister_named_without_title_meets_an_ambassador():
    text = "التقى أنيس غديرة اليوم بمقر الوزارة سفير اليابان بتونس وبحث معه التعاون في مجال النقل."
    events = extract_events(text, date(2017, 3, 20), home="TUN")
    assert _sides(events, "MEET") == [("JPN/official", "TUN/minister")]


def test_saudi_minister_named_without_title_is_a_minister():
    assert _actors("واستقبل ماجد القصبي أمس في الرياض سفير اليابان", 2016)[0] == (
        "Majid al-Qasabi", "SAU", "minister")
