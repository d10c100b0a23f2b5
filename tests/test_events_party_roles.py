"""Roles of the parties to a contact found with the right type and status: which mention is the
party, and in which role.

Roles of the parties to a contact: the rules tested here each fix one kind of wrong role
(or a party that is no party) on one side of an event found with the right type and status.

Sentences written for these tests (not corpus text).

A vaguer party of a state or organisation (its officials, representatives, an unnamed
delegation) told beside a named officer of the same side in one contact is no second
counterpart.

One trigger paired with several counterparts of one office and state: one contact with each
(the labels: one event per counterpart), unless the second mention names the first again.
"""

from __future__ import annotations

from pipeline.events import extract_events
from tests.support.events import role_pairs


def _pairs(text: str, home: str | None = "SAU") -> set:
    return role_pairs(text, "2015-08-06", home)


# ------------------------------------------------------ the senders of greetings, coordinated


def test_coordinated_party_without_greetings_is_still_met():
    # near miss of the coordinated sender of greetings
    # (tests/test_events_speakers_and_greetings.py): no greetings before the coordinated title;
    # he is one more party met
    pairs = _pairs("وعقد العاهل الأردني اجتماعا مع ولي ولي العهد وزير الدفاع، وولي العهد.")
    assert ("MEET", ("JOR:head_of_state", "SAU:official")) in pairs


# ------------------------------------------- a title's holder named after a contact word


def test_name_after_a_contact_word_is_not_the_titles_holder():
    # «مسؤول أميركي ... بعد لقاء كيري»: the official who speaks is not Kerry; no event gives
    # Wang Yi an American official as counterpart
    pairs = _pairs("وقال مسؤول أميركي للصحافيين بعد لقاء كيري ووانغ إن الوزيرين بحثا التوتر.")
    assert ("MEET", ("CHN:foreign_minister", "USA:official")) not in pairs


def test_name_in_apposition_after_further_titles_still_joins():
    # near miss: further titles, no contact word, between the title and the name
    pairs = _pairs("والتقى ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الشيخ محمد بن زايد "
                   "أمس الرئيس المصري.", home=None)
    assert ("MEET", ("ARE:official", "EGY:head_of_state")) in pairs


# ----------------------------------- «بعد لقاء A وB»: the noun's genitive pair are its parties


def test_after_contact_genitive_pair_are_the_parties():
    # the official who speaks after the meeting is no party; the two ministers met
    pairs = _pairs("وصرح مسؤول أميركي للصحافيين بعد لقاء كيري ووانغ أن وزير الخارجية الأميركي "
                   "كرر التعبير عن قلقه.")
    assert ("MEET", ("CHN:foreign_minister", "USA:foreign_minister")) in pairs
    assert not any("USA:official" in p for _, p in pairs)


def test_upon_contact_genitive_with_bi_object():
    pairs = _pairs("اتفق القادة السعوديون والأمريكيون يوم الأربعاء لدى لقاء وزير الدفاع الأمريكي "
                   "آشتون كارتر بالملك سلمان بن عبدالعزيز على تطويق النفوذ الإيراني.")
    assert ("MEET", ("SAU:head_of_state", "USA:defense_minister")) in pairs
    assert not any("USA:official" in p for _, p in pairs)


def test_after_contact_with_one_genitive_keeps_the_speaker():
    # near miss: one actor after the noun may be its object («بعد لقاء الرئيس الفرنسي»: after
    # meeting the French president); the speaker before stays its subject
    pairs = _pairs("وقال وزير الخارجية المصري بعد لقاء الرئيس الفرنسي إن العلاقات متينة.")
    assert ("MEET", ("EGY:foreign_minister", "FRA:head_of_state")) in pairs


# ------------------------------------- «...، وقالت X إن»: a verb of saying opens a new clause


def test_speaker_after_comma_and_speech_verb_is_no_counterpart():
    pairs = _pairs("والتقى الوزير السعودي والوزير الروسي في الدوحة الشهر الماضي خلال اجتماع ثلاثي "
                   "مع نظيرهما الأمريكي جون كيري هيمن عليه الوضع في سوريا، وقالت الخارجية الروسية "
                   "إن الوزيرين سيواصلان المناقشة.")
    assert ("MEET", ("RUS:minister", "USA:minister")) in pairs
    assert not any("RUS:official" in p for _, p in pairs)


