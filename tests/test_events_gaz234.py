"""Aliases of groups and people the gazetteer already knew: «تنظيم الإخوان» for the Muslim
Brotherhood, «جماعة الشباب» for Al-Shabaab; Ban Ki-moon named alone after his full name.
Invented sentences."""

from pipeline.events import extract_events
from pipeline.events.extract import _prepare, as_date


def _events(text, home="SAU", published="2015-07-31"):
    return extract_events(text, published, home=home)


def _side(e, k):
    return e[f"actor{k}_country"] or e[f"actor{k}_org"], e[f"actor{k}_role"]


def _pairs(evs):
    return {(e["event_type"], frozenset({_side(e, 1), _side(e, 2)})) for e in evs}


def _actors(text):
    sents = _prepare(text, as_date("2015-07-31"), "SAU")
    return [[(a.country or a.org, a.role) for a in s.actors] for s in sents]


def test_brotherhood_as_tanzim_meets_minister():
    evs = _events("التقى وزير الخارجية التركي أمس وفدا من تنظيم الإخوان في أنقرة.")
    assert _pairs(evs) == {
        ("MEET", frozenset({("TUR", "foreign_minister"), ("MUSLIM_BROTHERHOOD", "delegation")}))
    }


def test_shabaab_as_jamaa_is_the_somali_group():
    assert _actors("وأعلنت جماعة الشباب الصومالية مسؤوليتها عن الهجوم.") == [
        [("AL_SHABAAB", "group")]
    ]
    evs = _events("والتقى الرئيس الصومالي أمس وفدا من جماعة الشباب في مقديشو.")
    assert _pairs(evs) == {
        ("MEET", frozenset({("SOM", "head_of_state"), ("AL_SHABAAB", "delegation")}))
    }


def test_youth_alone_is_not_al_shabaab():
    evs = _events("والتقى الرئيس الصومالي أمس وفدا من الشباب في مقديشو.")
    assert not any("AL_SHABAAB" in (e["actor1_org"], e["actor2_org"]) for e in evs)
    assert _actors("والتقى الرئيس الصومالي أمس وفدا من الشباب في مقديشو.") == [
        [("SOM", "head_of_state")]
    ]


def test_moon_after_ban_ki_moons_full_name_is_not_president_moon():
    # «مون» ends Ban's given name; the Korean family name rule («مون جاي إن») must not take it
    acts = _actors(
        "وصل الأمين العام للأمم المتحدة بان كي مون إلى القاهرة أمس. "
        "والتقى مون وزير الخارجية المصري سامح شكري."
    )
    assert acts == [[("UN", "organization_head")], [("EGY", "foreign_minister")]]


def test_bare_ban_is_the_conjunction_not_the_secretary_general():
    # «بان» is «بأن» written without its hamza: it names nobody, even after his full name
    acts = _actors(
        "وصل الأمين العام للأمم المتحدة بان كي مون إلى القاهرة أمس. "
        "وأكد وزير الخارجية المصري سامح شكري بان مصر تدعم جهود السلام."
    )
    assert acts[1] == [("EGY", "foreign_minister")]


def test_ki_moon_alone_is_ban():
    evs = _events("واجتمع كي مون أمس مع وزير الخارجية المصري سامح شكري في نيويورك.")
    assert _pairs(evs) == {
        ("MEET", frozenset({("UN", "organization_head"), ("EGY", "foreign_minister")}))
    }
    assert "Ban Ki-moon" in (evs[0]["actor1_name"], evs[0]["actor2_name"])
