"""The prepositional object of a contact («اتصالا هاتفيا بـY», «مباحثات مع Y») is no party to a
later contact joined to it by و («... بـY وتلقى اتصالا من Z»): the later contact is the
earlier one's subject's (the light verb's subject of a call noun), and a chronicle that leaves
that subject out gives the later contact no event, not a pair of the two objects."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 7, 21)


def _pairs(text):
    return [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published=PUBLISHED, home="SAU")]


def _paired(pairs, x, y):
    return any({x, y} == {a, b} for _, a, b in pairs)


def test_the_called_one_does_not_receive_the_next_call():
    pairs = _pairs("أجرى أمير الكويت اتصالا هاتفيا برئيس الوزراء الباكستاني "
                   "وتلقى اتصالا هاتفيا من الرئيس الإندونيسي.")
    assert not _paired(pairs, "PAK", "IDN"), pairs
    assert ("CALL", "KWT", "IDN") in pairs, pairs


def test_a_chronicle_without_subject_pairs_no_two_objects_of_calls():
    pairs = _pairs("وفي يوم الخميس 9 أبريل أجرى اتصالا هاتفيا برئيس الوزراء الباكستاني "
                   "وتلقى اتصالا هاتفيا من الرئيس الإندونيسي.")
    assert not _paired(pairs, "PAK", "IDN"), pairs


def test_the_one_talked_with_does_not_receive_the_later_call():
    pairs = _pairs("وفي يوم الخميس 9 أبريل عقد جلسة مباحثات رسمية مع رئيس السنغال، "
                   "وقلده وساما رفيعا، وتلقى اتصالا هاتفيا من الرئيس الفرنسي.")
    assert not _paired(pairs, "SEN", "FRA"), pairs


def test_a_named_subject_talks_with_one_and_is_called_by_the_other():
    pairs = _pairs("عقد ملك الأردن جلسة مباحثات رسمية مع رئيس السنغال، "
                   "وتلقى اتصالا هاتفيا من الرئيس الفرنسي.")
    assert ("MEET", "JOR", "SEN") in pairs, pairs
    assert ("CALL", "JOR", "FRA") in pairs, pairs
    assert not _paired(pairs, "SEN", "FRA"), pairs


def test_a_named_subject_keeps_both_calls():
    pairs = _pairs("تلقى الرئيس التونسي اتصالا هاتفيا من نظيره الجزائري، "
                   "ثم أجرى اتصالا برئيس الوزراء المالطي.")
    assert ("CALL", "TUN", "DZA") in pairs, pairs
    assert ("CALL", "TUN", "MLT") in pairs, pairs
    assert not _paired(pairs, "DZA", "MLT"), pairs


def test_the_caller_of_a_subjectless_line_is_not_the_next_lines_subject():
    pairs = _pairs("وفي يوم الجمعة 3 أبريل تلقى اتصالا هاتفيا من الرئيس الفرنسي. "
                   "وتلقى اتصالا هاتفيا من رئيس الوزراء الإيطالي، وهنأ رئيس غانا بفوزه.")
    assert not _paired(pairs, "FRA", "ITA"), pairs


def test_a_named_subject_goes_on_to_the_next_line():
    pairs = _pairs("تلقى ملك الأردن اتصالا هاتفيا من الرئيس الفرنسي. "
                   "والتقى أمس في عمان رئيس الوزراء الإيطالي.")
    assert ("CALL", "JOR", "FRA") in pairs, pairs
    assert not _paired(pairs, "FRA", "ITA"), pairs
