"""One trigger paired with several counterparts of one office and state: one contact with each
(the labels: one event per counterpart), unless the second mention names the first again."""

from pipeline.events import extract_events


def _meets(text: str, published: str = "2016-03-06", home: str = "TUN") -> list[dict]:
    return [e for e in extract_events(text, published, home=home) if e["event_type"] == "MEET"]


def test_reception_of_two_officials_of_one_state_gives_two_meetings():
    evs = _meets(
        "استقبل وزير الداخلية السعودي في الرياض اليوم الأحد مستشار وزير العدل التركي "
        "والمدير العام للسجون التركية والوفد المرافق لهما."
    )
    assert len(evs) == 2
    assert {e["actor2_text"] for e in evs} == {
        "مستشار وزير العدل التركي",
        "والمدير العام للسجون التركية",
    }
    for e in evs:
        assert (e["actor1_country"], e["actor1_role"]) == ("SAU", "minister")
        assert (e["actor2_country"], e["actor2_role"]) == ("TUR", "official")
        assert e["status"] == "reported"
        assert str(e["event_date"]) == "2016-03-06"


def test_planned_meetings_with_a_list_of_speakers_one_each():
    evs = _meets(
        "وصل الرئيس التونسي إلى روما اليوم الأحد في زيارة رسمية تستمر يومين، وستكون له "
        "لقاءات مع رئيس الحكومة الإيطالي ورئيس مجلس الشيوخ الإيطالي ورئيسة مجلس النواب "
        "الإيطالي."
    )
    officials = [e for e in evs if e["actor2_role"] == "official"]
    assert len(officials) == 2
    assert all(e["status"] == "planned" and e["actor2_country"] == "ITA" for e in officials)
    assert any(e["actor2_role"] == "head_of_government" for e in evs)


def test_counterpart_named_again_after_wahuwa_is_one_meeting():
    # near miss: «وهو أول وزير خارجية كوبي» names the same minister again
    evs = _meets(
        "ويعقد غدا اجتماع في واشنطن بين وزير الخارجية الأمريكي جون كيري ونظيره الكوبي "
        "برونو رودريغيز وهو أول وزير خارجية كوبي يزور واشنطن منذ عقود."
    )
    assert len(evs) == 1
    assert evs[0]["status"] == "planned"
    assert {evs[0]["actor1_country"], evs[0]["actor2_country"]} == {"USA", "CUB"}


def test_one_official_named_in_two_sentences_is_one_meeting():
    # near miss: the same ambassador told again by another sentence is no second counterpart
    evs = _meets(
        "التقى رئيس الحكومة التونسي اليوم في تونس السفير الأمريكي، وقال السفير الأمريكي "
        "إن بلاده تدعم تونس."
    )
    assert len(evs) == 1
    assert (evs[0]["actor2_country"], evs[0]["actor2_role"]) == ("USA", "official")