def test_counterpart_after_comma_and_wa_is_still_one():
    # near miss: «، ووزير ...» after the comma is one more counterpart, no new clause
    pairs = _pairs("والتقى وزير الخارجية السعودي عادل الجبير في الدوحة نظيره الأمريكي جون كيري، "
                   "ووزير الخارجية الروسي سيرغي لافروف.")
    assert ("MEET", ("RUS:foreign_minister", "SAU:foreign_minister")) in pairs


# --------------------------- «X وعدد من المسؤولين»: the unnamed group after a named actor


def test_group_after_named_actor_gives_no_event_of_its_own():
    # the president's meeting merges with the one told before; the group beside him is no
    # party of its own (round-7 decision: «X وعدد من المسؤولين»)
    text = ("قام الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع بزيارة إلى مصر أمس. وعقد الرئيس "
            "المصري اجتماعا مع الأمير محمد بن سلمان. وكان قد غادر ولي ولي العهد، مصر بعد زيارة "
            "عمل التقى خلالها بالرئيس المصري عبدالفتاح السيسي وعدد من المسؤولين في مصر.")
    pairs = _pairs(text)
    assert ("MEET", ("EGY:head_of_state", "SAU:defense_minister")) in pairs
    assert not any("EGY:official" in p for _, p in pairs)


def test_group_after_named_actor_with_wa_adad_planned():
    text = ("يتوجه الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع اليوم إلى مصر في زيارة عمل "
            "يلتقي خلالها الرئيس المصري عبدالفتاح السيسي. وسيلتقي سموه خلال الزيارة الرئيس "
            "المصري عبدالفتاح السيسي وعدداً من المسؤولين في مصر.")
    assert not any("EGY:official" in p for _, p in _pairs(text))


def test_group_alone_still_gives_an_event():
    # near miss: the unnamed group is the only counterpart (left an event by the conventions)
    pairs = _pairs("وصل وزير الدفاع الأمريكي إلى بغداد اليوم حيث يلتقي مسؤولين عراقيين لبحث "
                   "مواجهة تنظيم داعش.")
    assert ("MEET", ("IRQ:official", "USA:defense_minister")) in pairs


def test_speaker_after_comma_is_no_first_counterpart_of_a_noun():
    # the noun's party after مع, then «، وقالت X إن»: X is no counterpart of that party
    pairs = _pairs("وكان وزير الخارجية السعودي قد شارك في اجتماع ثلاثي مع نظيره الأمريكي جون كيري "
                   "هيمن عليه الوضع في سوريا، وقالت الخارجية الروسية إن الوزيرين سيواصلان "
                   "المناقشة.")
    assert not any("RUS:official" in p for _, p in pairs)


