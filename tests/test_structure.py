import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

from pipeline.text.clean import arabic_share, clean_line, clean_lines, is_boilerplate, is_ui_link
from pipeline.text.parts import label_kind, split_page, split_text, text_lines
from pipeline.text.render import render_article

# Lines of the seeds the cleaner removes or rewrites on purpose (page chrome, scraping artefacts).
CLEANED_ON_PURPOSE = {
    "001_e48f0d05829a43d8": {"المصدر : وكالة سواالمصدر: وكالة سوا الإخبارية", "إعلان"},
    "002_72a1dd8a2810edba": {"تابع أحدث الأخبار عبر تطبيق"},
}


def _norm(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()]


def _row(parts) -> dict:
    return {"title": parts.title, "published_at": None, "body": "\n".join(parts.body),
            "origin_source": parts.origin_source, "tags": parts.tags,
            "read_also": parts.read_also, "related_titles": parts.related_titles}


EXPECTED = {
    # seed: (has headline, date, source, read-also title start, related count)
    "000_33eb1082ec64cdfa": (False, None, "صدى البلد", "ماذا دار في أول اتصال", 10),
    "001_e48f0d05829a43d8": (True, "2024-07-24", "وكالة سوا الإخبارية", "وزير خارجية الصين", 0),
    "002_72a1dd8a2810edba": (True, "2023-10-13", "السومرية العراقية", "وزير الدفاع الأمريكي", 0),
    "003_97dec1b919a72250": (False, None, "CNN Arabic", "بلينكن: المجتمعان", 10),
    "004_4951847e38c63d20": (True, "2024-10-24", "بوابة الفجر", "للوراء دُر", 0),
}


@pytest.mark.parametrize("seed_id", sorted(EXPECTED))
def test_split_text_reads_every_part_of_each_seed(seed_id, seed_texts):
    parts = split_text(seed_texts[seed_id])
    has_title, day, source, read_also_title, n_related = EXPECTED[seed_id]
    assert (parts.title is not None) == has_title
    assert (parts.date_line_date.isoformat() if parts.date_line_date else None) == day
    assert parts.origin_source == source
    assert len(parts.read_also) == 1
    assert parts.read_also[0]["title"].startswith(read_also_title)
    assert len(parts.related_titles) == n_related
    assert parts.body and not any(label_kind(line) for line in parts.body)
    assert "المزيد" not in parts.tags
    assert not any(is_boilerplate(line) for line in parts.body)


@pytest.mark.parametrize("seed_id", sorted(EXPECTED))
def test_split_then_render_gives_the_seed_back(seed_id, seed_texts):
    seed = seed_texts[seed_id]
    parts = split_text(seed)
    rendered = _norm(render_article(_row(parts)))
    if parts.date_line:
        rendered.insert(1 if parts.title else 0, parts.date_line)
    removed = CLEANED_ON_PURPOSE.get(seed_id, set())
    expected = [line for line in _norm(seed) if line not in removed]
    if seed_id == "000_33eb1082ec64cdfa":  # the UI link after the tags is not a tag
        expected = [line.removesuffix(" المزيد") for line in expected]
    if seed_id == "001_e48f0d05829a43d8":
        expected.insert(expected.index("إقرأ أيضاً:"), "المصدر: وكالة سوا الإخبارية")
    assert rendered == expected


def test_labels_are_recognised_in_their_spelling_variants():
    assert label_kind("إقرأ أيضاً:")[0] == "read_also"
    assert label_kind("اقرأ أيضا")[0] == "read_also"
    assert label_kind("كلمات دلالية: غزة")[0] == "tags"
    assert label_kind("مقالات مشابهة")[0] == "related"
    assert label_kind("المصدر : وكالة سوا")[0] == "source"
    assert label_kind("تاريخ النشر: 24th, July 2024 GMT")[0] == "date_line"
    assert label_kind("المصدر الرئيسي للمعلومات هو البيان") is None  # no colon: body text
    assert label_kind("قال المصدر: لا") is None  # not at the start


PAGE = """<html lang="ar"><body>
<header><h1>موقع</h1><nav><a>الرئيسية</a></nav></header>
<article>
 <h1>العنوان</h1>
 <div class="date"><span>تاريخ النشر: </span>13th, October 2023 GMT</div>
 <div class="content"><p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية.</p>
  <p><strong>المصدر:</strong> السومرية العراقية</p>
  <div class="tags"><span>كلمات دلالية:</span><a>غزة</a><a>قطر</a><a>غزة</a><a>المزيد</a></div>
 </div>
 {read_also}
 <section><div class="head"><h3>مقالات مشابهة</h3></div>
  <ul><li><a>عنوان أول</a></li><li><a>عنوان ثان</a></li></ul></section>
</article></body></html>"""

