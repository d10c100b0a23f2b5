"""False events outside politics: a state's crown prince or a regional governor opposite a
cabinet member of the same state is domestic business (pipeline/events/extract.py
_realm_office, _domestic).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events
from pipeline.events.extract import _domestic, _realm_office
from pipeline.events.mentions import Actor
from tests.support.events import role_pairs


def _pairs(text: str, published="2015-07-21", home: str | None = "SAU") -> set:
    return role_pairs(text, published, home)


def test_the_crown_prince_attending_his_own_emirs_audience_is_no_counterpart():
    text = ("استقبل الشيخ جابر المبارك أمير دولة الكويت وبحضور الشيخ سالم العلي وليّ عهد دولة "
            "الكويت اليوم بقصر بيان الأمير خالد بن سعود رئيس اللجنة الأولمبية السعودية ووزراء "
            "الشباب بدول مجلس التعاون.")
    pairs = _pairs(text)
    assert not any(p[0].startswith("KWT") and p[-1].startswith("KWT") for _, p in pairs)
    # near miss: the foreign guest of the same audience stays
    assert any("SAU:official" in p for _, p in pairs)


def test_a_foreign_crown_prince_is_still_a_counterpart():
    text = ("وكان الأمير محمد بن نايف وزير الداخلية قد وصل إلى الكويت أمس وكان في استقباله "
            "الشيخ نواف الأحمد ولي عهد دولة الكويت.")
    assert ("MEET", ("KWT:official", "SAU:minister")) in _pairs(text, "2015-08-11")


def test_a_regional_governor_receiving_a_foreign_ambassador_is_a_contact():
    text = "استقبل أمير منطقة الرياض أمس سفير جمهورية البيرو لدى المملكة."
    assert ("MEET", ("PER:official", "SAU:official")) in _pairs(text, "2015-07-27")


def test_realm_offices():
    assert _realm_office(Actor(0, 2, country="KWT", role="official",
                               text="نواف الأحمد وليّ عهد دولة الكويت"))
    assert _realm_office(Actor(0, 2, country="SAU", role="official", text="أمير منطقة عسير"))
    assert _realm_office(Actor(0, 2, country="SAU", role="official", text="ولي العهد"))
    assert not _realm_office(Actor(0, 2, country="SAU", role="official",
                                   text="أمير الكويت"))
    assert not _realm_office(Actor(0, 2, country="SAU", role="official",
                                   text="مدير الأمن العام"))


def test_a_governor_and_his_own_interior_minister_are_domestic():
    minister = Actor(0, 2, country="SAU", role="minister", text="وزير الداخلية")
    governor = Actor(3, 6, country="SAU", role="official", text="أمير منطقة عسير")
    assert _domestic(minister, governor) and _domestic(governor, minister)
    # near misses: another state's governor, or an official who holds no such office
    assert not _domestic(minister, Actor(3, 6, country="KWT", role="official",
                                         text="ولي عهد دولة الكويت"))
    assert not _domestic(minister, Actor(3, 6, country="SAU", role="official",
                                         text="مدير الأمن العام"))


# ----------------------------------------------------------------------------- «المبرمج»

def _statuses(text: str, published="2017-04-02", home="TUN") -> list[tuple]:
    return [(ev["event_type"], ev["status"], ev["trigger"])
            for ev in extract_events(text, published, home=home)]


def test_scheduled_in_tunisian_usage_plans_the_arrival():
    # «من المبرمج أن» is «من المقرر أن»: the arrival in the tour's next capital is to come
    text = ("يتوجه رئيس الحكومة غدا الاثنين إلى نيامي في جولة إفريقية. ومن المبرمج أن يفتتح "
            "رئيس الحكومة فور وصوله إلى واغادوغو المنتدى الاقتصادي.")
    assert ("VISIT", "planned", "وصوله") in _statuses(text)
    # near miss: the same arrival told as done stays reported
    told = ("يتوجه رئيس الحكومة غدا الاثنين إلى نيامي في جولة إفريقية. وافتتح رئيس الحكومة "
            "فور وصوله إلى واغادوغو المنتدى الاقتصادي.")
    assert ("VISIT", "reported", "وصوله") in _statuses(told)


def test_was_scheduled_then_called_off_is_cancelled():
    text = ("وكان من المبرمج أن يؤدي وزير الخارجية الفرنسي زيارة إلى تونس لكن الزيارة "
            "ألغيت.")
    assert [s for t, s, _ in _statuses(text) if t == "VISIT"] == ["cancelled"]
