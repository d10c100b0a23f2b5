"""A surname alone names the known person named in full in an earlier sentence only with the
safeguards of the same-sentence rule: not when it is a common word («العربي» after «نبيل
العربي»: «العمل العربي المشترك»), not when it is an adjective after a definite noun, and not
when two people of the text share it (a later full naming does not take it over)."""

from pipeline.events import extract_events

PUBLISHED = "2015-07-25"


def _bare(text: str, word: str) -> list[tuple]:
    """(type, trigger, person) of the events whose actor is told by the bare `word`."""
    out = []
    for e in extract_events(text, published=PUBLISHED):
        for k in ("actor1", "actor2"):
            if e[f"{k}_text"] == word:
                out.append((e["event_type"], e["trigger"], e[f"{k}_name"]))
    return out


ELARABY = ("التقى الأمين العام لجامعة الدول العربية نبيل العربي وزير الخارجية المصري "
           "سامح شكري في القاهرة أمس. ")


def test_common_word_surname_names_no_one_in_later_sentence():
    text = ELARABY + "وبحث العمل العربي المشترك مع وزير الخارجية الأردني ناصر جودة."
    assert _bare(text, "العربي") == []
    assert not any("Judeh" in (e["actor1_name"] or "", e["actor2_name"] or "")
                   for e in extract_events(text, published=PUBLISHED))


def test_near_miss_full_name_again_still_names_him():
    text = ELARABY + "وبحث نبيل العربي مع وزير الخارجية الأردني ناصر جودة الأزمة السورية."
    names = {(e["actor1_name"], e["actor2_name"])
             for e in extract_events(text, published=PUBLISHED)}
    assert ("Nabil Elaraby", "Nasser Judeh") in names


CARTER = "وصل وزير الدفاع الأمريكي آشتون كارتر إلى أربيل أمس. "


def test_surname_in_later_sentence_still_names_the_one_carter():
    text = CARTER + "وكان كارتر قد زار بغداد يوم الخميس."
    assert ("VISIT", "زار", "Ashton Carter") in _bare(text, "كارتر")


def test_two_carters_of_the_text_name_neither_later():
    text = ("التقى الرئيس الأمريكي الأسبق جيمي كارتر الرئيس المصري عبد الفتاح السيسي أمس. "
            + CARTER + "وكان كارتر قد زار بغداد يوم الخميس.")
    assert _bare(text, "كارتر") == []


def test_same_carter_named_twice_in_full_keeps_his_surname():
    text = (CARTER + "واستقبل الرئيس العراقي فؤاد معصوم آشتون كارتر في بغداد. "
            "وكان كارتر قد زار بغداد يوم الخميس.")
    assert ("VISIT", "زار", "Ashton Carter") in _bare(text, "كارتر")


MALIKI = ("استقبل الرئيس الإيراني حسن روحاني رئيس الوزراء العراقي نوري المالكي في طهران "
          "أمس. ")


def test_surname_as_adjective_after_definite_noun_in_later_sentence():
    text = MALIKI + "والتقى علماء المذهب المالكي وزير الخارجية الإيراني محمد جواد ظريف."
    assert _bare(text, "المالكي") == []


def test_near_miss_surname_after_verb_still_names_him():
    text = MALIKI + "والتقى المالكي وزير الخارجية الإيراني محمد جواد ظريف."
    assert ("MEET", "والتقى", "Nouri al-Maliki") in _bare(text, "المالكي")


def test_shared_surname_speaker_passes_no_object_on_as_next_subject():
    # the bare «أوغلو» is one of two Oglus: the next sentence's purpose «للقاء» is his, not
    # that of the group his sentence names as the strikes' target
    text = ("تعهد رئيس الوزراء التركي أحمد داوود أوغلو أمس بمواصلة الغارات على داعش. "
            "وأكد وزير الخارجية التركي مولود جاويش أوغلو أن أنقرة ستفتح قواعدها للتحالف. "
            "وقال أوغلو إن الطائرات التركية قصفت مواقع تنظيم الدولة الإسلامية في سوريا. "
            "وقال أوغلو في أنقرة قبل أن يتوجه إلى إسطنبول للقاء الرئيس التركي رجب طيب إردوغان "
            "إن العمليات ستستمر.")
    assert not [e for e in extract_events(text, published=PUBLISHED)
                if "ISIS" in (e["actor1_org"], e["actor2_org"])]


def test_near_miss_foreign_surname_with_a_known_name_inside_still_names_him():
    # «بينس» reads as ب + «ينس» (a given name the gazetteer knows): no common word for that
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي نائب الرئيس الأمريكي مايك بينس "
            "في القاهرة أمس. والتقى بينس وزير الخارجية المصري سامح شكري.")
    pairs = {(e["actor1_name"], e["actor2_name"])
             for e in extract_events(text, published="2017-04-20")}
    assert ("Mike Pence", "Sameh Shoukry") in pairs


# a compound given name («عبد العزيز») names its bearer as a whole: its second half is no
# surname, nor is a father's compound name after the lineage link, which his brothers carry too
PRINCE = "أصدر الملك أمرا بتعيين الأمير مقرن بن عبد العزيز وليا للعهد. "


def _claims(name: str) -> list[str]:
    from pipeline.events.gazetteer import load_gazetteer
    from pipeline.events.mentions import _surname_claims, normalize_arabic
    return _surname_claims(tuple(normalize_arabic(name).split()), load_gazetteer())


def test_father_compound_name_is_no_surname_of_the_son():
    assert _claims("مقرن بن عبد العزيز") == []
    assert _claims("عبد العزيز") == []


def test_near_miss_compound_surname_after_a_given_name_is_still_claimed():
    assert "الغيط" in _claims("أحمد أبو الغيط")


def test_brother_named_after_a_prince_meets_alone():
    text = PRINCE + ("والتقى الملك سلمان بن عبد العزيز الرئيس الأمريكي باراك أوباما في "
                     "الرياض أمس.")
    assert _bare(text, "العزيز") == []
    pairs = {(e["actor1_name"], e["actor2_name"])
             for e in extract_events(text, published=PUBLISHED)}
    assert pairs == {("King Salman bin Abdulaziz", "Barack Obama")}