WRAPPED = """<section class="read-also"><h3>إقرأ أيضاً:</h3>
 <article><h2><a>عنوان المقال الآخر</a></h2><p>نص أول.</p><div>إعلان</div><p>نص ثان.</p></article>
</section>"""

SIBLINGS = (
    "<h3>إقرأ أيضاً:</h3><h2>عنوان المقال الآخر</h2><p>نص أول.</p><p>إعلان</p><p>نص ثان.</p>"
)


@pytest.mark.parametrize("read_also", [WRAPPED, SIBLINGS], ids=["wrapped", "siblings"])
def test_split_page_reads_and_removes_the_labelled_blocks(read_also):
    tree = lxml_html.document_fromstring(PAGE.replace("{read_also}", read_also))
    parts = split_page(tree)
    assert parts.date_line_date.isoformat() == "2023-10-13"
    assert parts.origin_source == "السومرية العراقية"
    assert parts.tags == ["غزة", "قطر"]
    assert parts.read_also == [{"title": "عنوان المقال الآخر", "text": "نص أول.\nنص ثان."}]
    assert parts.related_titles == ["عنوان أول", "عنوان ثان"]
    left = clean_line(tree.text_content())
    assert "الفقرة الأولى" in left and "الفقرة الثانية" in left
    for gone in ("المصدر", "كلمات دلالية", "نص أول", "مقالات مشابهة", "عنوان أول", "تاريخ النشر"):
        assert gone not in left


def test_source_inside_read_also_does_not_become_the_article_source():
    page = PAGE.replace("<p><strong>المصدر:</strong> السومرية العراقية</p>", "").replace(
        "{read_also}", WRAPPED.replace("<p>نص ثان.</p>", "<p>المصدر: وكالة أخرى</p>"))
    parts = split_page(lxml_html.document_fromstring(page))
    assert parts.origin_source is None
    assert "المصدر: وكالة أخرى" in parts.read_also[0]["text"]


def test_text_lines_break_at_blocks_and_br():
    el = lxml_html.fragment_fromstring(
        "<div><p>سطر <b>أول</b></p>سطر<br>ثان<script>x()</script><ul><li>ثالث</li></ul></div>")
    assert text_lines(el) == ["سطر أول", "سطر", "ثان", "ثالث"]


def test_clean_line_removes_invisible_characters_and_folds_spaces():
    assert clean_line("\u200fوزير\u00a0 الخارجية\u200b ") == "وزير الخارجية"
    assert clean_lines("أ\n\n  \nب\u202b") == ["أ", "ب"]
    # stored text keeps its letters: Persian look-alikes are folded for matching only
    assert clean_line("وزیر الخارجیة") == "وزیر الخارجیة"


@pytest.mark.parametrize("line", ["إعلان", "اعلان", "تابع أحدث الأخبار عبر تطبيق",
                                  "تابعونا على فيسبوك", "شارك", "Advertisement"])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["أعلن الوزير عن زيارة", "قال بلينكن إن الاتفاق قريب"])
def test_article_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_ui_links():
    assert is_ui_link("المزيد") and not is_ui_link("غزة")


def test_arabic_share():
    from pipeline.text.clean import arabic_share

    assert arabic_share("التقى وزير الخارجية نظيره") == 1.0
    assert arabic_share("The minister met his counterpart") == 0.0
    assert 0.4 < arabic_share("قال Blinken إن") < 0.8
    assert arabic_share("") == 0.0 and arabic_share("2024 - 10") == 0.0


@pytest.mark.parametrize("page", [
    "<html><body><p>Only English text here.</p></body></html>",
    "<html><body><div><!-- المصدر: x --><p>نص <b>قرار</b> المصدر: تعليق</p></div></body></html>",
    "<html><body><p><!--c-->المصدر: بعد تعليق</p><p>كلمات <i>دلالية</i>: غزة</p></body></html>",
    "<html><body><script>var s = 'المصدر: script';</script><p>نشر في: اليوم</p></body></html>",
])
def test_label_candidates_are_those_of_the_first_text_xpath(page):
    from lxml import etree

    from pipeline.text import parts as structure

    stems = structure._labels_table()["prefilter"]
    test = " or ".join(f"contains(., '{stem}')" for stem in stems)
    tree = lxml_html.document_fromstring(page)
    with_label = [el for el in etree.XPath(f"//*[text()[1][{test}]]")(tree)
                  if structure._is_element(el) and label_kind(el.text)]
    found = [el for el in structure._candidates(tree)
             if structure._is_element(el) and label_kind(el.text)]
    assert found == with_label


