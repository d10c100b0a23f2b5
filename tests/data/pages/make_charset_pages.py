"""Writes the charset-*.html pages of this directory: one short Arabic article stored in the
charsets (and with the lying labels) real sites use. Run it from anywhere; the pages are
committed, the tests only read them.

    python tests/data/pages/make_charset_pages.py
"""

from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).resolve().parent

PARAGRAPHS = (
    "وقعت الكويت والأردن، اليوم الثلاثاء، مذكرة تفاهم للتعاون في مجال الطاقة المتجددة وتبادل"
    " الخبرات الفنية، على هامش اجتماعات اللجنة العليا المشتركة بين البلدين.",
    "وقال وزير الطاقة الأردني إن المذكرة تفتح الباب أمام استثمارات كويتية جديدة في مشروعات"
    " الطاقة الشمسية وطاقة الرياح في المملكة.",
    "من جهته، أكد وزير الكهرباء والماء الكويتي أن بلاده حريصة على تعزيز الشراكة مع الأردن في"
    " قطاع الطاقة، وتوسيع التعاون ليشمل الربط الكهربائي.",
)
HEADLINE = "الكويت والأردن يوقعان مذكرة تفاهم للتعاون في مجال الطاقة"
PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{meta}
<title>{headline} - {site}</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2024-09-17T12:30:00+03:00">
</head>
<body>
<div class="menu"><a href="/">الرئيسية</a> | <a href="/local">محليات</a></div>
<div class="news">
<h1>{headline}</h1>
{paragraphs}
</div>
<div class="footer">جميع الحقوق محفوظة</div>
</body>
</html>
"""


def page(meta: str = "", site: str = "وكالة الأنباء", commas: str = "،") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return PAGE.format(meta=meta, site=site, headline=HEADLINE,
                       paragraphs=paragraphs).replace("،", commas)


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def main() -> None:
    # A <meta> that names one single-byte Arabic charset on bytes of another.
    write("charset-iso-8859-6-label-cp1256-bytes.html",
          page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">')
          .encode("cp1256"))
    write("charset-cp1256-label-iso-8859-6-bytes.html",
          page('<meta charset="windows-1256">').encode("iso8859-6"))
    # cp720 (DOS Arabic) has no Arabic comma: its pages use the Latin one.
    write("charset-cp1256-label-cp720-bytes.html",
          page('<meta charset="windows-1256">', commas=",").encode("cp720"))
    # UTF-32 with its byte order mark, served as UTF-32.
    write("charset-utf32-bom.html", codecs.BOM_UTF32_LE + page().encode("utf-32-le"))
    # UTF-16 and UTF-32 without a byte order mark (and no charset anywhere).
    write("charset-utf16le-no-bom.html", page().encode("utf-16-le"))
    write("charset-utf32be-no-bom.html", page().encode("utf-32-be"))
    # UTF-32 whose code units were damaged in transit (every 7th one out of Unicode's range):
    # it cannot be decoded right, so it must be rejected, not stored.
    units = bytearray(page().encode("utf-32-le"))
    for i in range(0, len(units), 28):
        units[i + 3] = 0x7F
    write("charset-utf32-broken.html", bytes(units))


if __name__ == "__main__":
    main()
