"""Titles after a named person (mentions.py, the merging of units into groups).

1. After a state's named office-holder whose office a title already gives, the head of an
   organisation's mission or delegation («رئيس بعثة صندوق النقد الدولي») is the next person
   (whom he meets), not more of his titles; a name with no title of its own keeps the title
   after it.
2. An acting title («رئيس مجلس الوزراء بالإنابة وزير الخارجية») is not the office held: the
   other title names his role (bench/data/events_real/README.md, "Harmonised labels" 1); an
   acting title alone still names his office."""

from __future__ import annotations

import pytest

from tests.support.events import actor_triples, event_rows

PUB = "2015-08-03"


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية الأردني ناصر جودة رئيس بعثة صندوق النقد الدولي في عمان أمس.",
    "التقى ناصر جودة، وزير الخارجية الأردني، رئيس بعثة صندوق النقد الدولي في عمان أمس.",
])
def test_a_mission_head_after_a_titled_minister_is_the_other_party(text):
    assert ("MEET", "JOR", "foreign_minister", "IMF", "delegation") in event_rows(
        text, PUB, "JOR")


def test_a_name_without_a_title_keeps_the_mission_title_after_it():
    # near miss: no title before the name, so the one after it is his
    actors = actor_triples("وصل إلى عمان ناصر جودة رئيس بعثة صندوق النقد الدولي.", 2015, "JOR")
    assert [(c, r) for c, r, _ in actors] == [("IMF", "delegation")]


def test_an_own_state_delegation_title_stays_the_ministers():
    # near miss: the delegation is his own state's, so it is more of his titles
    actors = actor_triples("وصل وزير الخارجية الأردني ناصر جودة رئيس الوفد الأردني إلى بيروت.",
                           2015, "JOR")
    assert len(actors) == 1 and actors[0][0] == "JOR"


@pytest.mark.parametrize("acting", ["بالإنابة", "بالنيابة"])
def test_an_acting_premier_who_is_foreign_minister_is_foreign_minister(acting):
    text = (f"استقبل رئيس مجلس الوزراء {acting} وزير الخارجية الكويتي الشيخ صباح الخالد "
            "السفير الأمريكي أمس.")
    assert event_rows(text, PUB, "KWT") == [("MEET", "KWT", "foreign_minister", "USA", "official")]


def test_an_acting_title_alone_names_the_office():
    # near miss: no other title, so the acting one gives the role
    text = "استقبل رئيس مجلس الوزراء بالإنابة الشيخ صباح الخالد السفير الأمريكي أمس."
    assert event_rows(text, PUB, "KWT") == [
        ("MEET", "KWT", "head_of_government", "USA", "official")]
