"""A subject the sentence names itself, though no actor mention stands for him, is not the
subject the sentence before named (pipeline/events/frames.py, _own_named_subject).

A person the gazetteer does not know («يشار إلى أن كريم نوري، يؤدي زيارة إلى تونس») or an item
of a chronicle («1977 - X يبدأ زيارته إلى كندا») names who travels: the visit is not lent to an
actor of the sentence before (an ambassador who attended a meeting, the last item's minister).
A visit whose subject is only a pronoun or left out still goes on with the last subject.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text: str, published: str) -> set:
    return {(e["actor1_country"] or e["actor1_org"], e["actor1_role"], e["location_country"])
            for e in extract_events(text, published=published, home="TUN")
            if e["event_type"] == "VISIT"}


def test_a_name_after_that_is_the_visitor_not_the_ambassador_before():
    text = ("وقد حضر اللقاء سفير إيران بتونس. يشار إلى أن كريم نوري، يؤدّي زيارة إلى تونس "
            "لمواكبة معرض الكتاب.")
    assert ("IRN", "official", "TUN") not in _visits(text, "2017-03-31")


def test_a_chronicle_item_names_its_own_traveller():
    text = ("1975 - وزير الخارجية الفرنسي يصل إلى الجزائر. "
            "1977 - بومبيدار يبدأ زيارته إلى كندا من مونتريال.")
    visits = _visits(text, "2015-07-26")
    assert ("FRA", "foreign_minister", "DZA") in visits  # the first item's own visit
    assert ("FRA", "foreign_minister", "CAN") not in visits


def test_a_pronoun_with_no_name_still_goes_on_with_the_last_subject():
    text = ("وصل وزير الخارجية الروسي سيرغي لافروف اليوم إلى الجزائر. "
            "وأكد أن زيارته تهدف إلى دعم العلاقات بين البلدين.")
    assert _visits(text, "2021-03-16") == {("RUS", "foreign_minister", "DZA")}


def test_the_last_subjects_own_name_after_that_is_still_him():
    text = ("وصل المبعوث الأممي إلى ليبيا مارتن كوبلر اليوم إلى تونس. "
            "وذكرت الوكالة أن كوبلر يقوم غدا بزيارة إلى الجزائر.")
    assert ("UN", "envoy", "DZA") in _visits(text, "2021-03-16")


def test_an_honorific_or_a_demonstrative_after_that_is_no_name():
    # «أن قداسته / دولته / سيادته ...»: the honorific of the last subject (a noun of his, its
    # taa marbuta written ت before the pronoun), not a person the sentence names
    text = ("وصل البابا فرنسيس إلى القاهرة اليوم. وأفاد الفاتيكان أن قداسته يبدأ غدا زيارة "
            "إلى الأردن.")
    assert ("VAT", "head_of_state", "JOR") in _visits(text, "2017-04-28")
    text = ("وصل رئيس الوزراء اللبناني تمام سلام إلى الرياض. وذكر مكتبه أن دولته يقوم غدا "
            "بزيارة إلى الكويت.")
    assert ("LBN", "head_of_government", "KWT") in _visits(text, "2015-07-20")
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي. وأكد أن "
            "سيادته يعتزم القيام بزيارة إلى روسيا.")
    assert ("EGY", "head_of_state", "RUS") in _visits(text, "2015-07-20")
    # «إن هذه زيارته»: the demonstrative names nobody; the visit is the last subject's
    text = ("شارك وزير الخارجية الإيراني محمد جواد ظريف في المؤتمر. وقال إن هذه زيارته الثانية "
            "إلى العراق.")
    assert ("IRN", "foreign_minister", "IRQ") in _visits(text, "2015-07-20")


def test_a_verb_after_a_planning_or_temporal_that_is_no_name():
    # «من المنتظر أن يتجه», «قبل أن يتجه»: «أن» of a plan or a time opens no reported clause;
    # the verb after it is no name and the visit is the last subject's
    for text in ("التقى وزير الخارجية الفرنسي لوران فابيوس اليوم نظيره الجزائري. ومن المنتظر "
                 "أن يتجه في زيارته المقبلة إلى المغرب.",
                 "التقى وزير الخارجية الفرنسي لوران فابيوس اليوم نظيره الجزائري. وقبل أن يتجه "
                 "في زيارته إلى المغرب التقى رئيس الحكومة."):
        assert ("FRA", "foreign_minister", "MAR") in _visits(text, "2015-08-10")


def test_a_quantifier_after_that_is_no_name():
    # «أن أحد أهداف زيارته», «أن معظم لقاءات زيارته»: a quantifier opens the clause, no person;
    # the visit is the last subject's
    for text in ("أجرى وزير الخارجية الفرنسي لوران فابيوس اتصالا هاتفيا بنظيره السعودي أمس. "
                 "وأكدت الخارجية أن أحد أهداف زيارته المرتقبة إلى الرياض بحث الأزمة اليمنية.",
                 "أجرى وزير الخارجية الفرنسي لوران فابيوس اتصالا هاتفيا بنظيره السعودي أمس. "
                 "وأوضحت الخارجية أن معظم لقاءات زيارته المرتقبة إلى الرياض اقتصادية."):
        assert ("FRA", "foreign_minister", "SAU") in _visits(text, "2015-08-02")
