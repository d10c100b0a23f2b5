"""Wide candidates (actor pairs near a trigger the rule frames did not make) are dated and
their status settled by the same steps as the rule frames' candidates: a pair of a contact
told during a visit of several days, or listed in a visit's programme, takes the month as the
frame's pair of the same trigger does, not the day the clause names."""

from pipeline.events.extract import candidates

PUBLISHED = "2017-02-11"


def _pairs(text: str) -> list[tuple[bool, str, str, object, str | None]]:
    """(rule, type, trigger text, date, precision) of every candidate with two actors."""
    out = []
    for c, feats in candidates(text, PUBLISHED, "TUN"):
        if c.actor2 is not None and c.etype == "MEET":
            out.append(("rule=True" in feats, c.trigger, c.status, c.date, c.precision))
    return out


def test_a_wide_pair_of_a_programme_item_takes_the_month_as_the_frames_pair():
    text = ("يؤدي رئيس الحكومة يوسف الشاهد زيارة رسمية إلى ألمانيا يومي 14 و15 فيفري الجاري. "
            "ويتضمن برنامج هذه الزيارة لقاء مع المستشارة الألمانية أنجيلا ميركل ووزير الخارجية "
            "الألماني زيجمار غابريال.")
    pairs = _pairs(text)
    wide = [p for p in pairs if not p[0]]
    assert wide and any(p[0] for p in pairs)
    assert {(p[2], p[4]) for p in pairs} == {("planned", "month")}
    assert {p[3].month for p in pairs} == {2}


def test_a_wide_pair_of_a_visit_of_several_days_takes_the_month():
    text = ("يبدأ الرئيس الباجي قائد السبسي غدا زيارة دولة إلى إيطاليا تدوم ثلاثة أيام. "
            "وستكون لرئيس الجمهورية خلال الزيارة لقاءات مع الرئيس الإيطالي ورئيس الحكومة "
            "الإيطالية.")
    pairs = _pairs(text)
    assert any(not p[0] for p in pairs)
    assert {(p[2], p[4]) for p in pairs} == {("planned", "month")}


def test_a_wide_pair_of_a_contact_told_alone_keeps_its_day():
    # near miss: no visit of several days, no programme: the day the clause names
    text = ("استقبل رئيس الجمهورية الباجي قائد السبسي أمس بقصر قرطاج وزير الخارجية الإيطالي "
            "ووزير الداخلية الإيطالي.")
    pairs = _pairs(text)
    assert pairs
    assert {p[4] for p in pairs} == {"day"}
