"""A bloc's members beyond those it always stands for join only where the text names them as
parties (blocs.settle_unnamed, blocs._named_parties).

Unnamed Greek creditors are the EU alone; the ECB or the IMF joins where the text names it as a
party: an actor of its own (a representative, a side of talks), or a bare name in a sentence
that names the creditors and tells who they are (a list in parentheses, «أي», «ممثلة في»,
«إضافة إلى»). Named only as a payee or a lender, or as a speaker in a sentence of its own, it
does not join. Sentences written for these tests (not corpus text).
"""

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.blocs import members_on
from pipeline.events.extract import _prepare

DAY = date(2015, 7, 25)
TALKS = "أجرت اليونان أمس مفاوضات صعبة مع الدائنين الدوليين بشأن خطة إنقاذ جديدة."


def _bloc_members(text: str) -> set[str]:
    return {a.org or a.country for s in _prepare(text, DAY) for a in s.actors if a.bloc}


def _negotiations(text: str) -> set[str]:
    return {e["actor2_org"] or e["actor1_org"] for e in extract_events(text, DAY)
            if e["event_type"] == "NEGOTIATE"}


@pytest.mark.parametrize("other", [
    # a payee, with «ل» or after «إلى», alone or heading a list (in a sentence that does not
    # name the creditors, where a bare name is never a party; in theirs, see below)
    "وسددت اليونان أمس قسطا قيمته ملياري يورو لصندوق النقد الدولي.",
    "ودفعت أثينا أربعة مليارات يورو إلى البنك المركزي الأوروبي وصندوق النقد الدولي.",
    "وعلى اليونان أن تسدد قرضا مستحقا للبنك المركزي الأوروبي وصندوق النقد الدولي الشهر المقبل.",
    # a lender, a speaker
    "وطلبت الحكومة قرضا جديدا من صندوق النقد الدولي.",
    "وقال صندوق النقد الدولي إن اليونان سددت متأخراتها كاملة.",
])
def test_a_member_named_only_as_payee_lender_or_speaker_does_not_join(other):
    text = TALKS + "\n" + other
    assert _bloc_members(text) == {"EU"}
    assert _negotiations(text) == {"EU"}


@pytest.mark.parametrize("other", [
    # the members listed in parentheses after the bloc's name, in another sentence
    "وكانت ترويكا الدائنين (المفوضية الأوروبية، البنك المركزي الأوروبي، صندوق النقد الدولي) "
    "قد فرضت شروطا قاسية.",
    # «أي», «ممثلة في», «إضافة إلى»: the text tells who the creditors are
    "ويعود خبراء الدائنين، أي صندوق النقد الدولي والبنك المركزي الأوروبي، إلى أثينا.",
    "ويتمسك الدائنون ممثلة في صندوق النقد الدولي والبنك المركزي الأوروبي بشروطهم.",
    "وتمثل المفوضية الأوروبية الدائنين في المفاوضات، إضافة إلى المركزي الأوروبي وصندوق النقد "
    "الدولي.",
    # «إضافة» with «ل» on the name, «الممثلين في» with the article, «المكونة من» (made up of)
    "وتمثل المفوضية الأوروبية الدائنين في المفاوضات، بالإضافة لصندوق النقد الدولي والبنك "
    "المركزي الأوروبي.",
    "ويتمسك الدائنون الممثلون في صندوق النقد الدولي والبنك المركزي الأوروبي بشروطهم.",
    "وتضع ترويكا الدائنين المكونة من صندوق النقد الدولي والبنك المركزي الأوروبي شروطا قاسية.",
])
def test_members_the_text_names_as_the_blocs_own_join(other):
    text = TALKS + "\n" + other
    assert _bloc_members(text) == {"EU", "ECB", "IMF"}
    assert _negotiations(text) == {"EU", "ECB", "IMF"}


def test_a_member_whose_representative_the_text_names_joins_alone():
    text = TALKS + "\n" + "وحضر ممثل صندوق النقد الدولي جولة المحادثات في أثينا."
    assert _bloc_members(text) == {"EU", "IMF"}


def test_a_payee_in_the_blocs_own_sentence_does_not_join():
    text = ("وتأمل اليونان في التوصل إلى اتفاق مع الدائنين قبل موعد استحقاق قسط قيمته ثلاثة "
            "مليارات يورو للبنك المركزي الأوروبي.")
    assert _bloc_members(text) == {"EU"}


@pytest.mark.parametrize("payees", [
    "للبنك المركزي الأوروبي وصندوق النقد الدولي",
    "إلى البنك المركزي الأوروبي وصندوق النقد الدولي",
    # «ول» on a definite name drops its alef as «ل» does: the ECB's whole name, a payee (not
    # its short name «المركزي الأوروبي» found behind an unread «وللبنك»)
    "لصندوق النقد الدولي وللبنك المركزي الأوروبي",
])
def test_a_list_of_payees_in_the_blocs_own_sentence_does_not_join(payees):
    # the list's second name carries no «ل» and follows no preposition: its head tells
    text = ("وتأمل اليونان في التوصل إلى اتفاق مع الدائنين قبل أن تسدد قسطا قيمته ثلاثة "
            "مليارات يورو " + payees + ".")
    assert _bloc_members(text) == {"EU"}


def test_the_esm_is_a_creditor_in_the_talks_from_mid_july_2015():
    # its governors opened the third programme's talks on 17 July 2015 (it lends from 19 August)
    assert "ESM" in {m for m, _ in members_on("GRC_CREDITORS", date(2015, 7, 20))}
    assert "ESM" not in {m for m, _ in members_on("GRC_CREDITORS", date(2015, 7, 10))}
    text = ("أجرى وزير المالية اليوناني أمس مباحثات مع ممثلي الدائنين في أثينا.\n"
            "وحضر ممثل آلية الاستقرار الأوروبية جولة المباحثات.")
    assert {a.org for s in _prepare(text, date(2015, 8, 5)) for a in s.actors if a.bloc} == \
        {"EU", "ESM"}


def test_the_esm_named_with_its_arabic_word_order_is_a_listed_creditor():
    text = ("وتتفاوض اليونان مع دائنيها (الاتحاد الأوروبي والبنك المركزي الأوروبي وصندوق النقد "
            "الدولي والآلية الأوروبية للاستقرار) منذ أسبوعين.")
    assert _bloc_members(text) == {"EU", "ECB", "IMF", "ESM"}