def _pairs_vague(text):
    return sorted(
        (
            e["event_type"],
            e["actor1_role"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_role"],
            e["actor2_country"] or e["actor2_org"],
        )
        for e in extract_events(text, "2017-03-02")
    )


def test_representatives_beside_their_secretary_general():
    text = (
        "اجتمع أمس في الرياض ممثلو دول مجلس التعاون والأمين العام لمجلس التعاون مع "
        "وزير الخارجية الأمريكي جون كيري لبحث الشراكة بين الجانبين."
    )
    assert _pairs_vague(text) == [("MEET", "organization_head", "GCC", "foreign_minister", "USA")]


def test_unnamed_delegation_beside_its_named_minister():
    text = (
        "استقبل الرئيس التونسي الباجي قائد السبسي أمس وزير الخارجية الإيطالي باولو "
        "جنتيلوني والوفد الحكومي الإيطالي."
    )
    evs = extract_events(text, "2017-03-02")
    assert [(e["actor2_role"], e["actor2_country"]) for e in evs] == [("foreign_minister", "ITA")]
    assert str(evs[0]["event_date"]) == "2017-03-01"


def test_officials_beside_their_named_foreign_minister():
    text = (
        "وأجرى وزير الخارجية الأمريكي محادثات مع المسؤولين المصريين ووزير الخارجية "
        "المصري سامح شكري أمس في القاهرة."
    )
    assert _pairs_vague(text) == [("MEET", "foreign_minister", "USA", "foreign_minister", "EGY")]


def test_another_states_delegation_stays_a_counterpart():
    text = (
        "استقبل الرئيس التونسي الباجي قائد السبسي أمس وزير الخارجية الإيطالي باولو "
        "جنتيلوني والوفد الفرنسي."
    )
    assert (
        [p[3:] for p in _pairs_vague(text)]
        == [("delegation", "FRA"), ("foreign_minister", "ITA")]
    )


def _meets(text: str, published: str = "2016-03-06", home: str = "TUN") -> list[dict]:
    return [e for e in extract_events(text, published, home=home) if e["event_type"] == "MEET"]


def test_reception_of_two_officials_of_one_state_gives_two_meetings():
    evs = _meets(
        "استقبل وزير الداخلية السعودي في الرياض اليوم الأحد مستشار وزير العدل التركي "
        "والمدير العام للسجون التركية والوفد المرافق لهما."
    )
    assert len(evs) == 2
    assert {e["actor2_text"] for e in evs} == {
        "مستشار وزير العدل التركي",
        "والمدير العام للسجون التركية",
    }
    for e in evs:
        assert (e["actor1_country"], e["actor1_role"]) == ("SAU", "minister")
        assert (e["actor2_country"], e["actor2_role"]) == ("TUR", "official")
        assert e["status"] == "reported"
        assert str(e["event_date"]) == "2016-03-06"


def test_planned_meetings_with_a_list_of_speakers_one_each():
    evs = _meets(
        "وصل الرئيس التونسي إلى روما اليوم الأحد في زيارة رسمية تستمر يومين، وستكون له "
        "لقاءات مع رئيس الحكومة الإيطالي ورئيس مجلس الشيوخ الإيطالي ورئيسة مجلس النواب "
        "الإيطالي."
    )
    officials = [e for e in evs if e["actor2_role"] == "official"]
    assert len(officials) == 2
    assert all(e["status"] == "planned" and e["actor2_country"] == "ITA" for e in officials)
    assert any(e["actor2_role"] == "head_of_government" for e in evs)


def test_counterpart_named_again_after_wahuwa_is_one_meeting():
    # near miss: «وهو أول وزير خارجية كوبي» names the same minister again
    evs = _meets(
        "ويعقد غدا اجتماع في واشنطن بين وزير الخارجية الأمريكي جون كيري ونظيره الكوبي "
        "برونو رودريغيز وهو أول وزير خارجية كوبي يزور واشنطن منذ عقود."
    )
    assert len(evs) == 1
    assert evs[0]["status"] == "planned"
    assert {evs[0]["actor1_country"], evs[0]["actor2_country"]} == {"USA", "CUB"}


def test_one_official_named_in_two_sentences_is_one_meeting():
    # near miss: the same ambassador told again by another sentence is no second counterpart
    evs = _meets(
        "التقى رئيس الحكومة التونسي اليوم في تونس السفير الأمريكي، وقال السفير الأمريكي "
        "إن بلاده تدعم تونس."
    )
    assert len(evs) == 1
    assert (evs[0]["actor2_country"], evs[0]["actor2_role"]) == ("USA", "official")


def test_speaker_after_comma_and_feminine_call_verb_is_no_counterpart():
    # «، ودعت الخارجية الصينية إلى ...»: the feminine of «دعا» is «دعت», not «دعات»
    pairs = _pairs("التقى وزير الخارجية الأمريكي جون كيري أمس نظيره الروسي في جنيف، ودعت "
                   "الخارجية الصينية إلى الحوار.")
    assert ("MEET", ("RUS:foreign_minister", "USA:foreign_minister")) in pairs
    assert not any("CHN:official" in p for _, p in pairs)
