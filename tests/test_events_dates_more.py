"""Dates and statuses of contacts told again or framed by another clause: a phone call told
again with its own day, a contact told after «عشية» that is still to come."""

from datetime import date

from pipeline.events.extract import extract_events


def _calls(text, published):
    return [(e["status"], e["event_date"]) for e in extract_events(text, published)
            if e["event_type"] == "CALL"]


def _meets(text, published):
    return [(e["status"], e["event_date"]) for e in extract_events(text, published)
            if e["event_type"] in ("MEET", "NEGOTIATE")]


PUB = date(2016, 3, 10)


def test_call_told_again_with_its_day():
    text = ("ذكرت مصادر إعلامية أمس أن البلدين سيوقعان اتفاقا للتعاون الأمني، وذلك بعد اتصال "
            "هاتفي جرى بين الرئيس الفرنسي فرانسوا هولاند والرئيس المصري عبد الفتاح السيسي. "
            "واتفق الرئيسان في اتصال هاتفي أول أمس على تعزيز التنسيق بين البلدين.")
    assert _calls(text, PUB) == [("reported", date(2016, 3, 8))]


def test_call_told_again_in_a_relative_clause():
    text = ("وبحث رئيس الوزراء الإيطالي ماتيو رينزي الأوضاع في ليبيا في اتصال هاتفي مع الرئيس "
            "التونسي الباجي قائد السبسي، حسبما أعلن مكتبه أمس. وأضاف المكتب أن الرئيس أكد "
            "خلال الاتصال الذي جرى مساء أول من أمس دعم بلاده لجهود السلام.")
    assert _calls(text, PUB) == [("reported", date(2016, 3, 8))]


def test_call_with_its_own_day_keeps_it():
    # near-miss: the first telling names its own day; a later sentence's day is another's
    text = ("وبحث رئيس الوزراء الإيطالي ماتيو رينزي في اتصال هاتفي أمس مع الرئيس التونسي "
            "الباجي قائد السبسي الأوضاع في ليبيا. وكان الرئيسان قد تحدثا في اتصال هاتفي "
            "الأسبوع الماضي.")
    assert _calls(text, PUB) == [("reported", date(2016, 3, 9))]


def test_retelling_of_another_pair_does_not_date_the_call():
    # near-miss: the later sentence names another party: another call
    text = ("وبحث رئيس الوزراء الإيطالي ماتيو رينزي الأوضاع في ليبيا في اتصال هاتفي مع الرئيس "
            "التونسي الباجي قائد السبسي، حسبما أعلن مكتبه أمس. كما بحث رينزي في اتصال هاتفي "
            "أول أمس مع الرئيس الجزائري عبد العزيز بوتفليقة الوضع في المنطقة.")
    dates = {(e["actor2_country"], e["event_date"]) for e in extract_events(text, PUB)
             if e["event_type"] == "CALL"}
    assert ("TUN", date(2016, 3, 8)) not in dates


def test_talks_on_the_eve_held_today_are_planned():
    text = ("أكد وزير الخارجية السعودي عادل الجبير أن بلاده تدعم الحل السياسي في سوريا. "
            "وتأتي تصريحات الجبير عشية مباحثات يعقدها مع نظيره الروسي سيرغي لافروف في موسكو "
            "اليوم.")
    assert _meets(text, PUB) == [("planned", PUB)]


def test_talks_the_day_after_are_not_planned():
    # near-miss: «غداة» puts the talks before the clause's day: they were held
    text = ("أكد وزير الخارجية السعودي عادل الجبير أن بلاده تدعم الحل السياسي في سوريا. "
            "وتأتي تصريحات الجبير غداة مباحثات أجراها مع نظيره الروسي سيرغي لافروف في موسكو "
            "أمس.")
    assert all(status == "reported" for status, _ in _meets(text, PUB))


def test_light_verb_across_a_during_phrase():
    # «وسيجري X خلال زيارته التي تستغرق يومين محادثات»: the future light verb carries the noun
    text = ("وسيجري الرئيس الفرنسي خلال زيارته التي تستغرق يومين محادثات مع الرئيس الجزائري "
            "عبد العزيز بوتفليقة.")
    assert _meets(text, PUB) == [("planned", None)]


def test_past_reception_does_not_date_announced_talks():
    # the talks announced for the visit stay to come; the reception told after is past
    text = ("وصل الرئيس الفرنسي فرانسوا هولاند إلى الجزائر في أول زيارة له منذ توليه الرئاسة. "
            "وسيجري الرئيس الفرنسي خلال زيارته التي تستغرق يومين محادثات مع الرئيس الجزائري "
            "عبد العزيز بوتفليقة. وحطت طائرة الرئيس الفرنسي في مطار الجزائر مساء الأربعاء، "
            "حيث كان في استقباله الرئيس بوتفليقة.")
    assert ("planned", None) in _meets(text, PUB)


