"""The leaders of a political body that is no group of states, named together («قادة الائتلاف
السوري», «زعماء جماعة الإخوان»), are the movement (`group`), as a movement's leadership is
(«قادة الحوثيين»); a bloc of states' leaders («قادة الاتحاد الأوروبي») stay its heads of state,
and the body's own president keeps his office."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _sides(text: str) -> set[tuple]:
    out = set()
    for e in extract_events(text, date(2015, 8, 6), home="SAU"):
        out |= {(e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                (e["actor2_country"] or e["actor2_org"], e["actor2_role"])}
    return out


def test_the_syrian_coalitions_leaders_are_the_movement():
    sides = _sides("التقى نائب وزير الخارجية الروسي قادة الائتلاف الوطني السوري في إسطنبول أمس.")
    assert ("SYRIAN_COALITION", "group") in sides
    assert ("SYRIAN_COALITION", "head_of_state") not in sides


def test_the_brotherhoods_leaders_are_the_movement():
    sides = _sides("استقبل الرئيس السوداني زعماء جماعة الإخوان المسلمين في الخرطوم أمس.")
    assert ("MUSLIM_BROTHERHOOD", "group") in sides
    assert ("MUSLIM_BROTHERHOOD", "head_of_state") not in sides


def test_a_bloc_of_states_leaders_stay_heads_of_state():
    # near miss: the union is a group of states, whose leaders are their heads
    sides = _sides("التقى وزير الخارجية الروسي قادة الاتحاد الأوروبي في بروكسل أمس.")
    assert ("EU", "head_of_state") in sides


def test_the_coalitions_president_keeps_his_office():
    # near miss: one head of the body, not its leaders together
    sides = _sides("التقى وزير الخارجية الروسي رئيس الائتلاف الوطني السوري في موسكو أمس.")
    assert ("SYRIAN_COALITION", "organization_head") in sides
