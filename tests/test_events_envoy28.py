"""An organisation's or a bloc's envoy is that body's, with role envoy."""

from pipeline.events import extract_events


def _pairs(text, home="SAU"):
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in extract_events(text, "2015-07-21", home=home)
    }


def test_quartet_envoy_is_the_blocs_not_split_into_members():
    text = "والتقى الرئيس الفلسطيني اليوم في رام الله مبعوث اللجنة الرباعية للسلام في الشرق الأوسط."
    pairs = _pairs(text)
    assert ("MEET", "PSE", "head_of_state", "MIDDLE_EAST_QUARTET", "envoy") in pairs
    sides = {p[3] for p in pairs} | {p[1] for p in pairs}
    assert not sides & {"SAU", "USA", "RUS", "EU", "UN"}


def test_quartet_special_envoy_with_clitic():
    text = "والتقى الرئيس الفلسطيني اليوم في رام الله المبعوث الخاص للجنة الرباعية الدولية."
    pairs = _pairs(text, home="TUN")
    assert ("MEET", "PSE", "head_of_state", "MIDDLE_EAST_QUARTET", "envoy") in pairs
    assert not {p[3] for p in pairs} & {"TUN", "USA", "RUS"}


def test_league_envoy_is_not_its_secretary_general_named_before():
    text = (
        "وكان الأمين العام لجامعة الدول العربية نبيل العربي قد دعا إلى الهدوء. "
        "والتقى وزير الخارجية التركي اليوم في أنقرة مبعوث الجامعة العربية."
    )
    pairs = _pairs(text)
    assert ("MEET", "TUR", "foreign_minister", "ARAB_LEAGUE", "envoy") in pairs
    assert not any(p[4] == "organization_head" for p in pairs)
