"""Actors the extractor did not recognise at all: plural representatives of a state or a body
named after «عن»/«من» (invented sentences in the style of the news)."""
from pipeline.events import extract_events


def _pairs(text: str, published: str = "2015-08-04") -> set:
    return {(e["event_type"], e["status"],
             frozenset({(e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                        (e["actor2_country"] or e["actor2_org"], e["actor2_role"])}))
            for e in extract_events(text, published, home="SAU")}


def test_representatives_of_two_states_after_an():
    # «ممثلون عن A وB»: each state's officials; they meet each other
    text = "ويستعد ممثلون عن أرمينيا وأذربيجان للاجتماع في جنيف الأسبوع المقبل."
    assert ("MEET", "planned", frozenset({("ARM", "official"), ("AZE", "official")})) \
        in _pairs(text)


def test_representatives_from_a_state_received():
    text = "واستقبل الرئيس الفرنسي أمس ممثلين من تونس في قصر الإليزيه."
    assert ("MEET", "reported", frozenset({("FRA", "head_of_state"), ("TUN", "official")})) \
        in _pairs(text)


def test_representatives_of_an_organisation():
    text = "والتقى وزير المالية اليوناني أمس ممثلين عن صندوق النقد الدولي في أثينا."
    assert ("MEET", "reported", frozenset({("GRC", "minister"), ("IMF", "official")})) \
        in _pairs(text)


def test_stage_actors_with_a_nationality_are_nobody():
    # «ممثلين مصريين»: actors of a film as well; with an adjective the plural is no title
    text = "والتقى وزير الثقافة التونسي أمس ممثلين مصريين في مهرجان قرطاج."
    assert not any(("EGY", "official") in p for _, _, p in _pairs(text))


def test_representatives_of_a_sector_are_nobody():
    text = "والتقى وزير الخارجية المصري أمس ممثلين عن القطاع الخاص."
    assert _pairs(text) == set()


def test_holding_between_names_the_later_meeting_parties():
    # «من المقرر عقدها بين A وB»: the verbal noun's «بين» list is its own meeting's parties,
    # not counterparts of the contact noun named before it
    text = ("وأجرى وزير الخارجية السوري محادثات في طهران أمس. وتأتي لقاءات الوزير السوري في "
            "طهران قبل لقاءات من المقرر عقدها بين ممثلين عن الائتلاف الوطني السوري ومسؤولين "
            "روس في موسكو الأسبوع المقبل.")
    got = _pairs(text)
    assert ("MEET", "planned", frozenset({("SYRIAN_COALITION", "official"), ("RUS", "official")})) \
        in got
    assert not any(("SYR", "foreign_minister") in p and ("RUS", "official") in p
                   for _, _, p in got)


def test_quoted_acronym_that_is_also_a_word():
    # «إيقاد» (kindling) is the IGAD's acronym between quotation marks
    text = 'واستقبل وزير الخارجية الإثيوبي أمس في أديس أبابا وفدا من "إيقاد".'
    assert ("MEET", "reported", frozenset({("ETH", "foreign_minister"), ("IGAD", "delegation")})) \
        in _pairs(text)
    text = "واستقبل وزير الخارجية الإثيوبي أمس وفدا من «إيقاد»."
    assert any(("IGAD", "delegation") in p for _, _, p in _pairs(text))


def test_unquoted_kindling_is_no_organisation():
    text = "وشارك وزير الرياضة في إيقاد الشعلة أمس بحضور سفير فرنسا."
    assert not any(("IGAD", r) in p for _, _, p in _pairs(text) for r in ("official", "delegation"))


def test_ministers_named_bare_take_their_office():
    # a minister named without his title is known by his office in the article's year
    text = "واستقبل وزير الخارجية السعودي في الرياض أمس وائل أبو فاعور."
    assert ("MEET", "reported", frozenset({("SAU", "foreign_minister"), ("LBN", "minister")})) \
        in _pairs(text, "2015-07-21")
    text = "والتقى رئيس الوزراء الياباني أمس في طوكيو كزافييه بيتل."
    assert ("MEET", "reported", frozenset({("JPN", "head_of_government"),
                                           ("LUX", "head_of_government")})) \
        in _pairs(text, "2016-05-10")


def test_a_clitic_written_on_a_quotation_mark_joins_the_quoted_name():
    # «و«حماس»»: the و on the quotation mark is the name's; «بين A و«B»» lists both parties
    text = "وعقدت في الدوحة أمس محادثات بين روسيا و«حماس» حول التهدئة."
    assert ("NEGOTIATE", "reported", frozenset({("RUS", "official"), ("HAMAS", "group")})) \
        in _pairs(text)
    text = 'وعقدت في القاهرة أمس محادثات بين مصر و"حماس" حول التهدئة.'
    assert ("NEGOTIATE", "reported", frozenset({("EGY", "official"), ("HAMAS", "group")})) \
        in _pairs(text)


def test_between_a_party_and_the_leaders_of_a_body():
    # «بين السفير A السابق بدمشق وقيادات من حركة B»: the meeting of A and B's leaders, not of
    # the minister named before the meeting noun
    text = ("وسئل وزير الخارجية الأردني عن اجتماع جرى في عمان بين السفير البريطاني السابق "
            "بدمشق وقيادات من حركة حماس.")
    got = _pairs(text)
    assert ("MEET", "reported", frozenset({("GBR", "official"), ("HAMAS", "group")})) in got
    assert not any(("JOR", "foreign_minister") in p for _, _, p in got)
