"""A craft's arrival is no visit, a talks noun owned by a state its sentence names takes no
actor from the sentence before, and two objects of two chronicle deeds are no pair. Sentences
are our own paraphrases."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import candidates

DAY = date(2015, 4, 6)


def _pairs(text, home="SAU"):
    return {
        (
            e["event_type"],
            e["status"],
            e["actor1_name"] or e["actor1_country"],
            e["actor2_name"] or e["actor2_country"],
        )
        for e in extract_events(text, DAY, home=home)
    }


def _sides(text, home="SAU"):
    return {
        (e["event_type"], e["actor1_country"], e["actor2_country"])
        for e in extract_events(text, DAY, home=home)
    }


def _rule_visits(text, home="SAU"):
    return [
        c for c, feats in candidates(text, DAY, home) if c.etype == "VISIT" and "rule=True" in feats
    ]


def test_plane_arrival_committee_is_no_visitor():
    text = (
        "استقبل مطار تبوك أمس أول رحلة دولية لشركة طيران الخليج قادمة من مطار القاهرة "
        "الدولي، وكان في استقبال الطائرة عند وصولها وكيل إمارة المنطقة سعد الفلاني وعبدالله "
        "الحربي عضو مجلس الإدارة مدير عام الخليج للطيران، وغادرت الرحلة بعد ساعة من وصولها."
    )
    assert _rule_visits(text) == []


def test_plane_of_a_minister_still_arrives():
    text = "هبطت طائرة تقل وزير الخارجية الإيراني محمد جواد ظريف في مطار مسقط أمس."
    visits = [e for e in extract_events(text, DAY, home="SAU") if e["event_type"] == "VISIT"]
    assert [(e["actor1_country"], e["location_country"]) for e in visits] == [("IRN", "OMN")]


def test_reception_on_a_persons_arrival_still_meets():
    text = (
        "وصلت طائرة وزير الخارجية الإيراني محمد جواد ظريف إلى مطار مسقط أمس، وكان في "
        "استقباله عند وصوله وزير الخارجية العماني يوسف بن علوي."
    )
    pairs = _pairs(text)
    assert ("VISIT", "reported", "Mohammad Javad Zarif", None) in pairs
    assert any(p[0] == "MEET" and p[2] == "Mohammad Javad Zarif" for p in pairs)


def test_state_owns_its_talks_noun():
    text = (
        "عبر رئيس مجلس النواب الأمريكي عن قلقه من الاتفاق. وكانت تركيا قد وقعت اتفاقا سريا "
        "مع الوكالة الدولية للطاقة الذرية على هامش مفاوضاتها مع وزير الخارجية الفرنسي."
    )
    assert not any(p[0] == "NEGOTIATE" and p[2] == "USA" for p in _pairs(text))


def test_talks_noun_of_the_last_subject_still_pairs():
    text = (
        "وصلت وزيرة الخارجية الأوروبية فيديريكا موغيريني إلى طهران أمس. وأكدت في مؤتمر صحفي "
        "عقب مباحثاتها مع وزير الخارجية الإيراني محمد جواد ظريف أن الاتفاق سيطبق."
    )
    pairs = _pairs(text)
    assert ("MEET", "reported", "Federica Mogherini", "Mohammad Javad Zarif") in pairs


def test_objects_of_two_chronicle_deeds_are_no_pair():
    text = (
        "وفي يوم الأحد 5 أبريل تلقى الملك سلمان اتصالا هاتفيا من ملك البحرين، واستقبل رئيس "
        "الوزراء البريطاني الأسبق توني بلير، وأجرى اتصالا هاتفيا بعدد من قادة العالم."
    )
    sides = _sides(text)
    assert ("CALL", "BHR", "GBR") not in sides and ("CALL", "GBR", "BHR") not in sides
    assert ("CALL", "SAU", "BHR") in sides


def test_two_coordinated_leaders_still_call_each_other():
    text = "وكان الرئيس التونسي والرئيس الجزائري قد أجريا اتصالا هاتفيا أمس."
    pairs = _pairs(text, home="TUN")
    assert ("CALL", "reported", "TUN", "DZA") in pairs
