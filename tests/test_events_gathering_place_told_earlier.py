"""An attended gathering named back («ويشارك في القمة العربية X»), neither its own sentence nor
the one before naming a place, takes its place from the nearest earlier sentence of the story
that names the same gathering and a place («انطلقت في نواكشوط أعمال القمة العربية»): X visits
it. That sentence's places must be of one state, not the attendee's own; another gathering
(«الاجتماع» after «القمة») gives no place; a digest's next story does not reach back. A summit
of another kind («القمة الخليجية» before «القمة العربية») or another of the series («القمة
العربية السابقة», «المقبلة») is not the one attended and gives no place. A day told
before «أن» of a saying about the summit is the saying's, not the visit's.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text, published="2016-07-25"):
    return [
        (e["actor1_country"], e["location_name"])
        for e in extract_events(text, published)
        if e["event_type"] == "VISIT"
    ]


LEAD = "انطلقت ظهر اليوم بالعاصمة الموريتانية نواكشوط الجلسة الافتتاحية للقمة العربية. "
BETWEEN = "وتناقش القمة ملفات اقتصادية عديدة. وكان وزراء الخارجية قد أكدوا دعمهم للمبادرة. "


def test_attendee_of_a_summit_named_back_visits_the_place_told_earlier():
    text = LEAD + BETWEEN + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني."
    assert _visits(text) == [("QAT", "Nouakchott")]


def test_host_states_own_attendee_makes_no_visit():
    text = (LEAD + BETWEEN + "ويشارك في القمة العربية الرئيس الموريتاني محمد ولد عبد العزيز. "
            "كما يشارك في القمة العربية أمير الكويت الشيخ صباح الأحمد الجابر الصباح.")
    assert _visits(text) == [("KWT", "Nouakchott")]


def test_another_gathering_gives_no_place():
    text = (LEAD + BETWEEN + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني. "
            "ويحضر الاجتماع أمير الكويت الشيخ صباح الأحمد الجابر الصباح.")
    assert _visits(text) == [("QAT", "Nouakchott")]


def test_the_earlier_sentences_venue_not_the_places_the_gathering_discusses():
    text = ("انطلقت ظهر اليوم بالعاصمة الموريتانية نواكشوط القمة العربية التي تبحث النزاعات في "
            "اليمن وسوريا. " + BETWEEN
            + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني.")
    assert _visits(text) == [("QAT", "Nouakchott")]


def test_the_visit_takes_the_day_of_the_sentence_that_told_the_gathering():
    # (four sentences after the lead: too far for the lead's day to carry by itself)
    text = (LEAD + BETWEEN + "وتحدث الوزراء مطولا عن الملفات الاقتصادية. "
            "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني.")
    days = [e["event_date"] for e in extract_events(text, "2016-07-25")
            if e["event_type"] == "VISIT"]
    assert [str(d) for d in days] == ["2016-07-25"]


OTHER_DAYS = "وتناقش القمة ملفات اقتصادية عديدة. وكان وزراء الخارجية قد أكدوا دعمهم للمبادرة. "


def test_the_last_summit_of_the_series_told_earlier_gives_no_place():
    text = ("وكانت القمة العربية السابقة قد عقدت في شرم الشيخ العام الماضي. " + OTHER_DAYS
            + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني.")
    assert _visits(text) == []


def test_the_next_summit_told_earlier_gives_no_place():
    text = ("وأعلن الأمين العام أن القمة العربية المقبلة ستعقد في الرياض. " + OTHER_DAYS
            + "ويشارك في القمة العربية أمير الكويت الشيخ صباح الأحمد الجابر الصباح.")
    assert _visits(text) == []


def test_a_summit_of_another_kind_told_earlier_gives_no_place():
    text = ("وتنعقد القمة الخليجية في الرياض الشهر المقبل. " + OTHER_DAYS
            + "ويشارك في القمة العربية أمير الكويت الشيخ صباح الأحمد الجابر الصباح.")
    assert _visits(text) == []


def test_the_same_kind_of_summit_or_a_bare_one_takes_the_place_told_earlier():
    lead = "وتنعقد القمة الخليجية في الرياض. " + OTHER_DAYS
    for named in ("القمة الخليجية", "القمة"):
        text = lead + "ويشارك في " + named + " أمير الكويت الشيخ صباح الأحمد الجابر الصباح."
        assert _visits(text) == [("KWT", "Riyadh")], named


def test_the_day_of_a_saying_about_the_summit_is_not_the_visits():
    text = ("وأكد وزير الخارجية الموريتاني يوم الأحد في نواكشوط أن القمة العربية ستناقش الأزمة "
            "السورية. " + OTHER_DAYS
            + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني.")
    visits = [(e["location_name"], e["event_date"]) for e in extract_events(text, "2016-07-25")
              if e["event_type"] == "VISIT"]
    assert visits == [("Nouakchott", None)]


def test_the_gathering_named_with_any_proclitic_before_its_article_is_the_same():
    # «وللقمة» («و» + «ل», the article's alif dropped), «كالقمة»: the noun of «القمة» (its bare
    # forms, words.bare_forms, less the article)
    text = ("أكملت العاصمة الموريتانية نواكشوط استعداداتها للاجتماعات التحضيرية وللقمة العربية. "
            + BETWEEN + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني.")
    assert _visits(text) == [("QAT", "Nouakchott")]


def test_a_gathering_noun_is_compared_without_its_clitics_and_article():
    from pipeline.events.frames import _gathering_stem
    from pipeline.text.normalize import normalize_arabic

    for word in ("قمة", "القمة", "والقمة", "بالقمة", "فالقمة", "للقمة", "بقمة", "وقمة",
                 "وللقمة", "وبالقمة", "فبالقمة"):
        assert _gathering_stem(normalize_arabic(word)) == normalize_arabic("قمة"), word
    # ك compares or gives an example («كالمؤتمر الاقتصادي»), ف before a bare noun is as often
    # no gathering («فقمة الجبل», a seal): neither is read as the gathering's noun
    for word in ("كالقمة", "كقمة", "وكالقمة", "فكالقمة", "فقمة", "كالمؤتمر"):
        assert _gathering_stem(normalize_arabic(word)) == normalize_arabic(word), word
    assert _gathering_stem(normalize_arabic("المؤتمر")) \
        != _gathering_stem(normalize_arabic("القمة"))


def test_a_gathering_compared_to_or_given_as_an_example_is_not_the_one_attended():
    # «كان كالقمة العربية في أهميته», «وصف الاجتماع كقمة عربية مصغرة»: a likeness in a sentence
    # of another state's places; the summit told in the lead gives the place
    for told in ("وقال مسؤول مغربي في الرباط إن اللقاء الوزاري كان كالقمة العربية في أهميته. ",
                 "ووصف مسؤول مغربي في الرباط الاجتماع الوزاري كقمة عربية مصغرة. "):
        text = (LEAD + told + BETWEEN
                + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني.")
        assert _visits(text) == [("QAT", "Nouakchott")], told


def test_a_bare_noun_after_fa_is_not_the_gathering_attended():
    # «فقمة» here is a seal on a beach of another state: no summit
    text = (LEAD + "وشوهدت فقمة نادرة على شاطئ مدينة الرباط المغربية. " + BETWEEN
            + "ويشارك في القمة العربية أمير قطر الشيخ تميم بن حمد آل ثاني.")
    assert _visits(text) == [("QAT", "Nouakchott")]
