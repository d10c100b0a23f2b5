"""Round 21, names: «برئاسة X» after a session, meeting or committee is its chair, who keeps
his office (only after a delegation or mission noun does X head a delegation); a standing
title alone («ولي ولي العهد») is the one person of that state the document names with it, with
the office the document names for him. Invented sentences (paraphrases), with near misses."""

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


def test_the_deputy_crown_prince_alone_takes_the_office_named_for_him():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان ولي ولي العهد "
        "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع. "
        "وأكد السيسي أن زيارة ولي ولي العهد لمصر رسالة مهمة، وجدد ترحيبه بولي ولي العهد."
    )
    evs = _events(text)
    assert evs
    for e in evs:
        for k in ("1", "2"):
            if "ولي ولي" in (e[f"actor{k}_text"] or ""):
                assert e[f"actor{k}_name"] == "Mohammed bin Salman"
                assert e[f"actor{k}_role"] == "defense_minister"


def test_the_deputy_crown_prince_before_his_full_naming():
    text = (
        "التقى ولي ولي العهد أمس في جدة وزير الخارجية الأمريكي جون كيري. وكان الأمير "
        "محمد بن سلمان ولي ولي العهد وزير الدفاع قد استقبل وزير الدفاع الفرنسي."
    )
    evs = [
        e
        for e in _events(text, "MEET")
        if e["actor2_name"] == "John Kerry" or e["actor1_name"] == "John Kerry"
    ]
    assert evs
    assert ("SAU", "defense_minister", "Mohammed bin Salman") in _sides(evs[0])


def test_the_crown_prince_is_not_the_deputy_crown_prince():
    # near miss: «ولي العهد» is another person than the one named «ولي ولي العهد»
    text = (
        "التقى ولي العهد أمس في جدة وزير الخارجية الأمريكي جون كيري. وكان الأمير "
        "محمد بن سلمان ولي ولي العهد وزير الدفاع قد استقبل وزير الدفاع الفرنسي."
    )
    evs = [e for e in _events(text, "MEET") if "John Kerry" in (e["actor1_name"], e["actor2_name"])]
    assert evs
    assert all("Mohammed bin Salman" not in (e["actor1_name"], e["actor2_name"]) for e in evs)
    assert ("SAU", "official", None) in _sides(evs[0])


def test_the_deputy_crown_prince_with_no_ministry_named_stays_official():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان ولي ولي العهد. "
        "وأكد السيسي أهمية زيارة ولي ولي العهد لمصر."
    )
    evs = _events(text)
    assert evs
    for e in evs:
        for k in ("1", "2"):
            if e[f"actor{k}_country"] == "SAU":
                assert e[f"actor{k}_role"] == "official"