@given(st.lists(st.sampled_from(
    ["a", "ب", " ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x1c", "\x1f", "\x85", "\u2028",
     "\u00a0", "\u200b", "\u200f", "\ufeff", "\u00ad", "\u0640", "\u0301", "\u0654", "e\u0301",
     "\u0627\u0653", "\u1100", "\u1161"]), max_size=40).map("".join))
def test_clean_lines_is_clean_line_of_each_line(text):
    assert clean_lines(text) == [x for x in (clean_line(line) for line in text.splitlines()) if x]


@pytest.mark.parametrize("text", [
    None, "", "English only.", "١٢٣ ٤٥", "قطر", "غزة 2024: Gaza, قطر!", "\u06fd\u06fe ب", "\u06fd",
    "ـــ ابن"])
def test_arabic_share_is_arabic_letters_over_letters(text):
    head = (text or "")[:4000]
    letters = len(re.findall(r"[^\W\d_]", head))
    arabic = len(re.findall("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]", head))
    assert arabic_share(text) == (arabic / letters if letters else 0.0)


@given(st.lists(st.sampled_from(
    [" ", "  ", "\n", "\t", "\r", "\u00a0", "\u2028", "a", "ب", "\x1f"]), max_size=20).map("".join))
def test_clean_line_spacing_is_one_space_per_run(text):
    from pipeline.text.clean import _SPACES_RE, _SPACES_TO_SPACE_RE

    assert _SPACES_TO_SPACE_RE.sub(" ", text) == _SPACES_RE.sub(" ", text)


def test_xhtml_with_an_encoding_declaration_parses_from_decoded_text():
    from pipeline.text.extract import extract_page
    from pipeline.text.parts import parse_html

    body = "<p>" + "التقى وزير الخارجية نظيره في العاصمة لبحث العلاقات الثنائية. " * 4 + "</p>"
    page = ('<?xml version="1.0" encoding="windows-1256"?>\n<!DOCTYPE html PUBLIC '
            '"-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><body><article>{body}</article>'
            "</body></html>")
    assert "التقى وزير الخارجية" in parse_html(page).text_content()
    assert extract_page(page, "http://x/1")["body"].startswith("التقى وزير الخارجية")


def test_a_table_inside_the_article_stays_in_the_body():
    from pipeline.text.extract import extract_page

    body = "<p>" + "أعلنت وزارة الصحة في غزة حصيلة جديدة للضحايا في القطاع المحاصر. " * 3 + "</p>"
    table = ("<table><tr><th>المحافظة</th><th>عدد الضحايا</th></tr>"
             "<tr><td>خان يونس</td><td>1250</td></tr><tr><td>رفح</td><td>980</td></tr></table>")
    page = (f'<html lang="ar"><body><nav><a href="/">الرئيسية</a></nav><article>{body}{table}'
            f"{body}</article></body></html>")
    text = extract_page(page, "http://x/1")["body"]
    assert "خان يونس" in text and "1250" in text and "رفح" in text


@pytest.mark.parametrize("markup, hidden", [
    ('<div hidden>x</div>', True), ('<div aria-hidden="true">x</div>', True),
    ('<div aria-hidden="false">x</div>', False), ('<div style="display: none">x</div>', True),
    ('<div style="visibility:hidden">x</div>', True), ('<div style="display:block">x</div>', False),
    ('<div class="d-none hideMe">x</div>', True), ('<div class="d-none d-md-block">x</div>', False),
    ('<div class="hidden">x</div>', True), ('<div class="hidden-xs">x</div>', False),
    ('<div class="sr-only">x</div>', True), ('<template><p>x</p></template>', True),
    ('<noscript><p>x</p></noscript>', True), ('<div class="hide">x</div>', True),
])
def test_is_hidden(markup, hidden):
    from pipeline.text.parts import is_hidden

    assert is_hidden(lxml_html.fragment_fromstring(markup)) is hidden


def test_hidden_elements_are_put_back_where_they_were():
    from lxml import etree

    from pipeline.text.parts import hidden_set_aside

    page = ('<html><body style="display:none"><p>أ<span hidden>ب</span>ت<b class="d-none">ث'
            '<i hidden>ج</i></b>ح</p><noscript>خ</noscript></body></html>')
    tree = lxml_html.document_fromstring(page)
    before = etree.tostring(tree)
    with hidden_set_aside(tree):
        assert clean_line(tree.text_content()) == "أتح"  # <body> itself never counts
        with hidden_set_aside(tree):
            assert clean_line(tree.text_content()) == "أتح"
    assert etree.tostring(tree) == before


