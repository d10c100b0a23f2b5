"""Round-18 hand-read sample fixes (paraphrased sentences, not corpus text)."""

from pipeline.events import extract_events


def _pairs(text, published, home):
    return [
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in extract_events(text, published, home=home)
    ]


def test_bare_delegation_of_no_named_state_is_not_the_outlets():
    # the delegation is a visiting team of experts: no state of its own, not the Saudi paper's
    text = (
        "دعا السودان فريق الخبراء الذي يزور البلاد إلى التنسيق مع الاتحاد الأفريقي. "
        "وقال وزير الخارجية السوداني إبراهيم غندور عقب استقباله للوفد أمس إن حكومته "
        "مستعدة للتعاون."
    )
    pairs = _pairs(text, "2015-07-27", "SAU")
    assert not any("SAU" in (p[1], p[3]) for p in pairs)


def test_delegations_of_both_states_leave_the_named_leader_as_the_party():
    text = (
        "أجرى الرئيس المصري عبدالفتاح السيسي وولي ولي العهد السعودي وزير الدفاع الأمير "
        "محمد بن سلمان جلسة محادثات ثنائية، تلاها اجتماع موسع حضره وفدا البلدين."
    )
    pairs = _pairs(text, "2015-07-31", "SAU")
    assert ("MEET", "EGY", "head_of_state", "SAU", "defense_minister") in pairs
    assert not any(p[4] == "delegation" for p in pairs)


def test_delegation_with_its_nationality_keeps_its_state():
    pairs = _pairs("استقبل وزير الخارجية التونسي الوفد السعودي أمس.", "2015-07-31", "TUN")
    assert pairs == [("MEET", "TUN", "foreign_minister", "SAU", "delegation")]


def _visits(text, published):
    return [
        (
            e["actor1_country"],
            e["location_country"],
            e["event_date"] and e["event_date"].isoformat(),
        )
        for e in extract_events(text, published, home="SAU")
        if e["event_type"] == "VISIT"
    ]


def test_contrast_clause_keeps_its_own_day():
    # the date of the clause before «بينما» (the agreement's) is not the arrival's
    text = (
        "أرسلت برلين وفدا تجاريا بعد أيام من توقيع الاتفاق في فيينا في 14 يوليو، "
        "بينما وصل وزير الخارجية الفرنسي لوران فابيوس إلى طهران يوم الأربعاء الماضي."
    )
    assert ("FRA", "IRN", "2015-07-29") in _visits(text, "2015-08-03")


def test_clause_before_contrast_keeps_its_day():
    text = (
        "وصل وزير الخارجية الفرنسي لوران فابيوس إلى طهران يوم الأربعاء الماضي، "
        "فيما يواصل الخبراء بحث تفاصيل الاتفاق."
    )
    assert ("FRA", "IRN", "2015-07-29") in _visits(text, "2015-08-03")


def test_lead_day_before_reported_clause_dates_the_next_meeting():
    # the lead's «اليوم» (the joint press conference) is the occasion, not the month named
    # inside what the president reports
    text = (
        "قال الرئيس الفرنسي فرنسوا هولاند في مؤتمر صحفي عقده اليوم رفقة رئيس الحكومة "
        "التونسي مهدي جمعة إن بلاده ستنظم مؤتمرا لدعم الاستثمار في سبتمبر المقبل.\n"
        "وأوضح هولاند أنه بحث خلال لقائه بمهدي جمعة الملف الأمني."
    )
    meets = [
        (e["actor1_country"], e["actor2_country"], e["status"], e["event_date"])
        for e in extract_events(text, "2014-04-29", home="TUN")
        if e["event_type"] == "MEET"
    ]
    assert meets
    assert all(m[3] is not None and m[3].isoformat() == "2014-04-29" for m in meets)
    assert all(m[2] == "reported" for m in meets)


def test_participle_of_heading_shares_the_departure_day():
    # «متوجها» tells the same trip as «غادر»: the day after the verb dates it, not the
    # dates of the session the delegation is going to attend
    text = (
        "غادر العاصمة القطرية وفد من مجلس الشورى القطري، اليوم الاثنين، متوجها إلى تونس "
        "للمشاركة في دورة البرلمان العربي المقررة من 6 إلى 8 أكتوبر الحالي."
    )
    visits = _visits(text, "2015-10-05")
    assert ("QAT", "TUN", "2015-10-05") in visits
