"""The bodies on one side of a contact do not meet each other: a bloc's member stands with the
bloc («اليونان ودائنيها»: the creditors), so another member of that bloc named on its own
(the IMF, the ECB) is no counterpart of it; and the organisations listed under one plural
title («ممثلي صندوق النقد الدولي والبنك الدولي») are one side of the meeting they attend."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 8, 10)


def _pairs(text, home="SAU"):
    return [(e["event_type"], e["actor1_country"] or e["actor1_org"],
             e["actor2_country"] or e["actor2_org"])
            for e in extract_events(text, published=PUBLISHED, home=home)]


def _paired(pairs, x, y):
    return any({x, y} == {a, b} for _, a, b in pairs)


def test_the_creditors_do_not_meet_the_creditors():
    pairs = _pairs("استؤنفت أمس في أثينا المحادثات بين اليونان ودائنيها حول القرض الجديد. "
                   "وأكد الطرفان عقب اجتماع ضم وزير المالية اليوناني وممثلي صندوق النقد "
                   "الدولي والبنك المركزي الأوروبي أن الاتفاق بات قريبا.")
    assert not _paired(pairs, "EU", "IMF"), pairs
    assert not _paired(pairs, "EU", "ECB"), pairs


def test_bodies_listed_under_one_title_are_one_side():
    pairs = _pairs("وعقد أمس اجتماع ضم وزير المالية التونسي وممثلي صندوق النقد الدولي "
                   "والبنك الدولي.", home="TUN")
    assert not _paired(pairs, "IMF", "WORLD_BANK"), pairs
    assert ("MEET", "TUN", "IMF") in pairs or ("MEET", "IMF", "TUN") in pairs, pairs