LINK_LIST = """<div class="related"><h3>إقرأ أيضاً</h3><ul>
 <li><a href="/1">وزير الخارجية يلتقي نظيره الفرنسي في باريس</a> <span>25 ديسمبر 2024</span></li>
 <li><a href="/2">مباحثات هاتفية بين الرئيسين لبحث التهدئة</a></li></ul></div>"""
CARDS = """<div class="more"><h3><span>اقرأ أيضا</span></h3>
 <article><a href="/1"><img src="a.jpg" alt=""></a><h4><a href="/1">عنوان أول هنا</a></h4>
 <div class="date">ديسمبر 25, 2020</div></article>
 <article><h4><a href="/2">عنوان ثان هنا</a></h4><div class="date">ديسمبر 24, 2020</div></article>
</div>"""
ONE_LINK = '<p><strong>اقرأ أيضاً:</strong> <a href="/3">عنوان مقال آخر طويل</a></p>'


@pytest.mark.parametrize("block, titles", [
    (LINK_LIST, ["وزير الخارجية يلتقي نظيره الفرنسي في باريس",
                 "مباحثات هاتفية بين الرئيسين لبحث التهدئة"]),
    (CARDS, ["عنوان أول هنا", "عنوان ثان هنا"]),
    (ONE_LINK, ["عنوان مقال آخر طويل"]),
], ids=["list", "cards", "one-link"])
def test_read_also_over_links_gives_related_titles_not_an_article(block, titles):
    page = f"<html><body><article><p>نص الخبر الأول.</p>{block}<p>نص الخبر الأخير.</p></article>"
    tree = lxml_html.document_fromstring(page + "</body></html>")
    parts = split_page(tree)
    assert parts.read_also == [] and parts.related_titles == titles
    left = clean_line(tree.text_content())
    assert "نص الخبر الأول" in left and "نص الخبر الأخير" in left and titles[0] not in left


def test_related_titles_come_from_the_container_the_label_introduces():
    page = """<html><body><p>نص.</p><div class="rel"><div class="head"><h3>مقالات ذات صلة</h3>
     <div class="d-none">d-none hideMe</div></div><div class="items">
     <div class="item"><a href="/1"><h4>عنوان أول</h4></a><span>2024</span></div>
     <div class="item"><a href="/2"><h4>عنوان ثان</h4></a></div></div></div></body></html>"""
    assert split_page(lxml_html.document_fromstring(page)).related_titles == [
        "عنوان أول", "عنوان ثان"]
    sputnik = """<html><body><div class="refs"><dl class="ref"><dt><h3>انظر أيضا:</h3></dt>
     <dd><a href="/1">عنوان أول</a></dd></dl><dl class="ref"><dt></dt><dd><a href="/2">عنوان
     ثان</a></dd></dl></div></body></html>"""
    assert split_page(lxml_html.document_fromstring(sputnik)).related_titles == [
        "عنوان أول", "عنوان ثان"]


@pytest.mark.parametrize("label, kind", [
    ("الكلمات الدالة :", "tags"), ("الكلمات الدلالية:", "tags"), ("تاجز:", "tags"),
    ("انظر أيضا:", "read_also"), ("الموضوعات المتعلقة", "related"),
    ("تم نشره الجمعة 24 نيسان 2020", "date_line"), ("تم نشره في 24 نيسان 2020", "date_line"),
    ("الكلمات الدالة على الحب كثيرة", None), ("انظر أيضا إلى ما قاله", None),
    ("الموضوعات المتعلقة بالانتخابات كثيرة", None), ("تم نشره على موقع الوزارة", None),
])
def test_labels_that_could_open_a_sentence_need_their_colon_or_a_date(label, kind):
    assert (label_kind(label) or (None,))[0] == kind


@pytest.mark.parametrize("line", [
    "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.",
    "ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة"
    " التعليقات قبل نشرها. ننصحك بمراجعة إرشادات الاستخدام للتعرف إليها جيداً. وللعلم فان جميع"
    " مشاركاتك يمكن استخدامها، مع اسمك وصورتك، استنادا إلى سياسة الخصوصية بما يتوافق مع شروط"
    " استخدام الموقع.",
    "الآراء والتعليقات المنشورة تعبر عن أصحابها",
])
def test_comment_policy_notices_are_boilerplate_at_any_length(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "ترحب قطر بالنقاش حول الاتفاق الجديد بين الطرفين",
    "ترحب وزارة الخارجية بالنقاش",
    "الآراء الواردة في التقرير تعكس موقف الحكومة",
])
def test_sentences_like_notices_are_text(line):
    assert not is_boilerplate(line)
