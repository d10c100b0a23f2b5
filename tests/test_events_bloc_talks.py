"""Talks with blocs, councils and creditors: organisations listed in apposition, talks named as
a topic, unnamed creditors, councils of allied states.

Organisations listed in apposition after a collective noun that follows «مع» of a talks
noun: «المفاوضات مع المؤسسات، الاتحاد الأوروبي وصندوق النقد الدولي» names who the
institutions are, each a counterpart (pipeline/events/blocs.py `talks_orgs`,
`_appositive_list`).

Sentences written for these tests (not corpus text).

Talks with a bloc named as a topic, not as talks held (blocs.background_talks), and a
consensus noun that takes a «بين» pair (blocs.yaml states.topics).

Unnamed Greek creditors: the EU, and the other creditors only where the text names them.

The labels key a contact with Greece's unnamed creditors («الدائنين الدوليين», «دائنيها») as
one event with the EU; where the text names the ECB or the IMF, each named one is a party
too, one event per creditor. Sentences are paraphrases written for these tests.

Talks with a council of allied states (blocs.yaml `councils`: the GCC, the Arab League):
a meeting, not a negotiation, and the council named by its member states with no title takes
the role of the minister or head of state who meets it (pipeline/events/blocs.py `bloc_type`,
`council_role`); a minister's only where the text names the council's ministers (by title or
as his counterparts), else the states' side is `official`.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract as extract_mod
from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _talks(text: str, published="2016-05-10", home: str | None = "EGY") -> set:
    """(first party, second party) codes of each rule NEGOTIATE candidate."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "NEGOTIATE" and "rule=True" in feats and c.actor2 is not None:
            a, b = c.actor1, c.actor2
            out.add((a.country or a.org, b.country or b.org))
    return out


def _counterparts(text: str, **kw) -> set:
    return {b for _a, b in _talks(text, **kw)}


def test_a_list_in_apposition_to_the_institutions_names_each_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع المؤسسات، صندوق النقد "
            "الدولي والبنك الدولي، الشهر المقبل.")
    assert {"IMF", "WORLD_BANK"} <= _counterparts(text)


def test_three_organisations_after_the_partners():
    text = ("وأعلن رئيس الوزراء المصري أن بلاده تجري محادثات مع الشركاء، الاتحاد الأوروبي والبنك "
            "الدولي وصندوق النقد الدولي، لتمويل المشروع.")
    assert {"EU", "WORLD_BANK", "IMF"} <= _counterparts(text)


def test_a_comma_that_opens_another_clause_names_no_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع المؤسسات، صندوق النقد "
            "الدولي يرفض التأجيل.")
    assert "IMF" not in _counterparts(text)


def test_a_full_stop_after_the_collective_noun_names_no_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع المؤسسات. صندوق النقد "
            "الدولي والبنك الدولي يرحبان بذلك.")
    assert not {"IMF", "WORLD_BANK"} & _counterparts(text)


def test_a_list_that_names_no_organisations_names_no_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع الشركاء، وزارة التخطيط "
            "والبنك المركزي المصري.")
    assert _counterparts(text) <= {"EGY"}


def test_another_collective_noun_is_not_read_as_a_list():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع النقابات، صندوق النقد "
            "الدولي والبنك الدولي، الشهر المقبل.")
    assert not {"IMF", "WORLD_BANK"} & _counterparts(text)


PUB = date(2015, 7, 21)
# a sentence naming the other creditors as parties (without it, unnamed creditors are the EU
# alone)
NAMED = "ويضم الدائنون صندوق النقد الدولي والبنك المركزي الأوروبي والمفوضية الأوروبية."


def _pairs(text: str) -> set:
    return {(ev["event_type"], ev["actor1_country"] or ev["actor1_org"],
             ev["actor2_country"] or ev["actor2_org"]) for ev in extract_events(text, PUB)}


def _orgs(text: str) -> set:
    return {x for _t, a, b in _pairs(text) for x in (a, b)}


# ----------------------------------------------------------------------------- background talks

@pytest.mark.parametrize("text", [
    # the genitive of a word telling the talks' fate or start
    "تراجعت البورصة اليونانية بسبب تعثر مباحثات الإنقاذ بين الحكومة اليونانية ودائنيها.",
    "حصلت اليونان على قرض يكفيها حتى نهاية الشهر وبدء مفاوضات مع دائنيها حول برنامج جديد.",
    "وهبط اليورو بعد فشل المحادثات بين اليونان والدائنين الدوليين.",
    # the object of a verb of watching, whose subject is someone else
    "وتابع المصرف المركزي النرويجي المحادثات بين الدائنين الدوليين واليونان عن كثب.",
])
def test_talks_with_creditors_named_as_a_topic_give_no_event(text):
    assert not _orgs(text) & {"EU", "ECB", "IMF"}


@pytest.mark.parametrize("text", [
    # a verb of holding or resuming with its subject: talks held
    "بدأت الحكومة اليونانية أمس مفاوضات مع دائنيها حول برنامج إنقاذ ثالث.",
    "واستؤنفت أمس المحادثات بين اليونان ودائنيها في أثينا.",
])
def test_talks_with_creditors_held_are_kept(text):
    # the text names the other creditors (unnamed, they are the EU alone: blocs.settle_unnamed)
    assert {"EU", "ECB", "IMF", "GRC"} <= _orgs(text + "\n" + NAMED)


