"""A columnist's page in some papers ends on the titles of his other articles, run together after
the heading «مقالات أخرى للكاتب» («... إلى اللقاء مقالات أخرى للكاتبزيارة الوزير لمصر
ومدلولاتهاماذا لو ...»): the titles are no part of the article, and a contact one of them names
is none of the article's events. Invented texts."""

from pipeline.events import extract_events

OPENING = "يرى كثيرون أن المنطقة تمر بمرحلة صعبة تتطلب الحزم في مواجهة الإرهاب.\n"
VISIT_TITLE = "زيارة وزير الخارجية السعودي عادل الجبير لمصر ومدلولاتها"


def _events(text):
    return [(e["event_type"], e["actor1_country"], e["location_country"])
            for e in extract_events(text, "2015-08-09", home="SAU")]


def test_a_title_in_the_list_of_other_articles_is_no_event():
    text = (OPENING + "إلى اللقاء مقالات أخرى للكاتبالعلاقات العربية في عالم متغير"
            + "الإرهاب لا دين له!\n" + VISIT_TITLE + "حديث عن الإصلاح")
    assert _events(text) == []


def test_the_list_heading_with_a_bare_alif_too():
    text = OPENING + "مقالات اخرى للكاتبالعلاقات العربية في عالم متغير!\n" + VISIT_TITLE
    assert _events(text) == []


def test_the_same_visit_told_in_the_article_is_an_event():
    # near miss: a visit the column itself tells, before the list
    text = (OPENING + "وتأتي " + VISIT_TITLE.replace("ومدلولاتها", "في إطار التنسيق بين البلدين.")
            + "\nإلى اللقاء مقالات أخرى للكاتبالعلاقات العربية في عالم متغير")
    assert _events(text) == [("VISIT", "SAU", "EGY")]


def test_the_words_mid_sentence_in_another_sense_end_nothing():
    # near miss: «مقالات أخرى للكاتب نفسه» inside a sentence of the article (no heading: a word
    # before it on its line and a space after it) leaves the rest of the text read
    text = ("قال وزير الإعلام الأردني إن الصحيفة نشرت مقالات أخرى للكاتب نفسه تسيء إلى "
            "العلاقات.\nوالتقى وزير الخارجية الأردني نظيره المصري في القاهرة أمس.")
    assert [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, "2015-08-09", home="SAU")] == [("MEET", "JOR", "EGY")]


def test_the_heading_on_its_own_line_with_a_space_after_it():
    text = OPENING + "ودمتم بخير.\nمقالات أخرى للكاتب " + VISIT_TITLE + "\nحديث عن الإصلاح"
    assert _events(text) == []


def test_a_woman_writers_words_mid_sentence_end_nothing():
    text = ("قال وزير الإعلام الأردني إن الصحيفة نشرت مقالات أخرى للكاتبة نفسها تسيء إلى "
            "العلاقات.\nوالتقى وزير الخارجية الأردني نظيره المصري في القاهرة أمس.")
    assert [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, "2015-08-09", home="SAU")] == [("MEET", "JOR", "EGY")]


def test_a_woman_columnists_list_run_together():
    text = OPENING + "إلى اللقاء مقالات أخرى للكاتبةالعلاقات العربية في عالم متغير!\n" + VISIT_TITLE
    assert _events(text) == []
