"""Review of the round's negation of a contact's taking place (invented sentences)."""

from datetime import date

from pipeline.events import extract_events


def _events(text: str) -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["actor1_country"], e["actor2_country"])
        for e in extract_events(text, date(2016, 3, 1), home="JOR")
    ]


def test_visit_whose_date_is_not_set_is_planned_not_denied():
    # «لم يتم تحديد موعدها»: the date was not set; the visit itself is still to come
    text = "أعلن وزير الخارجية الأردني أن زيارة الرئيس الفرنسي إلى عمان لم يتم تحديد موعدها."
    assert _events(text) == [("VISIT", "planned", "FRA", None)]


def test_summit_whose_date_is_not_set_is_no_denied_summit():
    text = "وقال المتحدث إن القمة بين الرئيس المصري والرئيس السوداني لم يتم تحديد موعدها."
    assert [e[:2] for e in _events(text)] == [("MEET", "planned")]


def test_visit_that_did_not_take_place_is_still_denied():
    text = "كان من المقرر أن يزور الرئيس الفرنسي الجزائر أمس، لكن الزيارة لم تتم."
    assert _events(text) == [("VISIT", "cancelled", "FRA", None)]


def test_visit_not_yet_made_is_planned():
    text = "قال المتحدث إن زيارة الرئيس الفرنسي إلى الجزائر لم تتم بعد."
    assert _events(text) == [("VISIT", "planned", "FRA", None)]


def test_talks_that_will_not_be_held_this_week_are_denied():
    text = "وقال المتحدث إن المحادثات مع وزير الخارجية الإيراني لن تجري خلال هذا الأسبوع."
    assert _events(text) == []


def _people(text: str, published: date) -> list[tuple]:
    return [
        (e["event_type"], e["actor1_name"], e["actor2_name"] or e["actor2_country"])
        for e in extract_events(text, published)
    ]


def test_another_kim_after_kim_jong_un_is_not_him():
    # the family name alone names Kim Jong-un, not «كيم جونغ نام» (a given name of his own)
    text = (
        "قال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده لن تتراجع. وكان كيم جونغ نام قد "
        "التقى السفير الصيني في ماليزيا قبل أيام."
    )
    assert ("MEET", "Kim Jong-un", "CHN") not in _people(text, date(2017, 2, 20))


def test_another_kim_with_an_unknown_given_name_is_not_him():
    text = (
        "زار الزعيم الكوري الشمالي كيم جونغ أون ضريح جده. وكان كيم إيلسونغ قد استقبل "
        "الرئيس الصيني في بيونغ يانغ عام 1970."
    )
    assert ("MEET", "Kim Jong-un", "CHN") not in _people(text, date(2017, 4, 17))


def test_bare_xi_still_names_him_before_his_object():
    text = (
        "التقى الرئيس الصيني شي جين بينغ الرئيس التركي رجب طيب أردوغان في بكين أمس. والتقى "
        "شي رئيس الوزراء التركي أحمد داود أوغلو."
    )
    people = _people(text, date(2015, 7, 31))
    assert ("MEET", "Xi Jinping", "Ahmet Davutoglu") in people
    other = text.replace(
        "والتقى شي رئيس الوزراء التركي أحمد داود أوغلو",
        "وكان شي يانمي قد التقى وزير الخارجية التركي",
    )
    assert [p for p in _people(other, date(2015, 7, 31)) if p[2] == "TUR"] == []


def test_second_sender_after_a_lineage_and_a_comma_is_no_party():
    # «الملك سلمان بن عبدالعزيز، والأمير ...»: the comma after the father's name does not
    # end the list of senders of the greetings
    text = (
        "واجتمع الملك عبدالله الثاني وولي ولي العهد السعودي أمس، حمل فيه ولي ولي العهد تحيات "
        "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، والأمير محمد بن نايف ولي العهد وزير "
        "الداخلية إلى العاهل الأردني، كما جرت مباحثات ثنائية موسعة."
    )
    pairs = {
        (e["actor1_name"], e["actor2_name"] or e["actor2_country"])
        for e in extract_events(text, "2015-08-07", home="SAU")
    }
    assert pairs == {("King Abdullah II", "SAU")}


def test_second_sender_after_a_lineage_written_in_two_words_is_no_party():
    text = (
        "واجتمع الملك عبدالله الثاني وولي ولي العهد السعودي أمس، حمل فيه ولي ولي العهد تحيات "
        "خادم الحرمين الشريفين الملك سلمان بن عبد العزيز والأمير محمد بن نايف ولي العهد وزير "
        "الداخلية إلى العاهل الأردني، كما جرت مباحثات ثنائية موسعة."
    )
    pairs = {
        (e["actor1_name"], e["actor2_name"] or e["actor2_country"])
        for e in extract_events(text, "2015-08-07", home="SAU")
    }
    assert pairs == {("King Abdullah II", "SAU")}