def test_a_watcher_after_punctuation_does_not_touch_the_talks():
    text = "وتابع الوزير حديثه، وأجرت اليونان أمس مباحثات مع دائنيها في أثينا.\n" + NAMED
    assert {"EU", "ECB", "IMF"} <= _orgs(text)


# ----------------------------------------------------------------------------- consensus noun

def test_consensus_between_two_states_is_a_topic_not_the_talks_sides():
    text = "وقال الوزير إن المشاورات أظهرت مدى التوافق بين مصر والكويت في الملفات الإقليمية."
    assert ("NEGOTIATE", "EGY", "KWT") not in _pairs(text)


def test_consultations_between_two_states_still_pair_them():
    text = "وأجرى وزير الخارجية المصري مشاورات بين مصر والكويت."
    assert ("NEGOTIATE", "EGY", "KWT") in _pairs(text)


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


def _events(text: str, published="2015-08-03") -> set:
    """(type, {(country or org, role) of each actor}) of each event."""
    out = set()
    for e in extract_events(text, published=published):
        actors = frozenset((e[f"actor{k}_country"] or e[f"actor{k}_org"], e[f"actor{k}_role"])
                           for k in (1, 2))
        out.add((e["event_type"], actors))
    return out


US_FM = ("USA", "foreign_minister")


def test_talks_with_the_gulf_states_are_a_meeting_with_their_foreign_ministers():
    # the text names the Gulf foreign ministers at the talks: the states' side is theirs
    got = _events("بدأ وزير الخارجية الأمريكي محادثات مع دول الخليج العربية في الرياض اليوم "
                  "لبحث الأزمة. وقال الوزير عقب اجتماعه مع وزراء خارجية دول مجلس التعاون "
                  "إن المحادثات كانت مثمرة.")
    assert ("MEET", frozenset({US_FM, ("GCC", "foreign_minister")})) in got
    assert ("MEET", frozenset({US_FM, ("GCC", "official")})) not in got


def test_meeting_with_the_council_states_takes_the_ministers_role():
    # so does a text that names them as his counterparts
    got = _events("عقد وزير الخارجية الأمريكي اجتماعا مع دول مجلس التعاون في الرياض اليوم. "
                  "وأوضح الوزير أنه بحث مع نظرائه الخليجيين ملفات المنطقة.")
    assert ("MEET", frozenset({US_FM, ("GCC", "foreign_minister")})) in got
    assert ("MEET", frozenset({US_FM, ("GCC", "official")})) not in got


def test_talks_with_the_gulf_states_whose_ministers_the_text_never_names_are_with_officials():
    # the conventions: a bloc's side takes the text's naming of it, else it is `official`
    got = _events("بدأ وزير الخارجية الأمريكي محادثات مع دول الخليج العربية في الرياض اليوم "
                  "لبحث الأزمة.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "official")}))}
    got = _events("عقد وزير الخارجية الأمريكي اجتماعا مع دول مجلس التعاون في الرياض اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "official")}))}


def test_the_council_itself_is_met_but_keeps_its_role():
    # near miss: the council named as an organisation, not by its states
    got = _events("أجرى وزير الخارجية الأمريكي محادثات مع مجلس التعاون الخليجي في الرياض اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "official")}))}


def test_a_titled_bloc_keeps_its_title():
    got = _events("استقبل خادم الحرمين الشريفين اليوم وفد دول مجلس التعاون.")
    assert got == {("MEET", frozenset({("SAU", "head_of_state"), ("GCC", "delegation")}))}


def test_talks_with_a_lender_or_the_six_powers_stay_a_negotiation():
    # near misses: an organisation that is not a council of allies, and a bloc of states
    got = _events("أجرى وزير الخارجية الإيراني محادثات مع صندوق النقد الدولي في فيينا اليوم.")
    assert {t for t, _a in got} == {"NEGOTIATE"}
    got = _events("أجرى وزير الخارجية الإيراني محادثات مع مجموعة 5+1 في فيينا اليوم.")
    assert {t for t, _a in got} == {"NEGOTIATE"}
    assert ("NEGOTIATE", frozenset({("IRN", "foreign_minister"), ("USA", "official")})) in got


def test_plural_counterparts_named_by_the_bloc_adjective_stop_there():
    # the nationality after the next noun is the agreement's, not the counterparts'
    got = _events("بحث وزير الخارجية الأمريكي مع نظرائه الخليجيين الاتفاق النووي الإيراني.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "foreign_minister")}))}
    got = _events("بحث وزير الخارجية الأمريكي مع نظرائه العرب الأزمة السورية اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("ARAB_LEAGUE", "foreign_minister")}))}


def test_a_singular_counterpart_still_takes_the_nationality_after_it():
    # near miss: no bloc adjective, the nationality names the counterpart
    got = _events("بحث وزير الخارجية الأمريكي مع نظيره الإيراني الاتفاق النووي اليوم.")
    assert ("MEET", frozenset({US_FM, ("IRN", "foreign_minister")})) in got


def test_the_league_of_arab_states_is_an_organisation_not_its_states():
    # near miss: «الدول» inside the organisation's name, not the name's head
    got = _events("أجرى وزير الخارجية الأمريكي مباحثات مع جامعة الدول العربية في القاهرة اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("ARAB_LEAGUE", "official")}))}
