"""The place a traveller comes back or comes from («قادما من X», «عائدا من X», «في طريق عودته
من X», «لدى عودته من زيارة إلى X», «عاد ... من زيارة إلى X»): a visit to X that the text reports
by the way. The return or the arrival is no new visit there: the stay in X is reported (never
still to come, even when the return is: «يعود غدا ... قادما من X»), and takes no day of the
return's or arrival's (a month told still dates it). Invented sentences."""

from datetime import date

from pipeline.events import extract_events

PUB = date(2015, 8, 4)


def _visits(text):
    return {e["location_name"]: (e["status"], e["event_date"])
            for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "VISIT"}


def test_place_on_the_way_back_takes_no_day_of_the_arrival():
    got = _visits("وصل وزير الخارجية التركي اليوم إلى الدوحة في طريق عودته من طوكيو.")
    assert got == {"Doha": ("reported", date(2015, 8, 4)), "Tokyo": ("reported", None)}


def test_return_to_come_reports_the_stay_without_a_day():
    got = _visits("يعود وزير الخارجية الإيراني غدا إلى طهران قادما من مسقط.")
    assert got == {"Muscat": ("reported", None)}


def test_return_from_a_visit_takes_no_day_of_the_return():
    got = _visits("عاد وزير الخارجية الإيراني محمد جواد ظريف أمس إلى طهران من زيارة إلى مسقط.")
    assert got == {"Muscat": ("reported", None)}
    got = _visits("وصرح وزير الخارجية الإيراني لدى عودته أمس من زيارة إلى الدوحة بأن العلاقات "
                  "جيدة.")
    assert got == {"Doha": ("reported", None)}


def test_a_visit_told_on_its_own_keeps_its_day():
    # near misses: a visit with no word of coming back, and an arrival's own destination
    assert _visits("زار وزير الخارجية الإيراني مسقط أمس.") == {
        "Muscat": ("reported", date(2015, 8, 3))}
    assert _visits("يصل وزير الخارجية الإيراني غدا إلى مسقط.") == {
        "Muscat": ("planned", date(2015, 8, 5))}


def test_return_after_a_visit_takes_no_day_of_the_return():
    # «بعد زيارة ... إلى X» after a word of coming back: the stay in X, told by the way
    got = _visits("وعاد الرئيس التونسي أمس إلى تونس بعد زيارة رسمية إلى فرنسا.")
    assert got == {"France": ("reported", None)}
    got = _visits("ووصل وزير الخارجية الأمريكي إلى الدوحة مساء الأحد وافدا من القاهرة بعد زيارة "
                  "مصر.")
    assert got == {"Doha": ("reported", date(2015, 8, 2)), "Egypt": ("reported", None)}


def test_arrival_after_a_visit_without_a_word_of_coming_keeps_the_day():
    # near miss: «وصل ... بعد زيارة إلى القاهرة» names no return: the sentence's day stands
    got = _visits("وصل وزير الخارجية التركي اليوم إلى الرياض بعد زيارة إلى القاهرة.")
    assert got["Cairo"] == ("reported", date(2015, 8, 4))


def test_return_after_a_visit_told_by_any_word_of_after_takes_no_day():
    # «عقب زيارته», «إثر زيارة», «في أعقاب زيارة» tell the stay over as «بعد زيارة» does; the
    # visit noun may have a dual or plural possessive («بعد زيارتهما»)
    for text in ("وعاد الرئيس التونسي أمس إلى تونس عقب زيارته إلى فرنسا.",
                 "وعاد الرئيس التونسي أمس إلى تونس إثر زيارة رسمية إلى فرنسا.",
                 "وعاد الرئيس التونسي أمس إلى تونس في أعقاب زيارة إلى فرنسا.",
                 "وعاد الرئيس التونسي ووزير خارجيته أمس إلى تونس بعد زيارتهما إلى فرنسا."):
        assert _visits(text) == {"France": ("reported", None)}, text


def test_return_before_a_visit_is_no_stay_told_over():
    # near miss: «قبل زيارة إلى X»: the visit to X is not where the traveller comes from
    got = _visits("وعاد الرئيس التونسي أمس إلى تونس قبل زيارته إلى فرنسا.")
    assert got.get("France") != ("reported", None)


def test_a_place_also_named_as_the_visits_own_destination_keeps_the_day():
    # near miss: the visit names its destination itself («زار ... الجزائر أمس»); the same
    # state after «من» is where someone else comes back from, not a stay told by the way
    got = _visits("زار وزير الخارجية الفرنسي الجزائر أمس بعد عودة السفير الجزائري من الجزائر.")
    assert got == {"Algeria": ("reported", date(2015, 8, 3))}


def test_a_place_named_again_after_the_stay_told_by_the_way_keeps_no_day():
    # near miss: the place named again later (in what the traveller said) is no destination
    got = _visits("ووصل وزير الخارجية الأمريكي إلى الدوحة مساء الأحد وافدا من القاهرة بعد زيارة "
                  "مصر، وقال إن الاتفاق سيجعل مصر أكثر أمانا.")
    assert got["Egypt"] == ("reported", None)
