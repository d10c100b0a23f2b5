"""An envoy's post hides no other traveller's destination; a convoy arriving is no visit; a
surname that is also others' given name names the office holder the text named in full."""

from pipeline.events import extract_events


def _events(text, published="2015-08-05"):
    return extract_events(text, published)


def test_envoy_post_leaves_another_travellers_destination():
    evs = _events(
        "أكد سفير خادم الحرمين الشريفين لدى مصر أحمد قطان أن الأمير محمد بن سلمان ولي ولي "
        "العهد سوف يترأس وفد المملكة لحضور حفل افتتاح قناة السويس الجديدة."
    )
    visits = [e for e in evs if e["event_type"] == "VISIT"]
    assert visits, evs
    assert visits[0]["actor1_name"] == "Mohammed bin Salman"
    assert visits[0]["location_country"] == "EGY"
    assert visits[0]["status"] == "planned"


def test_envoy_own_post_is_still_no_destination():
    evs = _events("وقال السفير الألماني لدى القاهرة إنه سيزور مدينة الإسكندرية الأسبوع المقبل.")
    assert not [e for e in evs if e["event_type"] == "VISIT" and e["location_country"] == "EGY"]


def test_convoy_arriving_is_no_visit_of_the_speaker():
    evs = _events(
        "وأوضح المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة أن المركز "
        "يواصل إيصال المساعدات. مشيرا معاليه بأنه أبحرت عدة قوافل بحرية وسوف تصل قريبا "
        "لميناء عدن محملة بالمواد الغذائية."
    )
    assert not [e for e in evs if e["event_type"] == "VISIT"], evs


def test_bare_surname_after_full_name_is_invitation_host():
    evs = _events(
        "وصل الرئيس اليمني عبد ربه منصور هادي إلى الرياض أمس. ويزور الرئيس السوداني عمر "
        "البشير القاهرة بدعوة من هادي."
    )
    visits = [e for e in evs if e["actor1_name"] == "Omar al-Bashir"]
    assert visits and visits[0]["actor2_name"] == "Abdrabbuh Mansur Hadi", evs


def test_bare_surname_after_full_name_is_call_party():
    evs = _events(
        "التقى الرئيس الفلسطيني محمود عباس وزير الخارجية الأمريكي جون كيري في عمان. وتلقى "
        "عباس اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند."
    )
    calls = [e for e in evs if e["event_type"] == "CALL"]
    assert calls, evs
    assert {calls[0]["actor1_name"], calls[0]["actor2_name"]} == {
        "Mahmoud Abbas",
        "Francois Hollande",
    }


def test_bare_surname_after_lineage_word_is_a_father():
    evs = _events(
        "استقبل الرئيس اليمني عبد ربه منصور هادي السفير الأمريكي في الرياض. وقال علي بن "
        "هادي إن الوفد سيزور القاهرة."
    )
    assert not [
        e
        for e in evs
        if e["actor1_name"] == "Abdrabbuh Mansur Hadi"
        and e["event_type"] == "VISIT"
        and e["location_country"] == "EGY"
    ]


def test_government_in_retold_meeting_topic_is_no_second_counterpart():
    evs = _events(
        "وأشار وزير الخارجية السعودي عادل الجبير إلى أنه بحث خلال لقائه بوزير الخارجية المصري "
        "سامح شكري أمس تعزيز العلاقات. وأوضح الجبير أن اللقاء تناول أيضا الأوضاع في اليمن "
        "ودعم حكومة مصر للتحالف، مقدما التهاني لحكومة مصر بافتتاح المشروع."
    )
    meets = [e for e in evs if e["event_type"] == "MEET"]
    assert any(
        e["actor2_name"] == "Sameh Shoukry" or e["actor1_name"] == "Sameh Shoukry" for e in meets
    ), evs
    assert not [e for e in meets if "حكومة" in (e["actor2_text"] or "") + (e["actor1_text"] or "")]


def test_former_holder_surname_that_is_a_given_name_names_nobody_alone():
    evs = _events(
        "وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب طويلة. هل تذكرون لقاء أحمد علي "
        "صالح بالأمير محمد بن سلمان في الرياض قبل بدء العملية."
    )
    assert not [
        e
        for e in evs
        if "Ali Abdullah Saleh" in (e["actor1_name"], e["actor2_name"])
        and e["event_type"] == "MEET"
    ], evs
