"""Two objects of one contact word whose subject is left out (a chronicle's «واستقبل A وB»,
«أجرى اتصالا هاتفيا بالرئيس A، وبالرئيس B», «تلقى اتصالا من A، وآخر من B») are not a pair;
near misses keep the pairs the same words make when a subject is named or a guest follows."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 4, 20)
LEAD = "ترأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز جلسة مجلس الوزراء في الرياض. "


def _pairs(text: str) -> set[tuple]:
    out = set()
    for e in extract_events(text, PUBLISHED, home="SAU"):
        sides = tuple(
            sorted(
                (e[f"actor{k}_country"] or e[f"actor{k}_org"] or "", e[f"actor{k}_role"] or "")
                for k in (1, 2)
            )
        )
        out.add((e["event_type"], e["status"], sides))
    return out


def _countries(text: str) -> set[tuple]:
    return {(t, tuple(c for c, _ in sides)) for t, _, sides in _pairs(text)}


def test_two_guests_of_a_left_out_host_are_no_pair():
    text = LEAD + "وفي يوم الأحد استقبل وزير الخارجية الفرنسي ووزير الداخلية الكويتي."
    assert ("MEET", ("FRA", "KWT")) not in _countries(text)


def test_a_list_of_guests_ending_at_another_clause_is_no_pair():
    text = LEAD + (
        "وفي يوم السبت استقبل ولي عهد البحرين وولي عهد أبوظبي ووزير الداخلية الكويتي، "
        "وبعث رسالة خطية للرئيس السوداني."
    )
    found = _countries(text)
    assert ("MEET", ("ARE", "BHR")) not in found
    assert ("MEET", ("BHR", "KWT")) not in found


def test_two_callees_after_a_repeated_preposition_are_no_pair():
    text = LEAD + "وفي يوم الجمعة أجرى اتصالا هاتفيا بالرئيس الروسي، وبالرئيس الفرنسي."
    assert ("CALL", ("FRA", "RUS")) not in _countries(text)


def test_a_second_call_from_another_caller_is_no_pair():
    text = "وتلقى اتصالا من ملك الأردن، وآخر من رئيس الوزراء البريطاني."
    assert ("CALL", ("GBR", "JOR")) not in _countries(text)


def test_near_miss_second_call_goes_to_the_subject_told_before():
    text = LEAD + "وتلقى اتصالا هاتفيا من ملك الأردن، وآخر من أمير قطر."
    found = _countries(text)
    assert ("CALL", ("JOR", "SAU")) in found
    assert ("CALL", ("QAT", "SAU")) in found


def test_near_miss_named_caller_keeps_both_calls():
    text = "أجرى الرئيس الأمريكي اتصالا هاتفيا بالرئيس الصيني وبالرئيس الروسي اليوم."
    found = _pairs(text)
    assert ("CALL", "reported", (("CHN", "head_of_state"), ("USA", "head_of_state"))) in found
    assert ("CALL", "reported", (("RUS", "head_of_state"), ("USA", "head_of_state"))) in found


def test_near_miss_named_host_keeps_both_guests():
    text = (
        "استقبل الرئيس التونسي الباجي قائد السبسي اليوم وزير الخارجية الفرنسي "
        "ووزير الخارجية الألماني."
    )
    found = _countries(text)
    assert ("MEET", ("FRA", "TUN")) in found
    assert ("MEET", ("DEU", "TUN")) in found


def test_near_miss_mutual_verb_keeps_its_pair():
    # «التقى A وB» may tell A and B meeting each other: no verb of receiving
    text = "والتقى الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير في القاهرة اليوم."
    assert ("MEET", ("EGY", "SDN")) in _countries(text)


def test_near_miss_talks_between_two_keep_their_pair():
    text = "جرى اتصال هاتفي بين الرئيس الأمريكي والرئيس التركي اليوم."
    assert ("CALL", ("TUR", "USA")) in _countries(text)


def test_a_second_call_with_another_preposition_is_no_pair():
    text = "وأجرى اتصالا هاتفيا بالرئيس الروسي، وآخر مع الرئيس الفرنسي."
    assert ("CALL", ("FRA", "RUS")) not in _countries(text)
