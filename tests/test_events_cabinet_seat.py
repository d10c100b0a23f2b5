"""«عضو مجلس الوزراء» between a minister's office and a court title after it («وزير الدولة
عضو مجلس الوزراء مستشار خادم الحرمين الشريفين») is the minister's seat in the cabinet: the
titles are one man's, who meets or travels once, with the ministry's role."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 7, 27)


def _events(text):
    return [(e["event_type"], e["actor1_country"], e["actor1_role"], e["actor2_country"],
             e["actor2_role"]) for e in extract_events(text, published=PUBLISHED, home="SAU")]


def test_the_court_title_after_the_cabinet_seat_is_the_same_mans():
    events = _events("استقبل رئيس جمهورية سريلانكا في العاصمة كولومبو اليوم صاحب السمو الملكي "
                     "الأمير الدكتور سالم بن مشعل بن عبدالعزيز وزير الدولة عضو مجلس الوزراء "
                     "مستشار خادم الحرمين الشريفين.")
    saudi = [e for e in events if "SAU" in (e[1], e[3])]
    assert len(saudi) == 1, events
    assert "minister" in (saudi[0][2], saudi[0][4]), events


def test_the_visitor_with_the_cabinet_seat_keeps_his_ministry():
    events = _events("وصل صاحب السمو الملكي الأمير الدكتور سالم بن مشعل بن عبدالعزيز، وزير "
                     "الدولة، عضو مجلس الوزراء، مستشار خادم الحرمين الشريفين، اليوم إلى جمهورية "
                     "سريلانكا، ليرأس وفد المملكة المشارك في احتفالاتها بعيد الاستقلال.")
    visits = [e for e in events if e[0] == "VISIT"]
    assert visits and all(e[2] == "minister" for e in visits), events
