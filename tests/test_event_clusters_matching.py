"""Event clustering, matching rules: an organisation's own head sits in the councils of its
members' leaders and ministers, so one outlet's «اجتماع وزراء خارجية دول المجلس مع الوزير» and
another's «اجتماع الأمين العام للمجلس ووزراء الخارجية مع الوزير» (the extractor keeping the
secretary-general) are one side of one meeting, when neither names a person. A state's offices,
an organisation's envoy and a named head stay told apart."""

from datetime import date, timedelta

from pipeline.events.clusters import cluster_events, events_match, mismatch
from tests.support.rows import cluster_candidate

DAY = date(2024, 5, 6)
# an invented foreign minister of an invented visit to an organisation's ministerial council
VISITOR = ("FRA", "foreign_minister", "Jean Martin")
MINISTERS = ("org", "GCC", "foreign_minister", None)  # «وزراء خارجية دول المجلس»
HEAD = ("org", "GCC", "organization_head", None)  # «الأمين العام للمجلس»
LEADERS = ("org", "GCC", "head_of_state", None)  # «قادة دول المجلس»
ENVOY = ("org", "GCC", "envoy", None)


def ev(eid, a, b, day=DAY, pub=DAY, status="reported"):
    return cluster_candidate(eid, a, b, "MEET", status, day, pub)


def test_the_council_of_ministers_and_the_secretary_general_are_one_side():
    ministers = ev("m", VISITOR, MINISTERS)
    head = ev("h", HEAD, VISITOR, pub=DAY + timedelta(days=1))
    assert mismatch(ministers, head) is None
    # a summit of the members' leaders with its secretary-general, and a minister of no named
    # portfolio («وزراء دول المجلس»)
    assert events_match(ev("l", VISITOR, LEADERS), head)
    assert events_match(ev("b", VISITOR, ("org", "GCC", "minister", None)), head)
    # the plan of the meeting joins the held one too
    assert events_match(ev("p", VISITOR, HEAD, status="planned"), ministers)


def test_one_cluster_for_the_reports_of_one_council_meeting():
    cands = [ev("m1", VISITOR, MINISTERS), ev("h1", HEAD, VISITOR),
             ev("m2", MINISTERS, VISITOR, pub=DAY + timedelta(days=1))]
    assert len(set(cluster_events(cands).values())) == 1


def test_offices_that_are_no_council_stay_apart():
    head = ev("h", VISITOR, HEAD)
    # an organisation's envoy is its own office, not a member's
    assert mismatch(ev("e", VISITOR, ENVOY), head) == "parties"
    # a named secretary-general is a known person: his own office decides
    named = ev("n", VISITOR, ("org", "GCC", "organization_head", "Invented Secretary"))
    assert mismatch(named, ev("m", VISITOR, MINISTERS)) == "parties"
    # a state's head and its foreign minister are two people
    king = ev("k", VISITOR, ("SAU", "head_of_state", None))
    assert mismatch(king, ev("f", VISITOR, ("SAU", "foreign_minister", None))) == "parties"
    # the members' leaders and their ministers are two levels of meeting
    assert mismatch(ev("l", VISITOR, LEADERS), ev("m", VISITOR, MINISTERS)) == "parties"


# Two cities of one country for one day's contact between the same named people: an
# agency's dateline and the venue («واس - الرياض: استقبل الملك في قصر السلام» / «في قصر السلام
# بجدة»), or a city and the region it lies in.
KING = ("SAU", "head_of_state", "Invented King")
GUEST = ("USA", "defense_minister", "Invented Secretary")


def city(eid, a, b, place, day=DAY, pub=DAY):
    return cluster_candidate(eid, a, b, "MEET", "reported", day, pub, place)


def test_a_dateline_city_and_the_venue_of_one_day_contact_are_one_place():
    venue = city("v", KING, GUEST, ("Jeddah", "SAU"))
    dateline = city("d", GUEST, KING, ("Riyadh", "SAU"), pub=DAY + timedelta(days=1))
    assert mismatch(venue, dateline) is None
    assert len(set(cluster_events([venue, dateline]).values())) == 1


