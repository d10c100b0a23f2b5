"""Unnamed Greek creditors: the EU, and the other creditors only where the text names them.

The labels key a contact with Greece's unnamed creditors («الدائنين الدوليين», «دائنيها») as
one event with the EU; where the text names the ECB or the IMF, each named one is a party
too, one event per creditor. Sentences are paraphrases written for these tests.
"""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare

DAY = date(2015, 7, 25)
UNNAMED = "أجرت اليونان أمس مفاوضات صعبة مع الدائنين الدوليين بشأن خطة إنقاذ جديدة."
# the other creditors named as parties: their representatives (a speaker or a payee is none)
NAMED_LATER = "وشارك في المفاوضات ممثلو صندوق النقد الدولي والبنك المركزي الأوروبي."


def _parties(text: str) -> set[tuple]:
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_country"] or e["actor2_org"],
        )
        for e in extract_events(text, DAY)
    }


def _bloc_members(text: str) -> list[str]:
    return [a.org or a.country for s in _prepare(text, DAY) for a in s.actors if a.bloc]


def test_unnamed_creditors_are_the_eu_alone():
    assert _parties(UNNAMED) == {("NEGOTIATE", "GRC", "EU")}
    assert _bloc_members(UNNAMED) == ["EU"]


def test_creditors_named_later_keep_every_member():
    text = UNNAMED + "\n" + NAMED_LATER
    assert _parties(text) == {("NEGOTIATE", "GRC", code) for code in ("EU", "ECB", "IMF")}


def test_only_the_creditors_the_text_names_join_the_eu():
    text = UNNAMED + "\n" + "وحضر ممثل صندوق النقد الدولي جولة المفاوضات."
    assert _parties(text) == {("NEGOTIATE", "GRC", code) for code in ("EU", "IMF")}


def test_creditors_named_before_keep_every_member():
    text = NAMED_LATER + "\n" + UNNAMED
    assert sorted(_bloc_members(text)) == ["ECB", "EU", "IMF"]


def test_owned_creditors_unnamed_are_the_eu_alone():
    text = "وبدأت في أثينا أمس مفاوضات بين اليونان ودائنيها حول خطة الإنقاذ الثالثة."
    assert _bloc_members(text) == ["EU"]
    assert all(
        {e["actor1_org"], e["actor2_org"]} & {"ECB", "IMF"} == set()
        for e in extract_events(text, DAY)
    )


def test_bloc_without_unnamed_members_keeps_every_member():
    text = "وأجرت إيران أمس مفاوضات مع مجموعة 5+1 في فيينا."
    assert sorted(_bloc_members(text)) == ["CHN", "DEU", "FRA", "GBR", "RUS", "USA"]
