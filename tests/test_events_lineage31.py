"""A known person's name carried on with his grandfather's is still him, unless the gazetteer
gives him another grandfather: only then is a longer chain a namesake («فهد بن عبدالعزيز بن
معمر», the governor, is not King Fahd)."""

from pipeline.events import extract_events


def _pairs(text, published):
    return {
        (
            e["event_type"],
            e["actor1_country"],
            e["actor1_role"],
            e["actor2_country"],
            e["actor2_role"],
        )
        for e in extract_events(text, published=published)
    }


def test_a_minister_named_with_his_grandfather_is_still_the_minister():
    # the gazetteer gives Faisal bin Farhan no grandfather: his fuller chain cannot be a namesake
    text = (
        "التقى وزير الخارجية الأمير فيصل بن فرحان بن عبدالله في الرياض أمس وزير الخارجية "
        "البريطاني ديفيد لامي."
    )
    assert ("MEET", "SAU", "foreign_minister", "GBR", "foreign_minister") in _pairs(
        text, "2024-11-24"
    )


def test_a_title_before_a_known_fuller_chain_keeps_the_person():
    # «الشيخ محمد بن عبدالرحمن» matches first; his alias with the grandfather starts at «محمد»
    text = (
        "بحث الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، مع "
        "وزير الخارجية التركي هاكان فيدان في الدوحة اليوم العلاقات بين البلدين."
    )
    pairs = _pairs(text, "2024-11-24")
    assert any(p[1] == "QAT" and p[2] == "head_of_government" and p[3] == "TUR" for p in pairs)


def test_a_king_named_with_his_own_grandfather_is_the_king():
    text = "استقبل الملك فهد بن عبدالعزيز بن عبدالرحمن في جدة أمس الرئيس الفرنسي."
    pairs = _pairs(text, "1995-03-03")
    assert any(p[1] == "SAU" and p[2] == "head_of_state" and p[3] == "FRA" for p in pairs)


def test_a_namesake_with_another_grandfather_is_no_king():
    text = "استقبل فهد بن عبدالعزيز بن معمر في الطائف أمس السفير الفرنسي لدى المملكة."
    assert not any(p[2] == "head_of_state" for p in _pairs(text, "2015-07-20"))
