"""A visit told as closed («اختتم X زيارته إلى Y أمس») is dated by its first day: another
mention of the same trip dated only by the closing day («وغادر X عمان أمس»), or a tour with no
place of its own that it ended, does not date it; a first day told elsewhere still does."""

from pipeline.events import extract_events

PUBLISHED = "2015-07-22"


def _visits(text: str, country: str) -> list[dict]:
    return [
        e
        for e in extract_events(text, PUBLISHED)
        if e["event_type"] == "VISIT" and e["location_country"] == country
    ]


def test_leaving_on_the_closing_day_does_not_date_the_closed_visit():
    text = (
        "اختتم وزير الخارجية الفرنسي لوران فابيوس زيارته إلى الأردن أمس. "
        "وقال الوزير إن المباحثات كانت مثمرة. "
        "وغادر فابيوس عمان أمس متوجها إلى بيروت."
    )
    [jordan] = _visits(text, "JOR")
    assert jordan["actor1_country"] == "FRA"
    assert jordan["status"] == "reported"
    assert jordan["event_date"] is None
    # the next stop is reached the day he leaves
    [beirut] = _visits(text, "LBN")
    assert str(beirut["event_date"]) == "2015-07-21"


def test_the_start_of_the_tour_it_ended_does_not_date_the_closed_visit():
    text = (
        "اختتم الرئيس الأمريكي باراك أوباما زيارته إلى إثيوبيا أمس. "
        "وغادر أوباما أديس أبابا بعد ظهر أمس في ختام جولة في القارة بدأها السبت "
        "الماضي في كينيا."
    )
    [ethiopia] = _visits(text, "ETH")
    assert ethiopia["actor1_country"] == "USA"
    assert ethiopia["event_date"] is None
    [kenya] = _visits(text, "KEN")
    assert str(kenya["event_date"]) == "2015-07-18"


def test_near_miss_an_arrival_told_on_another_day_dates_the_closed_visit():
    text = (
        "اختتم وزير الخارجية الفرنسي لوران فابيوس زيارته إلى الأردن أمس. "
        "وكان فابيوس قد وصل إلى الأردن يوم الأحد الماضي."
    )
    [jordan] = _visits(text, "JOR")
    assert str(jordan["event_date"]) == "2015-07-19"


def test_near_miss_an_arrival_before_the_closing_dates_the_visit():
    text = (
        "وصل وزير الخارجية الفرنسي لوران فابيوس إلى الأردن أول من أمس في زيارة رسمية. "
        "واختتم فابيوس زيارته إلى الأردن أمس."
    )
    [jordan] = _visits(text, "JOR")
    assert str(jordan["event_date"]) == "2015-07-20"
