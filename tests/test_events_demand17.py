"""A contact only asked for or proposed («طالب بقمة», «دعا إلى عقد اجتماع», «اقترح عقد قمة»)
is no event; a meeting among one state's own sides («اجتماع ليبي ليبي») takes no state from
another contact of the sentence."""
from pipeline.events import extract_events

PUB = "2020-03-06"


def test_a_demanded_or_proposed_summit_is_no_event():
    for text in ("طالب الرئيس الفرنسي بقمة مع رئيس الوزراء البريطاني لبحث أزمة المهاجرين.",
                 "طالب الرئيس الفرنسي رئيس الوزراء البريطاني بعقد قمة ثنائية لبحث الأزمة.",
                 "طالب الرئيس الفرنسي رئيس الوزراء البريطاني بلقاء ثنائي لبحث الأزمة.",
                 "دعا الرئيس التونسي إلى عقد اجتماع مع الرئيس الجزائري لبحث الوضع.",
                 "دعا الرئيس التونسي نظيره الجزائري إلى عقد قمة ثنائية لبحث الوضع.",
                 "اقترح الرئيس الفرنسي على المستشارة الألمانية عقد قمة ثنائية الشهر المقبل."):
        assert not extract_events(text, PUB), text


def test_an_invitation_and_a_held_summit_are_kept():
    """Near misses: دعا X لزيارة is an invitation (a planned visit); a summit held after
    the demand's clause is a contact."""
    invited = extract_events("دعا الرئيس التونسي نظيره المصري لزيارة تونس.", PUB)
    assert any(e["event_type"] == "VISIT" for e in invited)
    held = extract_events("وطالب الرئيس الفرنسي بوقف القتال، بعد أن عقد قمة مع رئيس الوزراء "
                          "البريطاني أمس في لندن.", PUB)
    assert any(e["event_type"] == "MEET" for e in held)


def test_a_past_meeting_keeps_its_day_beside_an_intra_state_one_to_come():
    text = ("أفضى اجتماع تونسي ليبي اليوم الجمعة إلى اتفاق على فتح المعبر، في انتظار اجتماع "
            "ليبي ليبي يوم غد السبت.")
    [met] = extract_events(text, PUB)
    assert (met["status"], str(met["event_date"])) == ("reported", "2020-03-06")
    assert {met["actor1_country"], met["actor2_country"]} == {"TUN", "LBY"}


def test_a_meeting_of_two_states_is_kept():
    """Near miss: two different nationality adjectives are two sides."""
    [met] = extract_events("انعقد اليوم الجمعة اجتماع تونسي جزائري في تونس.", PUB)
    assert {met["actor1_country"], met["actor2_country"]} == {"TUN", "DZA"}


def test_each_meeting_keeps_its_own_day_when_the_noun_comes_twice():
    """«انعقد اليوم اجتماع X Y، على أن ينعقد اجتماع X Z غدا»: the same noun twice; each
    meeting keeps its own clause's day and status (the later one is another event)."""
    text = ("انعقد اليوم الجمعة اجتماع تونسي ليبي في تونس، على أن ينعقد اجتماع تونسي جزائري "
            "يوم غد السبت.")
    got = {(frozenset((e["actor1_country"], e["actor2_country"])), e["status"],
            str(e["event_date"])) for e in extract_events(text, PUB)}
    assert (frozenset(("TUN", "LBY")), "reported", "2020-03-06") in got
    assert (frozenset(("TUN", "DZA")), "planned", "2020-03-07") in got
    text = ("انعقد اليوم الجمعة اجتماع تونسي ليبي في تونس، في انتظار اجتماع تونسي جزائري يوم "
            "غد السبت.")
    got = {(frozenset((e["actor1_country"], e["actor2_country"])), e["status"],
            str(e["event_date"])) for e in extract_events(text, PUB)}
    assert (frozenset(("TUN", "LBY")), "reported", "2020-03-06") in got
