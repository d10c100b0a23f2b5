"""People a sentence names who are no party to its contact: members listed after a group,
senders of messages, attendees, reporters of a statement, objects of another clause.

Members listed after a group, the one a side supports, an actor after «في حين» and an
attendee after «وحضور» are no parties (extract._not_contact).

Sentences written for these tests (not corpus text).

Parties that are no counterpart of a contact: the sender of a message handed over at a
meeting, named after the message's kind and addressee, and a joint body of both states whose
session one side chairs (pipeline/events/frames.py, pipeline/events/extract.py).

Parties of another clause: people a sentence names in a role of their own are no party to its
contact (invented sentences).

The weekly cabinet statement: a minister reports what the king told the council
(pipeline/events/frames.py `_told_head`, `_received_list`).

Two objects of one contact word whose subject is left out (a chronicle's «واستقبل A وB»,
«أجرى اتصالا هاتفيا بالرئيس A، وبالرئيس B», «تلقى اتصالا من A، وآخر من B») are not a pair;
near misses keep the pairs the same words make when a subject is named or a guest follows.

A second sender of greetings after a lineage and a comma is no party either.

A chronicle's letter, congratulations and condolence cable are no meeting or call; two guests
received are still two meetings.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract, extract_events
from tests.support.events import role_pairs

PUB = "2015-08-11"


def _pairs(text: str) -> set:
    return role_pairs(text, PUB, "SAU")


def _bodies(pairs: set) -> set:
    return {(t, tuple(sorted(x.split(":")[0] for x in p))) for t, p in pairs}


# ------------------------------------------------------- a group and its members are one side

def test_members_listed_with_wahum_after_a_group_are_not_a_pair():
    pairs = _bodies(_pairs("وتستأنف غدا جولة جديدة من المحادثات بين اليونان وممثلي الدائنين "
                           "الدوليين وهم صندوق النقد الدولي والبنك المركزي الأوروبي."))
    assert ("NEGOTIATE", ("ECB", "IMF")) not in pairs


def test_members_listed_with_min_baynaha_after_a_group_are_not_a_pair():
    pairs = _bodies(_pairs("وأعلنت موسكو أنها ستجري محادثات مع ممثلي المعارضة السورية ومن "
                           "بينها الائتلاف الوطني السوري والاتحاد الديمقراطي الكردي."))
    assert ("MEET", ("PYD", "SYRIAN_COALITION")) not in pairs


def test_a_member_word_later_in_the_sentence_keeps_the_pair():
    # near miss: «منهم» after the delegation, not right after the president, keeps his meeting
    pairs = _bodies(_pairs("التقى الرئيس الأمريكي باراك أوباما أمس في واشنطن وزير الخارجية "
                           "السعودي عادل الجبير ووفدا مرافقا منهم عدد من المسؤولين."))
    assert ("MEET", ("SAU", "USA")) in pairs


# ------------------------------------------------------- a person supported is no party

_SUPPORTED = ("وبحث وزير الخارجية الروسي سيرجي لافروف أمس في موسكو مع وفد من المعارضة السورية "
              "التي طالما انتقدت روسيا بسبب مساندتها الرئيس السوري بشار الأسد سبل إنهاء الأزمة، "
              "فيما يزور الرئيس السوري بشار الأسد طهران الأسبوع المقبل.")


def _sides(c) -> set:
    return {a.country or a.org for a in (c.actor1, c.actor2) if a is not None}


def _after_support(c) -> bool:
    return any(a is not None and a.i > 0 and c.sentence.norms[a.i - 1] == "مساندتها"
               for a in (c.actor1, c.actor2))


def test_the_one_a_side_supports_is_spoken_of_not_a_party():
    cands = [c for c, _ in extract.candidates(_SUPPORTED, "2015-08-08", "SAU")]
    supported = [c for c in cands if _after_support(c)]
    assert supported and all(extract._spoken_of(c) for c in supported)
    # near misses: the talks' own sides, and the same president named as a traveller later
    others = [c for c in cands if not _after_support(c)]
    assert any(_sides(c) == {"RUS", "SYRIAN_COALITION"} for c in others)
    assert not any(extract._spoken_of(c) for c in others)


# ------------------------------------------------------- «في حين» opens a clause of its own

def test_an_actor_after_fi_hin_is_no_counterpart_of_the_talks_before():
    pairs = _bodies(_pairs("دخلت حركة طالبان في محادثات سلام مع الحكومة الأفغانية، في حين "
                           "تواجه هجمات يشنها تنظيم داعش على مواقعها في الشرق."))
    assert ("NEGOTIATE", ("AFG", "TALIBAN")) in pairs
    assert ("NEGOTIATE", ("ISIS", "TALIBAN")) not in pairs


# ------------------------------------------------------- «وحضور X»: an attendee

def test_an_attendee_after_wa_hudur_is_no_counterpart_of_the_chair():
    pairs = _bodies(_pairs("وعقد وزراء الخارجية الخليجيون، أمس، لقاء تشاوريا في الكويت، برئاسة "
                           "وزير الخارجية الكويتي الشيخ صباح الخالد، وحضور الأمين العام لمجلس "
                           "التعاون لدول الخليج العربية الدكتور عبداللطيف الزياني."))
    assert not any("GCC" in bodies for _, bodies in pairs)


def test_the_guest_received_before_an_attendee_is_still_met():
    # near miss: the counterpart comes before «وحضور», which only ends the list after it
    pairs = _bodies(_pairs("استقبل وزير الخارجية الكويتي الشيخ صباح الخالد أمس نظيره العماني "
                           "يوسف بن علوي، وحضور عدد من كبار المسؤولين."))
    assert ("MEET", ("KWT", "OMN")) in pairs


def _events(text: str, published: str, home: str | None = "TUN") -> list[tuple]:
    """(type, status, {side, side}, date) of each event, a side being (country or org, role)."""

    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return [
        (
            e["event_type"],
            e["status"],
            frozenset({side(e, "actor1"), side(e, "actor2")}),
            e["event_date"],
        )
        for e in extract_events(text, published=published, home=home)
    ]


# ------------------------------------------------------------- a message's sender, far from it


def test_sender_after_message_kind_and_addressee_is_no_party():
    # «رسالة دعوة خطية موجهة إليه من الملك»: the king sent the letter, the envoy met the president
    text = (
        "سلم وزير الدولة الأردني للشؤون القانونية رئيس الجمهورية الباجي قائد السبسي خلال "
        "لقاء جمعهما اليوم بقصر قرطاج رسالة دعوة خطية موجهة إليه من العاهل الأردني الملك "
        "عبد الله الثاني لحضور القمة العربية."
    )
    events = _events(text, "2017-01-25")
    assert ("JOR", "head_of_state") not in {s for e in events for s in e[2]}
    assert (
        "MEET",
        "reported",
        frozenset({("JOR", "minister"), ("TUN", "head_of_state")}),
        date(2017, 1, 25),
    ) in events


def test_message_of_congratulation_sender_is_no_party():
    text = (
        "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج وزير الخارجية القطري "
        "الذي سلمه رسالة تهنئة موجهة له من أمير دولة قطر."
    )
    events = _events(text, "2017-01-25")
    assert ("QAT", "head_of_state") not in {s for e in events for s in e[2]}
    assert any(
        e[0] == "MEET"
        and e[2] == frozenset({("QAT", "foreign_minister"), ("TUN", "head_of_state")})
        for e in events
    )


# ------------------------------------------------------------- a joint body's session


def test_joint_body_whose_session_a_side_chairs_is_no_counterpart():
    text = (
        "ويأتي اجتماع الوزير الأول الجزائري برئيس المجلس، على هامش زيارة عمل أداها اليوم "
        "الخميس إلى تونس، ترأس خلالها أشغال الدورة ال21 للجنة المختلطة العليا "
        "التونسية-الجزائرية رفقة رئيس الحكومة يوسف الشاهد."
    )
    events = _events(text, "2017-03-09")
    assert ("TUN", "delegation") not in {s for e in events for s in e[2]}
    assert (
        "VISIT",
        "reported",
        frozenset({("DZA", "head_of_government"), (None, None)}),
        date(2017, 3, 9),
    ) in events


def test_joint_body_as_subject_keeps_its_counterpart():
    # a joint body that itself holds a meeting with the other state's officials is one side
    text = (
        "وعقدت اللجنة الليبية الإيطالية المشتركة لمكافحة الهجرة غير الشرعية اجتماعها "
        "الثامن مع المسؤولين بوزارتي الداخلية والدفاع الايطالية."
    )
    events = _events(text, "2017-06-02")
    assert any(
        e[0] == "MEET" and e[2] == frozenset({("LBY", "delegation"), ("ITA", "official")})
        for e in events
    )


# ------------------------------------------------------------- honorary ambassadors


def test_honorary_ambassador_is_no_envoy():
    for text in (
        "استقبل رئيس الجمهورية اليوم بقصر قرطاج المطربة اللبنانية، بصفتها سفيرة للسلام "
        "بمنظمة الأمم المتحدة.",
        "التقى رئيس الجمهورية اليوم بقصر قرطاج سفير النوايا الحسنة لمنظمة اليونيسف الممثل المصري.",
    ):
        assert _events(text, "2015-03-26") == []


def test_ambassador_of_a_body_still_meets():
    text = "التقى رئيس الجمهورية اليوم بقصر قرطاج سفير منظمة اليونيسف في تونس."
    assert _events(text, "2015-03-26") == [
        (
            "MEET",
            "reported",
            frozenset({("TUN", "head_of_state"), ("UNICEF", "official")}),
            date(2015, 3, 26),
        )
    ]


def _pairs_clause(text: str, home: str = "SAU") -> set[frozenset]:
    return {
        frozenset((e["actor1_country"] or e["actor1_org"], e["actor2_country"] or e["actor2_org"]))
        for e in extract_events(text, "2015-08-07", home=home)
        if e["actor2_country"] or e["actor2_org"]
    }


def _texts(text: str, home: str = "SAU") -> list[str]:
    return [
        t
        for e in extract_events(text, "2015-08-07", home=home)
        for t in (e["actor1_text"] or "", e["actor2_text"] or "")
    ]


GREETINGS = (
    "واجتمع الملك عبدالله الثاني وولي ولي العهد السعودي أمس، حمل فيه ولي ولي العهد تحيات "
    "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز والأمير محمد بن نايف ولي العهد وزير "
    "الداخلية إلى العاهل الأردني، كما جرت مباحثات ثنائية موسعة."
)


def test_second_sender_of_greetings_after_a_lineage_is_no_party():
    events = extract_events(GREETINGS, "2015-08-06", home="SAU")
    assert not any("نايف" in (e["actor1_text"] or "") + (e["actor2_text"] or "") for e in events)
    meets = [e for e in events if e["event_type"] == "MEET"]
    assert meets
    assert all({e["actor1_country"], e["actor2_country"]} == {"JOR", "SAU"} for e in meets)


def test_a_person_after_the_greetings_clause_still_meets():
    text = (
        "واستقبل العاهل الأردني الملك عبدالله الثاني أمس ولي ولي العهد السعودي، الذي حمل إليه "
        "تحيات الملك سلمان، ثم التقى الأمير محمد بن نايف وزير الداخلية الأردني."
    )
    assert any("نايف" in t for t in _texts(text))


def test_two_objects_of_a_preposition_after_a_meeting_verb_are_no_pair():
    text = (
        "وقال رئيس الشركة إنه سيلتقي بوزير الخارجية الهندي ووزير الخارجية الإيراني في نيودلهي "
        "الأسبوع المقبل."
    )
    assert frozenset(("IND", "IRN")) not in _pairs_clause(text)


def test_subject_before_two_prepositional_objects_meets_each():
    text = "والتقى وزير الخارجية السعودي بالرئيس المصري ووزير الخارجية الإماراتي في القاهرة."
    pairs = _pairs_clause(text)
    assert frozenset(("SAU", "EGY")) in pairs
    assert frozenset(("SAU", "ARE")) in pairs
    assert frozenset(("EGY", "ARE")) not in pairs


def test_object_before_the_subject_still_pairs_them():
    text = "والتقى بالرئيس المصري أمس وزير الخارجية الأمريكي جون كيري في القاهرة."
    assert frozenset(("EGY", "USA")) in _pairs_clause(text)


def test_meeting_noun_with_lam_still_pairs_its_two_sides():
    text = "وأعلن البيت الأبيض عن اجتماع للرئيس الأمريكي والرئيس المكسيكي الأسبوع المقبل في واشنطن."
    assert frozenset(("USA", "MEX")) in _pairs_clause(text)


def _pairs_cabinet(text: str, published="2016-03-15") -> set:
    out = set()
    for ev in extract_events(text, published):
        out.add((ev["event_type"], tuple(sorted((ev["actor1_country"], ev["actor2_country"])))))
    return out


STATEMENT = ("وأوضح وزير الإعلام الأردني محمد المومني في بيانه لوكالة الأنباء عقب الجلسة أن "
             "خادم الحرمين الشريفين أطلع المجلس على الاتصال الهاتفي الذي تلقاه من الرئيس "
             "التركي رجب طيب أردوغان، وفحوى الرسالتين اللتين تلقاهما من الملك محمد السادس "
             "ملك المملكة المغربية والرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية، ثم "
             "استمع المجلس إلى عدد من التقارير.")


def test_reporter_of_a_statement_is_no_party_to_the_call():
    pairs = _pairs_cabinet(STATEMENT)
    assert ("CALL", ("SAU", "TUR")) in pairs
    assert not any("JOR" in p for _t, p in pairs)


def test_a_letter_received_in_another_clause_is_no_call_and_no_joint_pair():
    pairs = _pairs_cabinet(STATEMENT)
    assert not any(t == "CALL" and ("MAR" in p or "EGY" in p) for t, p in pairs)


def test_near_miss_no_that_clause_keeps_the_first_actor_as_receiver():
    # no «أن»: the receiver of «تلقاه» is the sentence's own subject
    text = ("وأطلع خادم الحرمين الشريفين المجلس على الاتصال الهاتفي الذي تلقاه من الرئيس "
            "التركي رجب طيب أردوغان.")
    assert ("CALL", ("SAU", "TUR")) in _pairs_cabinet(text)


def test_near_miss_gathering_verb_still_joins_its_list():
    # «جمع A وB»: the meeting's own participants still meet each other
    text = ("وأكد المتحدث أن اللقاء الذي جمع وزير الخارجية التركي مولود تشاووش أوغلو "
            "ونظيره الفرنسي جان مارك إيرولت تناول الأزمة.")
    assert ("MEET", ("FRA", "TUR")) in _pairs_cabinet(text)


def test_near_miss_a_meeting_held_with_two_counterparts_joins_them():
    # «لقاء عقده مع A وB»: one meeting of the three, unlike calls received from each
    text = ("وتأتي زيارة الوزير الأردني بعد لقاء عقده مع نظيريه التركي مولود تشاووش أوغلو "
            "والفرنسي جان مارك إيرولت في العاصمة القطرية الدوحة يوم الإثنين الماضي.")
    assert ("MEET", ("FRA", "TUR")) in _pairs_cabinet(text)


PUBLISHED = date(2015, 4, 20)
LEAD = "ترأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز جلسة مجلس الوزراء في الرياض. "


def _pairs_objects(text: str) -> set[tuple]:
    out = set()
    for e in extract_events(text, PUBLISHED, home="SAU"):
        sides = tuple(
            sorted(
                (e[f"actor{k}_country"] or e[f"actor{k}_org"] or "", e[f"actor{k}_role"] or "")
                for k in (1, 2)
            )
        )
        out.add((e["event_type"], e["status"], sides))
    return out


def _countries(text: str) -> set[tuple]:
    return {(t, tuple(c for c, _ in sides)) for t, _, sides in _pairs_objects(text)}


def test_two_guests_of_a_left_out_host_are_no_pair():
    text = LEAD + "وفي يوم الأحد استقبل وزير الخارجية الفرنسي ووزير الداخلية الكويتي."
    assert ("MEET", ("FRA", "KWT")) not in _countries(text)


def test_a_list_of_guests_ending_at_another_clause_is_no_pair():
    text = LEAD + (
        "وفي يوم السبت استقبل ولي عهد البحرين وولي عهد أبوظبي ووزير الداخلية الكويتي، "
        "وبعث رسالة خطية للرئيس السوداني."
    )
    found = _countries(text)
    assert ("MEET", ("ARE", "BHR")) not in found
    assert ("MEET", ("BHR", "KWT")) not in found


def test_two_callees_after_a_repeated_preposition_are_no_pair():
    text = LEAD + "وفي يوم الجمعة أجرى اتصالا هاتفيا بالرئيس الروسي، وبالرئيس الفرنسي."
    assert ("CALL", ("FRA", "RUS")) not in _countries(text)


def test_a_second_call_from_another_caller_is_no_pair():
    text = "وتلقى اتصالا من ملك الأردن، وآخر من رئيس الوزراء البريطاني."
    assert ("CALL", ("GBR", "JOR")) not in _countries(text)


def test_near_miss_second_call_goes_to_the_subject_told_before():
    text = LEAD + "وتلقى اتصالا هاتفيا من ملك الأردن، وآخر من أمير قطر."
    found = _countries(text)
    assert ("CALL", ("JOR", "SAU")) in found
    assert ("CALL", ("QAT", "SAU")) in found


def test_near_miss_named_caller_keeps_both_calls():
    text = "أجرى الرئيس الأمريكي اتصالا هاتفيا بالرئيس الصيني وبالرئيس الروسي اليوم."
    found = _pairs_objects(text)
    assert ("CALL", "reported", (("CHN", "head_of_state"), ("USA", "head_of_state"))) in found
    assert ("CALL", "reported", (("RUS", "head_of_state"), ("USA", "head_of_state"))) in found


def test_near_miss_named_host_keeps_both_guests():
    text = (
        "استقبل الرئيس التونسي الباجي قائد السبسي اليوم وزير الخارجية الفرنسي "
        "ووزير الخارجية الألماني."
    )
    found = _countries(text)
    assert ("MEET", ("FRA", "TUN")) in found
    assert ("MEET", ("DEU", "TUN")) in found


def test_near_miss_mutual_verb_keeps_its_pair():
    # «التقى A وB» may tell A and B meeting each other: no verb of receiving
    text = "والتقى الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير في القاهرة اليوم."
    assert ("MEET", ("EGY", "SDN")) in _countries(text)


def test_near_miss_talks_between_two_keep_their_pair():
    text = "جرى اتصال هاتفي بين الرئيس الأمريكي والرئيس التركي اليوم."
    assert ("CALL", ("TUR", "USA")) in _countries(text)


def test_a_second_call_with_another_preposition_is_no_pair():
    text = "وأجرى اتصالا هاتفيا بالرئيس الروسي، وآخر مع الرئيس الفرنسي."
    assert ("CALL", ("FRA", "RUS")) not in _countries(text)


def test_second_sender_after_a_lineage_and_a_comma_is_no_party():
    # «الملك سلمان بن عبدالعزيز، والأمير ...»: the comma after the father's name does not
    # end the list of senders of the greetings
    text = (
        "واجتمع الملك عبدالله الثاني وولي ولي العهد السعودي أمس، حمل فيه ولي ولي العهد تحيات "
        "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، والأمير محمد بن نايف ولي العهد وزير "
        "الداخلية إلى العاهل الأردني، كما جرت مباحثات ثنائية موسعة."
    )
    pairs = {
        (e["actor1_name"], e["actor2_name"] or e["actor2_country"])
        for e in extract_events(text, "2015-08-07", home="SAU")
    }
    assert pairs == {("King Abdullah II", "SAU")}


PUB_LETTER = date(2015, 7, 24)


def _events_sport(text, published=PUB_LETTER, home="SAU"):
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_country"] or e["actor2_org"],
        )
        for e in extract_events(text, published, home=home)
    ]


def test_chronicles_letter_and_congratulations_are_no_meeting():
    # «استقبل X، وهنأ Y ...، وبعث رسالة لـZ»: only X is received; Y and Z get no meeting
    text = (
        "وفي يوم الثلاثاء استقبل الملك سلمان رئيس الوزراء الباكستاني، وهنأ رئيس سريلانكا "
        "بذكرى اليوم الوطني لبلاده، وبعث رسالة لأمير دولة الكويت."
    )
    events = _events_sport(text)
    assert ("MEET", "reported", "SAU", "PAK") in events
    assert not any({"LKA", "KWT"} & {e[2], e[3]} for e in events)


def test_condolence_cable_after_a_call_is_no_call():
    text = (
        "وتلقى الملك سلمان اتصالا هاتفيا من ملك البحرين، وبعث برقية عزاء لملك الأردن، "
        "وتلقى اتصالا هاتفيا من أمير دولة قطر."
    )
    events = _events_sport(text)
    assert ("CALL", "reported", "SAU", "BHR") in events or (
        "CALL",
        "reported",
        "BHR",
        "SAU",
    ) in events
    assert not any("JOR" in (e[2], e[3]) for e in events)


def test_two_guests_received_are_still_two_meetings():
    # near miss: a plain list of guests joined by و goes on
    text = "استقبل الرئيس التونسي أمس وزير الخارجية الفرنسي ووزير الخارجية الإيطالي."
    events = _events_sport(text, home="TUN")
    assert ("MEET", "reported", "TUN", "FRA") in events
    assert ("MEET", "reported", "TUN", "ITA") in events
