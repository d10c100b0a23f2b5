"""«طاولة المفاوضات» (the negotiating table) names talks with a bloc as a standing process
(«بعد عودة إيران إلى طاولة المفاوضات مع مجموعة 5+1»), a topic, not a round held: no event
with each member; talks told as held keep theirs."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 8, 3)


def _pairs(text):
    return [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published=PUBLISHED, home="SAU")]


def test_the_return_to_the_table_is_no_talks_with_each_member():
    pairs = _pairs("وبعد عودة إيران إلى طاولة المفاوضات مع مجموعة 5+1، تراجعت أسعار النفط.")
    assert not any("IRN" in (a, b) for _, a, b in pairs), pairs


def test_talks_resumed_yesterday_keep_their_sides():
    pairs = _pairs("واستؤنفت المفاوضات أمس في فيينا بين إيران ومجموعة 5+1.")
    assert ("NEGOTIATE", "IRN", "USA") in pairs, pairs
