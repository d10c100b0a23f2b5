"""Round 21, names: «برئاسة X» after a session, meeting or committee is its chair, who keeps
his office (only after a delegation or mission noun does X head a delegation). Invented
sentences (paraphrases), with near misses."""

from pipeline.events import extract_events

PUB = "2015-07-31"


def _events(text, etype=None, pub=PUB):
    evs = extract_events(text, pub, home="SAU")
    return [e for e in evs if etype is None or e["event_type"] == etype]


def _sides(e):
    return {
        (e["actor1_country"], e["actor1_role"], e["actor1_name"]),
        (e["actor2_country"], e["actor2_role"], e["actor2_name"]),
    }


def test_a_session_chaired_by_the_king_leaves_him_head_of_state():
    text = (
        "عقد مجلس الوزراء جلسته أمس برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز. "
        "وأطلع خادم الحرمين الشريفين المجلس على مباحثاته مع الرئيس المصري عبد الفتاح السيسي."
    )
    evs = _events(text, "MEET")
    assert evs
    for e in evs:
        assert ("SAU", "head_of_state", "King Salman bin Abdulaziz") in _sides(e)
        assert "delegation" not in (e["actor1_role"], e["actor2_role"])


def test_a_meeting_chaired_by_a_minister_leaves_him_his_office():
    text = (
        "عقدت اللجنة المشتركة اجتماعها أمس برئاسة وزير الخارجية السعودي عادل الجبير، "
        "وأطلع الجبير الأعضاء على مباحثاته مع نظيره الأمريكي جون كيري."
    )
    for e in _events(text):
        assert "delegation" not in (e["actor1_role"], e["actor2_role"])


def test_a_delegation_headed_by_someone_is_still_the_delegation():
    # near miss: a delegation noun a few words before «برئاسة»
    text = (
        "وصل إلى القاهرة أمس وفد رفيع المستوى من وزارة الخارجية الأمريكية برئاسة "
        "وكيل الوزارة، والتقى الوفد الرئيس المصري عبد الفتاح السيسي."
    )
    evs = _events(text, "MEET")
    assert evs
    assert any(
        ("USA", "delegation")
        in {(e["actor1_country"], e["actor1_role"]), (e["actor2_country"], e["actor2_role"])}
        for e in evs
    )


def test_a_mission_headed_by_someone_is_the_delegation():
    text = "التقت بعثة صندوق النقد الدولي برئاسة مديرها الإقليمي أمس وزير المالية المصري."
    evs = _events(text, "MEET")
    assert evs
    assert "delegation" in (evs[0]["actor1_role"], evs[0]["actor2_role"])
