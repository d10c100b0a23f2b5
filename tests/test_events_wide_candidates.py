"""Wide candidates (actor pairs near a trigger the rule frames did not make) are dated and
their status settled by the same steps as the rule frames' candidates: a pair of a contact
told during a visit of several days, or listed in a visit's programme, takes the month as the
frame's pair of the same trigger does, not the day the clause names. A verb that names its own
subject right after it takes no party from the sentence before, and a contact whose parties are
listed after it («بين A وB», «جمع A بB») pairs no one else."""

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


def _wide_pairs(text: str, published: str = "2015-08-10") -> set[tuple[str, str]]:
    """The (country, country) pairs of the wide candidates with two actors."""
    return {tuple(sorted((c.actor1.country, c.actor2.country)))
            for c, feats in candidates(text, published, "SAU")
            if "rule=False" in feats and c.actor2 is not None}


def _all_pairs(text: str, published: str = "2015-08-10") -> set[tuple[str, str]]:
    return {tuple(sorted((c.actor1.country, c.actor2.country)))
            for c, _ in candidates(text, published, "SAU") if c.actor2 is not None}


def test_a_verb_with_its_own_subject_does_not_take_the_sentence_befores_subject():
    text = ("قال الرئيس الروسي فلاديمير بوتين إن بلاده تدعم الحل السياسي. وفي القاهرة، التقت "
            "وزيرة الخارجية الكرواتية فيسنا بوسيتش بنظيرها المصري سامح شكري.")
    assert not any("RUS" in p for p in _all_pairs(text))
    assert ("EGY", "HRV") in _all_pairs(text)


def test_a_verb_without_a_subject_of_its_own_goes_on_with_the_one_before():
    # near miss: «والتقى بـ...»: the subject is the sentence before's
    text = ("قال الرئيس الروسي فلاديمير بوتين إن بلاده تدعم الحل السياسي. والتقى في القاهرة "
            "بوزيرة الخارجية الكرواتية فيسنا بوسيتش ووزير الخارجية المصري سامح شكري.")
    assert {("HRV", "RUS"), ("EGY", "RUS")} <= _all_pairs(text)


def test_a_contact_whose_parties_are_listed_pairs_no_one_else():
    text = ("رحب وزير الخارجية الأمريكي جون كيري باللقاء الذي جمع أمس وزير الخارجية السعودي عادل "
            "الجبير بوزير الخارجية الروسي سيرغي لافروف.")
    assert _all_pairs(text) == {("RUS", "SAU")}


def test_a_contact_with_no_list_of_parties_pairs_the_actors_near_it():
    # near miss: no «بين/جمع» list: every pair near the trigger is a wide candidate
    text = ("التقى وزير الخارجية الأمريكي جون كيري أمس وزير الخارجية السعودي عادل الجبير ووزير "
            "الخارجية الروسي سيرغي لافروف.")
    assert ("RUS", "SAU") in _wide_pairs(text)