def test_during_phrase_does_not_join_a_far_verb():
    # near-miss: a past light verb stays past across the phrase
    text = ("وأجرى الرئيس الفرنسي خلال زيارته التي استغرقت يومين محادثات مع الرئيس الجزائري "
            "عبد العزيز بوتفليقة.")
    assert _meets(text, PUB) == [("reported", None)]


def _visits(text, published):
    return [(e["status"], e["event_date"]) for e in extract_events(text, published)
            if e["event_type"] == "VISIT"]


def test_statement_day_does_not_date_the_undated_lead():
    # the second sentence's day is a statement's («وقال مسؤول ... يوم السبت إن»)
    text = ("ذكرت وسائل إعلام تركية أن الرئيس التركي رجب طيب أردوغان صرح خلال عودته من قطر "
            "بأن بلاده ترحب بالمعارضين. وقال مسؤول كبير في الحزب مقره لندن يوم السبت إن "
            "الحكومة طلبت من عدد من قادته مغادرة البلاد.")
    assert _visits(text, PUB) == [("reported", None)]


def test_a_feminine_statement_day_does_not_date_the_undated_lead():
    # «وقالت الخارجية الأمريكية يوم الثلاثاء إن»: a statement's day, as after «وقال»
    text = ("التقى وزير الخارجية السعودي نظيره الأمريكي في الرياض. وقالت الخارجية الأمريكية "
            "يوم الثلاثاء إن العلاقات بين البلدين متينة.")
    assert _meets(text, PUB) == [("reported", None)]


def test_a_feminine_statement_day_does_not_date_the_meeting_it_announces():
    # «وقالت الخارجية الروسية يوم الثلاثاء إن الوزير سيلتقي»: the day of the telling
    text = ("وقالت الخارجية الروسية يوم الثلاثاء إن الوزير لافروف سيلتقي نظيره الأمريكي في "
            "جنيف.")
    assert _meets(text, PUB) == [("planned", None)]


def test_second_sentence_with_a_contact_still_dates_the_lead():
    # near-miss: the second sentence tells the contact itself with its day
    text = ("هيمنت الأزمة السورية على اللقاء بين وزير الخارجية الأمريكي جون كيري ونظيره "
            "الروسي سيرغي لافروف. وعقد اللقاء عصر أمس في الدوحة.")
    assert ("reported", date(2016, 3, 9)) in _meets(text, PUB)


def test_talks_an_arrival_is_for_stay_planned():
    text = ("توجهت المستشارة الألمانية أنجيلا ميركل إلى باريس، أمس الإثنين، لإجراء محادثات "
            "مع الرئيس الفرنسي فرانسوا هولاند.")
    assert _meets(text, date(2015, 7, 21)) == [("planned", date(2015, 7, 20))]
    text = "وصل وزير الخارجية الأمريكي إلى القاهرة أمس للقاء الرئيس المصري."
    assert _meets(text, date(2015, 7, 21)) == [("planned", date(2015, 7, 20))]


def test_setting_out_after_a_sequence_word_is_told_as_done():
    # near-miss: «ثم توجه ... للقاء» in a sequence of past acts
    text = ("التقى وزير الخارجية المصري نظيره الإماراتي أمس ثم توجه إلى الكويت للقاء أمير "
            "الكويت.")
    assert all(status == "reported" for status, _ in _meets(text, date(2015, 7, 21)))


def test_arrival_dated_by_its_landing_told_later():
    text = ("وصل الرئيس الأمريكي باراك أوباما إلى كينيا في أول زيارة له منذ توليه الرئاسة. "
            "وكان الرئيس قد قال قبل توجهه إنه سيبحث ملفات الأمن. "
            "وحطت طائرة الرئيس الأمريكي في مطار نيروبي مساء الأربعاء.")
    assert ("reported", date(2016, 3, 9)) in _visits(text, PUB)


def test_landing_of_another_plane_does_not_date_the_arrival():
    # near-miss: the landing told later is another visitor's
    text = ("وصل الرئيس الأمريكي باراك أوباما إلى كينيا في أول زيارة له منذ توليه الرئاسة. "
            "وكان الرئيس قد قال قبل توجهه إنه سيبحث ملفات الأمن. "
            "وحطت طائرة الرئيس الفرنسي في مطار أديس أبابا مساء الأربعاء.")
    assert ("reported", date(2016, 3, 9)) not in [
        (e["status"], e["event_date"]) for e in extract_events(text, PUB)
        if e["event_type"] == "VISIT" and e["actor1_country"] == "USA"]
