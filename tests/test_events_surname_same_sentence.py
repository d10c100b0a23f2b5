"""A surname alone names the person the gazetteer knows who was named in full earlier in the
same sentence, as it does in the sentences after; not before the full naming, and not when
two people of the sentence share it."""

from pipeline.events import extract_events

PUBLISHED = "2015-07-25"


def _bare(text: str) -> list[tuple]:
    """(type, trigger, person, place) of the events whose actor is told by the bare surname."""
    out = []
    for e in extract_events(text, published=PUBLISHED):
        for k in ("actor1", "actor2"):
            if e[f"{k}_text"] == "كارتر":
                out.append((e["event_type"], e["trigger"], e[f"{k}_name"], e["location_name"]))
    return out


def test_surname_after_full_name_in_same_sentence():
    text = ("وصل وزير الدفاع الأمريكي آشتون كارتر إلى أربيل أمس، "
            "وكان كارتر قد زار بغداد يوم الخميس.")
    assert ("VISIT", "زار", "Ashton Carter", "Baghdad") in _bare(text)


def test_same_as_in_next_sentence():
    text = ("وصل وزير الدفاع الأمريكي آشتون كارتر إلى أربيل أمس. "
            "وكان كارتر قد زار بغداد يوم الخميس.")
    assert ("VISIT", "زار", "Ashton Carter", "Baghdad") in _bare(text)


def test_surname_before_full_name_names_no_one():
    text = ("وكان كارتر قد زار بغداد يوم الخميس، "
            "ووصل وزير الدفاع الأمريكي آشتون كارتر إلى أربيل أمس.")
    assert _bare(text) == []


def test_surname_two_people_of_the_sentence_share_names_neither():
    text = ("التقى الرئيس الأمريكي الأسبق جيمي كارتر وزير الدفاع الأمريكي آشتون كارتر "
            "في واشنطن، وكان كارتر قد زار بغداد يوم الخميس.")
    assert _bare(text) == []