def test_two_cities_still_tell_contacts_apart_on_other_days_between_unnamed_sides_or_abroad():
    venue = city("v", KING, GUEST, ("Jeddah", "SAU"))
    # the next day: a second meeting of the trip in another city
    assert mismatch(venue, city("n", KING, GUEST, ("Riyadh", "SAU"),
                                day=DAY + timedelta(days=1))) == "location"
    # a side naming no one may be another official in the other city, and an office named
    # without its holder may be another's
    side = ("SAU", "official", None)
    assert mismatch(city("a", side, GUEST, ("Jeddah", "SAU")),
                    city("b", side, GUEST, ("Mecca", "SAU"))) == "location"
    fm = ("SAU", "foreign_minister", None)
    assert mismatch(city("f", fm, GUEST, ("Jeddah", "SAU")),
                    city("g", fm, GUEST, ("Riyadh", "SAU"))) == "location"
    # cities of two countries on the next day, or with a side named in one report only
    assert mismatch(venue, city("p", KING, GUEST, ("Paris", "FRA"),
                                day=DAY + timedelta(days=1))) == "location"
    assert mismatch(venue, city("q", ("SAU", "head_of_state", None), GUEST,
                                ("Paris", "FRA"))) == "location"
    # a report with no day of its own
    assert mismatch(venue, city("u", KING, GUEST, ("Riyadh", "SAU"), day=None)) == "location"


def test_a_city_abroad_for_one_day_contact_between_the_same_named_people_is_its_topic():
    # «استقبل الملك فلان في جدة اليوم الوزير فلان» / «اتفق الملك فلان والوزير فلان اليوم على تطويق
    # النفوذ في طهران»: the same two named people cannot meet in two countries on one day, so
    # the other city is what they talked about
    venue = city("v", KING, GUEST, ("Jeddah", "SAU"))
    topic = city("t", GUEST, KING, ("Tehran", "IRN"), pub=DAY + timedelta(days=2))
    assert mismatch(venue, topic) is None
    assert len(set(cluster_events([venue, topic]).values())) == 1


def test_a_side_named_in_one_report_and_given_by_its_office_in_the_other_is_one_person():
    # «واس - الرياض: استقبل الملك فلان في قصر السلام اليوم الوزير» / «لدى استقبال الملك المفدى
    # في قصر السلام بجدة أمس لوزير الدفاع»: the king is named in one report only
    venue = city("v", ("SAU", "head_of_state", None), GUEST, ("Jeddah", "SAU"),
                 pub=DAY + timedelta(days=1))
    dateline = city("d", KING, GUEST, ("Riyadh", "SAU"))
    assert mismatch(venue, dateline) is None
    assert len(set(cluster_events([venue, dateline]).values())) == 1


def test_an_office_alone_against_another_office_or_a_vague_side_keeps_its_city():
    dateline = city("d", KING, GUEST, ("Riyadh", "SAU"))
    # the same day, another office receives the guest in another city
    other = city("o", ("SAU", "defense_minister", None), GUEST, ("Jeddah", "SAU"))
    assert mismatch(other, dateline) == "parties"
    # a side naming no office («الجانب السعودي») may be anyone in the other city
    side = city("s", ("SAU", "official", None), GUEST, ("Jeddah", "SAU"))
    assert mismatch(side, dateline) == "location"
    # the office alone on the other side too: no one is named in either report for that side
    guest_office = ("USA", "defense_minister", None)
    both = city("b", ("SAU", "head_of_state", None), guest_office, ("Jeddah", "SAU"))
    assert mismatch(both, city("n", ("SAU", "head_of_state", None), GUEST,
                               ("Riyadh", "SAU"))) == "location"
    # another day
    assert mismatch(city("x", ("SAU", "head_of_state", None), GUEST, ("Jeddah", "SAU"),
                         day=DAY + timedelta(days=1)), dateline) == "location"


def test_two_people_of_one_state_named_in_either_order_are_one_contact_in_two_cities():
    # «التقى رئيس الحكومة فلان القائد فلان في المدينة» / «واس - العاصمة: التقى القائد فلان رئيس
    # الحكومة فلان»: both parties of one state, each report naming them in the other order
    head = ("LBY", "head_of_government", "Invented Premier")
    commander = ("LBY", "official", "Invented Commander")
    venue = city("v", head, commander, ("Tobruk", "LBY"))
    dateline = city("d", commander, head, ("Tripoli", "LBY"), pub=DAY + timedelta(days=1))
    assert mismatch(venue, dateline) is None
    assert len(set(cluster_events([venue, dateline]).values())) == 1
    # another person of that state named on one side is another contact
    other = city("o", ("LBY", "official", "Another Commander"), head, ("Tripoli", "LBY"))
    assert mismatch(venue, other) == "parties"
