"""The type of a contact from who its sides are, and call nouns that name no call.

Talks (a talks noun of blocs.yaml `talks`) between a state's actor and an armed group or
movement are a negotiation (blocs._sides_type); a meeting verb keeps its type, and so do an
organisation's talks with such a group. «التوسط بين» is a mediation. «قناة اتصال» is a
channel of communication, not a call (status.yaml `channel`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract as extract_mod
from pipeline.events import extract_events


def _cands(text: str) -> set:
    """(type, (country or org, role), (country or org, role)) of every candidate."""
    out = set()
    for c, _ in extract_mod.candidates(text, "2015-08-10", "SAU"):
        pair = tuple((a.country or a.org, a.role) if a else None for a in (c.actor1, c.actor2))
        out.add((c.etype, *pair))
    return out


def _kept(text: str) -> list:
    return [(e["event_type"], e["actor1_country"] or e["actor1_org"],
             e["actor2_country"] or e["actor2_org"])
            for e in extract_events(text, "2015-08-10", home="SAU")]


def test_talks_between_state_and_armed_group_are_a_negotiation():
    text = ("وأجرى مسؤولون في الحكومة الأفغانية محادثات مع ممثلين عن حركة طالبان في إسلام آباد "
            "أمس.")
    got = _cands(text)
    assert ("NEGOTIATE", ("AFG", "official"), ("TALIBAN", "group")) in got
    assert not any(c[0] == "MEET" for c in got)


def test_meeting_verb_with_armed_group_stays_a_meeting():
    # near-miss: «التقى» is a meeting, whoever the sides are
    text = "والتقى مسؤولون في الحكومة الأفغانية ممثلين عن حركة طالبان في إسلام آباد أمس."
    got = _cands(text)
    assert ("MEET", ("AFG", "official"), ("TALIBAN", "group")) in got
    assert not any(c[0] == "NEGOTIATE" for c in got)


def test_organisation_envoy_talks_with_a_group_keep_their_type():
    # near-miss: the other side is an organisation's envoy, not a state's actor (the labels
    # make such talks a mediation or a meeting, not a negotiation)
    text = "وبدأ المبعوث الأممي إلى ليبيا برناردينو ليون أمس محادثات مع الأطراف الليبية في جنيف."
    assert not any(c[0] == "NEGOTIATE" for c in _cands(text))


def test_talks_between_two_states_actors_stay_a_meeting():
    # near-miss: no armed group among the sides
    text = ("وأجرى الرئيس اليمني عبد ربه منصور هادي محادثات مع وزير الخارجية المصري سامح شكري "
            "أمس.")
    got = _cands(text)
    assert ("MEET", ("YEM", "head_of_state"), ("EGY", "foreign_minister")) in got
    assert not any(c[0] == "NEGOTIATE" for c in got)


def test_channel_of_communication_is_no_call():
    text = ("وقرر وزير الخارجية الإيراني فتح قناة اتصال مع وزير الخارجية العراقي إبراهيم "
            "الجعفري أمس.")
    assert _kept(text) == []
    assert not any(c[0] == "CALL" for c in _cands(text))


def test_call_noun_without_channel_is_a_call():
    # near-miss: the same sentence with a call made
    text = ("وأجرى وزير الخارجية الإيراني اتصالا مع وزير الخارجية العراقي إبراهيم الجعفري "
            "أمس.")
    assert _kept(text) == [("CALL", "IRN", "IRQ")]


def test_verbal_noun_of_mediating_between_parties():
    text = ("وفشل الوفد الإيراني في التوسط بين رئيس الوزراء العراقي حيدر العبادي ونائب الرئيس "
            "نوري المالكي أمس.")
    assert ("MEDIATE", "IRN", "IRQ") in _kept(text)


def test_verbal_noun_of_mediating_without_parties_is_no_event():
    # near-miss: no «بين» after it, nobody mediated between
    text = ("وأكد الوفد الإيراني أن التوسط في الخلافات أمر صعب، وقال رئيس الوزراء العراقي "
            "حيدر العبادي إن الحوار مستمر.")
    assert not any(k[0] == "MEDIATE" for k in _kept(text))
