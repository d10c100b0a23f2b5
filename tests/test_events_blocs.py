"""Named blocs (pipeline/events/blocs.py): a contact with «مجموعة 5+1», «دائنيها» or «اللجنة
الرباعية» is one contact per member (sentences written for these tests)."""

from datetime import date

from pipeline.events import extract as X
from pipeline.events.blocs import bloc_type, may_pair, members_on
from pipeline.events.mentions import Actor

P5 = {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"}


def _actors(text, published=date(2015, 6, 1)):
    return [a for s in X._prepare(text, published, "SAU") for a in s.actors]


def _rule_pairs(text, published=date(2015, 6, 1), etype=None):
    out = set()
    for c, feats in X.candidates(text, published, "SAU"):
        if "rule=True" in feats and (etype is None or c.etype == etype):
            out.add(frozenset(x.country or x.org for x in (c.actor1, c.actor2)))
    return out


def test_talks_with_the_p5_are_one_negotiation_per_member():
    text = "بدأت إيران أمس في جنيف جولة مفاوضات جديدة مع مجموعة 5+1 حول برنامجها النووي."
    pairs = _rule_pairs(text, etype="NEGOTIATE")
    assert pairs == {frozenset(("IRN", m)) for m in P5}


def test_members_of_one_bloc_never_pair_with_each_other():
    text = "بدأت إيران أمس في جنيف جولة مفاوضات جديدة مع مجموعة 5+1 حول برنامجها النووي."
    for c, _ in X.candidates(text, date(2015, 6, 1), "SAU"):
        assert not (c.actor1.bloc and c.actor2 is not None and c.actor2.bloc)


def test_the_members_listed_in_parentheses_are_the_members():
    text = ("عقدت القوى الكبرى الست (الولايات المتحدة وروسيا والصين) وإيران محادثات مطولة "
            "في لوزان.")
    members = {a.country for a in _actors(text) if a.bloc == "P5+1"}
    assert members == {"USA", "RUS", "CHN"}
    assert _rule_pairs(text, etype="NEGOTIATE") == {frozenset(("IRN", m))
                                                   for m in ("USA", "RUS", "CHN")}


def test_talks_noun_with_a_bloc_is_a_negotiation_and_without_one_a_meeting():
    bloc = Actor(0, 1, country="USA", role="official", bloc="P5+1")
    other = Actor(2, 3, country="IRN", role="official", bare=True)
    assert bloc_type("MEET", "محادثات", other, bloc) == "NEGOTIATE"
    assert bloc_type("MEET", "والمحادثات", bloc, other) == "NEGOTIATE"
    plain = Actor(0, 1, country="USA", role="official")
    assert bloc_type("MEET", "محادثات", plain, Actor(2, 3, country="IRN")) == "MEET"
    assert bloc_type("MEET", "لقاء", other, bloc) == "MEET"


def test_creditors_membership_follows_the_publication_date():
    assert {m for m, _ in members_on("GRC_CREDITORS", date(2015, 7, 10))} == {"EU", "ECB", "IMF"}
    assert {m for m, _ in members_on("GRC_CREDITORS", date(2015, 9, 10))} == \
        {"EU", "ECB", "IMF", "ESM"}
    assert {m for m, _ in members_on("GRC_CREDITORS", None)} == {"EU", "ECB", "IMF", "ESM"}


def test_possessed_creditors_negotiate_with_their_owner():
    # the other creditors named (unnamed, they are the EU alone)
    text = ("تواجه اليونان أزمة ديون خانقة منذ سنوات.\n"
            "وقالت أثينا إنها ستجري محادثات مع دائنيها الأسبوع المقبل في بروكسل.\n"
            "ويمثل الدائنين في المحادثات مسؤولون من صندوق النقد الدولي والبنك المركزي الأوروبي.")
    assert _rule_pairs(text, date(2015, 7, 10), "NEGOTIATE") == {
        frozenset(("GRC", m)) for m in ("EU", "ECB", "IMF")}


def test_creditors_are_not_a_bloc_in_a_text_that_never_names_the_debtor():
    text = "اجتمع وزير المالية المصري أمس مع ممثلي الدائنين في القاهرة."
    assert not [a for a in _actors(text) if a.bloc or a.bare]


def test_a_title_before_the_bloc_gives_each_member_its_role():
    text = ("التقى وزير الخارجية الإيراني محمد جواد ظريف وزراء خارجية مجموعة 5+1 في فيينا "
            "أمس.")
    members = [a for a in _actors(text) if a.bloc]
    assert {a.country for a in members} == P5
    assert {a.role for a in members} == {"foreign_minister"}
    assert _rule_pairs(text, etype="MEET") == {frozenset(("IRN", m)) for m in P5}


def test_representatives_of_a_bloc_are_its_members_officials():
    # as the labels have them («مباحثات مع كبار ممثلي الجهات الدائنة»: officials), and as
    # «ممثلي صندوق النقد الدولي» is the fund's; a «وفد» of the bloc is a delegation
    text = "استقبل الرئيس الفلسطيني محمود عباس أمس في رام الله ممثلي اللجنة الرباعية."
    members = [a for a in _actors(text) if a.bloc]
    assert {a.country or a.org for a in members} == {"USA", "RUS", "EU", "UN"}
    assert {a.role for a in members} == {"official"}


def test_the_monitors_representing_the_creditors_are_their_officials():
    # not called a delegation: officials, as the labels' creditor rows have them
    text = ("استؤنفت أمس في أثينا المفاوضات بين المراقبين الممثلين للدائنين الدوليين لليونان "
            "والحكومة اليونانية.")
    members = [a for a in _actors(text, date(2015, 8, 9)) if a.bloc]
    assert [(a.org, a.role) for a in members] == [("EU", "official")]


def test_a_bloc_name_followed_by_a_word_of_another_body_is_no_bloc():
    # «اللجنة الرباعية العربية»: the Arab states' quartet, not the Middle East Quartet
    text = "استقبل الرئيس الفلسطيني محمود عباس أمس في رام الله وفد اللجنة الرباعية العربية."
    assert not [a for a in _actors(text) if a.bloc]
    text = "استقبل الرئيس الفلسطيني محمود عباس أمس في رام الله وفد اللجنة الرباعية."
    assert {a.country or a.org for a in _actors(text) if a.bloc} == {"USA", "RUS", "EU", "UN"}


def test_a_member_named_on_its_own_is_on_its_blocs_side():
    # Russia is one of the six: its minister's talks with Iran and the six are no Russia–US talks
    text = "وأجرى وزير الخارجية الروسي محادثات مع الوفد الإيراني ومجموعة 5+1 في فيينا."
    assert _rule_pairs(text) == {frozenset(("RUS", "IRN"))}
    # the IMF's representatives with the other creditors: one side, no contact between them
    text = ("تواجه اليونان أزمة ديون خانقة.\n"
            "وعقد ممثلو صندوق النقد الدولي اجتماعا مع ممثلي الجهات الدائنة في بروكسل.")
    assert not any({"IMF", "EU"} <= pair or {"IMF", "ECB"} <= pair
                   for pair in _rule_pairs(text, date(2015, 7, 10)))


def test_a_state_named_as_a_topic_is_not_the_blocs_counterpart():
    text = ("قال وزير الخارجية الفرنسي إن المحادثات مع مجموعة 5+1 تتناول البرنامج النووي "
            "لإيران وبرنامج إيران الصاروخي.")
    assert not [a for a in _actors(text) if a.bare]


def test_may_pair():
    usa = Actor(0, 1, country="USA", role="official", bloc="P5+1")
    fra = Actor(0, 1, country="FRA", role="official", bloc="P5+1")
    irn = Actor(2, 3, country="IRN", role="official", bare=True)
    kerry = Actor(4, 6, country="USA", role="foreign_minister", name="John Kerry")
    zarif = Actor(7, 9, country="IRN", role="foreign_minister")
    assert not may_pair(usa, fra)
    assert not may_pair(usa, kerry)  # a member and its own state
    assert not may_pair(irn, kerry)  # a bare state only opposite a bloc
    assert may_pair(irn, usa) and may_pair(zarif, fra) and may_pair(kerry, zarif)


# ------------------------------------------------------------------ two states named bare

def _rule_events(text, published=date(2020, 3, 10)):
    """(type, status, {country, country}) of the rule candidates between two bare states."""
    out = set()
    for c, feats in X.candidates(text, published, "SAU"):
        if "rule=True" in feats and c.actor1 is not None and c.actor2 is not None \
                and c.actor1.pair is not None:
            assert c.actor1.role == c.actor2.role == "official"
            out.add((c.etype, c.status, frozenset((c.actor1.country, c.actor2.country))))
    return out


def _pairs(text):
    return {pair for _t, _s, pair in _rule_events(text)}


def test_talks_between_two_states_after_the_noun_are_a_negotiation():
    text = "تبدأ غدا في فيينا محادثات بين كوريا الجنوبية واليابان حول الرسوم الجمركية."
    assert _rule_events(text) == {("NEGOTIATE", "planned", frozenset(("KOR", "JPN")))}


def test_between_the_two_countries_names_the_pair_named_before():
    text = ("وقعت كينيا وجمهورية تنزانيا المتحدة اتفاقا للنقل. وجاء الاتفاق بعد جولة المفاوضات "
            "التي جرت بين البلدين الشهر الماضي في أروشا.")
    assert _pairs(text) == {frozenset(("KEN", "TZA"))}


def test_a_state_and_a_talks_verb_with_another_state():
    assert _pairs("تتفاوض كينيا مع إثيوبيا منذ أشهر على ترسيم الحدود.") == {
        frozenset(("KEN", "ETH"))}
    assert _pairs("وأكد البيان أن الأرجنتين تتفاوض مع البرازيل على اتفاق جديد.") == {
        frozenset(("ARG", "BRA"))}
    assert _pairs("أجرت الأرجنتين مباحثات مطولة مع تشيلي في سانتياغو.") == {
        frozenset(("ARG", "CHL"))}


def test_two_joined_states_as_the_subject_of_talks():
    assert _rule_events("أجرت الهند وبنغلاديش مباحثات أمس بشأن تقاسم مياه الأنهار.") == {
        ("NEGOTIATE", "reported", frozenset(("IND", "BGD")))}


def test_two_joined_states_begin_talks_with_a_feminine_verb():
    # a state is feminine: «بدأت» (not only «بدأ») is the light verb of its talks noun
    assert _rule_events("بدأت الهند وبنغلاديش مفاوضات حول تقاسم مياه الأنهار.") == {
        ("NEGOTIATE", "reported", frozenset(("IND", "BGD")))}


def test_a_feminine_past_light_verb_gives_its_subject_pair_the_light_frame():
    # «أجرت / عقدت / بدأت A وB مباحثات» as «أجرى / عقد / بدأ»: the light verb's subject
    for verb in ("أجرت", "عقدت", "بدأت"):
        text = f"{verb} الهند وبنغلاديش مباحثات بشأن تقاسم مياه الأنهار."
        frames = {c.frame for c, feats in X.candidates(text, date(2020, 3, 10), "SAU")
                  if "rule=True" in feats and c.etype == "NEGOTIATE"}
        assert frames == {"light"}, verb


def test_a_bloc_and_a_state_joined_as_a_light_verbs_subject_hold_talks():
    # «عقد/عقدت مجموعة 5+1 وإيران محادثات»: the state after the bloc keeps its و, so it is
    # the light verb's second subject and each member talks with it
    for verb in ("عقد", "عقدت", "أجرت"):
        text = f"{verb} مجموعة 5+1 وإيران محادثات مطولة في لوزان."
        assert _rule_pairs(text, etype="NEGOTIATE") == {frozenset(("IRN", m)) for m in P5}, verb


def test_a_feminine_light_verb_before_another_object_names_no_talks():
    # near miss: «بدأت A وB» before a noun that is no talks noun is no contact
    text = "بدأت الهند وبنغلاديش تنفيذ اتفاق تقاسم مياه الأنهار."
    assert not _rule_events(text)


def test_two_joined_states_hold_talks_told_after_their_day_and_place():
    # the day, the place and a round's ordinal may stand between the light verb's subject pair
    # and its talks noun
    assert _rule_events("تعقد كينيا وأوغندا اليوم الثلاثاء بنيروبي الدورة الثالثة للمشاورات "
                        "السياسية بين البلدين.") == {
        ("NEGOTIATE", "planned", frozenset(("KEN", "UGA")))}
    text = "وتعقد الهند وبنغلاديش غدا في نيودلهي جولة جديدة من المفاوضات حول المياه."
    assert _rule_events(text) == {("NEGOTIATE", "planned", frozenset(("IND", "BGD")))}
    text = "تعقد كينيا وأوغندا اليوم بنيروبي العاصمة جولة جديدة من المفاوضات."
    assert _rule_events(text) == {("NEGOTIATE", "planned", frozenset(("KEN", "UGA")))}


def test_two_joined_states_hold_a_round_of_talks_told_by_its_ordinal():
    # the round's word and its ordinal before the talks noun (with its ل or من), and no «بين
    # البلدين» after it to name the pair otherwise
    assert _rule_events("تعقد كينيا وأوغندا اليوم الثلاثاء بنيروبي الدورة الثالثة للمشاورات "
                        "السياسية.") == {("NEGOTIATE", "planned", frozenset(("KEN", "UGA")))}
    text = "وتعقد الهند وبنغلاديش غدا في نيودلهي الجولة الثانية من المفاوضات حول المياه."
    assert _rule_events(text) == {("NEGOTIATE", "planned", frozenset(("IND", "BGD")))}


def test_two_joined_states_before_another_object_of_a_light_verb_are_no_pair():
    # a light verb's object that is no talks noun, or a break before the noun, names no talks
    for text in ("تعقد كينيا وأوغندا اليوم الثلاثاء بنيروبي معرضا للصناعات التقليدية.",
                 "تعقد كينيا وأوغندا اليوم، وسط توتر حدودي، جولة جديدة من المفاوضات.",
                 "تعقد كينيا وأوغندا اليوم الدورة الثالثة لمهرجان الفنون الشعبية."):
        assert not [a for a in _actors(text) if a.pair is not None], text
        assert not _rule_events(text), text


def test_a_pair_of_nationality_adjectives_after_a_talks_noun():
    assert _pairs("انطلقت أمس المحادثات الثنائية الهندية الباكستانية في نيودلهي.") == {
        frozenset(("IND", "PAK"))}
    assert _rule_events("اختتمت أمس الجولة الأولى من الحوار الاستراتيجي الياباني الأسترالي.") \
        == {("MEET", "reported", frozenset(("JPN", "AUS")))}


def test_a_state_named_as_a_place_a_topic_or_in_a_match_is_no_party():
    for text in ("وصل الوفد إلى مصر لإجراء محادثات مع المسؤولين.",
                 "عقدت محادثات بشأن سوريا بين الوزيرين في جنيف.",
                 "تحدث التقرير عن مفاوضات في السودان مع إثيوبيا.",
                 "تقام غدا مباراة بين مصر والجزائر في القاهرة.",
                 "ارتفع التبادل التجاري بين مصر والصين إلى عشرة مليارات دولار.",
                 "ناقش الاجتماع الأوضاع في مصر والسودان.",
                 "تعززت العلاقات المصرية السودانية في السنوات الأخيرة."):
        assert not [a for a in _actors(text) if a.pair is not None], text
        assert not _rule_events(text), text


def test_between_after_a_topic_noun_names_the_topics_states_not_the_sides():
    # the relations are between the two states; who met is named elsewhere
    for text in ("جرى خلال اللقاء بحث العلاقات الثنائية بين كينيا وجمهورية تنزانيا.",
                 "تناولت المحادثات التعاون بين الهند وبنغلاديش في مجال الطاقة."):
        assert not [a for a in _actors(text) if a.pair is not None], text
    assert _pairs("جرت أمس محادثات بين الهند وبنغلاديش حول التعاون.") == {
        frozenset(("IND", "BGD"))}
    # the topic noun with a clitic («بالتعاون»): the same
    text = "ورحب الوزير خلال اللقاء بالتعاون القائم بين كينيا وجمهورية تنزانيا في مجال الطاقة."
    assert not [a for a in _actors(text) if a.pair is not None], text


def test_two_states_after_between_far_from_the_noun_are_no_pair():
    # a clause break between the noun and بين: the states are not the talks' sides
    text = "انتهت المحادثات أمس، وتراجعت التجارة بين مصر والسودان."
    assert not [a for a in _actors(text) if a.pair is not None]


def test_a_state_of_a_pair_pairs_only_with_the_other_state():
    egy = Actor(0, 1, country="EGY", role="official", bare=True, pair=3)
    sdn = Actor(1, 2, country="SDN", role="official", bare=True, pair=3)
    eth = Actor(5, 6, country="ETH", role="official", bare=True, pair=9)
    minister = Actor(7, 9, country="ETH", role="foreign_minister")
    assert may_pair(egy, sdn)
    assert not may_pair(egy, eth)  # another construction's state
    assert not may_pair(egy, minister)
    assert not may_pair(egy, Actor(4, 5, country="EGY", role="official", bare=True, pair=3))


def test_capitals_named_for_their_governments_are_the_two_sides_of_talks():
    text = "وانطلقت في مسقط جولة جديدة من المحادثات بين واشنطن وهافانا حول العقوبات."
    assert _rule_pairs(text, etype="NEGOTIATE") == {frozenset(("USA", "CUB"))}


def test_a_seat_better_known_for_an_organisation_is_no_state_and_a_city_visited_no_side():
    assert _rule_pairs("وتتواصل المفاوضات بين أثينا وبروكسل حول الديون.") == set()
    assert _rule_pairs("وزار الرئيس الأمريكي واشنطن وطهران.", etype="NEGOTIATE") == set()


def test_a_member_at_its_own_organisations_council_meets_no_one(monkeypatch):
    monkeypatch.setattr(X, "load_model", lambda path=None: None)  # the rules alone
    # a member state's minister with his own organisation's counterparts: a council meeting
    text = ("وطالب وزير الخارجية البلجيكي، الموجود في بروكسل للقاء نظرائه الأوروبيين، بتقاسم "
            "أعباء اللاجئين.")
    assert X.extract_events(text, "2025-03-10") == []
    text = "التقى وزير الخارجية القطري نظراءه الخليجيين في الرياض اليوم."
    assert X.extract_events(text, "2025-03-10") == []
    # a state outside the organisation meeting them is a contact with it
    text = "التقى وزير الخارجية الأمريكي نظراءه الخليجيين في الدوحة اليوم."
    assert [(e["actor1_country"], e["actor2_org"]) for e in X.extract_events(text, "2025-03-10")
            if e["event_type"] == "MEET"] == [("USA", "GCC")]


def test_nationality_adjectives_after_a_topic_noun_of_a_gathering_are_the_topics():
    # «لقاء شراكة كينية تنزانية»: a forum on a partnership of the two, not a meeting of states
    for text in ("انعقد أمس لقاء شراكة كينية تنزانية بمقر غرفة التجارة في نيروبي.",
                 "احتضنت العاصمة اجتماع التعاون الهندي الياباني للمستثمرين."):
        assert not [a for a in _actors(text) if a.pair is not None], text
    # a talks noun keeps them: the talks on the border are the two states' talks
    for text in ("انطلقت أمس مفاوضات الحدود السودانية الإثيوبية في الخرطوم.",
                 # and a gathering noun with another modifier than a topic
                 "انعقد أمس اللقاء الثنائي الكيني التنزاني في نيروبي."):
        assert len([a for a in _actors(text) if a.pair is not None]) == 2, text


def test_org_members_follow_the_publication_date(monkeypatch):
    monkeypatch.setattr(X, "load_model", lambda path=None: None)  # the rules alone

    def pairs(text, published):
        return [(e["actor1_country"], e["actor2_org"]) for e in X.extract_events(text, published)
                if e["event_type"] == "MEET"]

    # the African Union's members with their African counterparts: a council, no contact
    text = "التقى وزير الخارجية التونسي نظراءه الأفارقة في أديس أبابا اليوم."
    assert pairs(text, "2017-03-10") == []
    text = "التقى وزير الخارجية الفرنسي نظراءه الأفارقة في أديس أبابا اليوم."
    assert pairs(text, "2017-03-10") == [("FRA", "AU")]
    # Morocco rejoined the AU in January 2017; the United Kingdom left the EU in January 2020
    text = "التقى وزير الخارجية المغربي نظراءه الأفارقة في أديس أبابا اليوم."
    assert pairs(text, "2016-03-10") == [("MAR", "AU")]
    assert pairs(text, "2017-03-10") == []
    text = "التقى وزير الخارجية البريطاني نظراءه الأوروبيين في بروكسل اليوم."
    assert pairs(text, "2016-03-10") == []
    assert pairs(text, "2021-03-10") == [("GBR", "EU")]


def _events(text):
    return sorted((e["event_type"], e["actor1_country"] or e["actor1_org"],
                   e["actor2_country"] or e["actor2_org"])
                  for e in X.extract_events(text, "2016-05-10"))


def test_organisations_named_bare_after_the_talks_are_each_a_counterpart():
    # «مباحثات مع صندوق النقد الدولي والبنك الدولي»: one negotiation per organisation, the
    # two organisations never each other's counterpart
    evs = _events("أجرى وزير المالية المغربي أمس مباحثات مع صندوق النقد الدولي والبنك الدولي.")
    assert [(t, a, b) for t, a, b in evs if {a, b} & {"IMF", "WORLD_BANK"}] in (
        [("NEGOTIATE", "MAR", "IMF"), ("NEGOTIATE", "MAR", "WORLD_BANK")],
        [("NEGOTIATE", "IMF", "MAR"), ("NEGOTIATE", "MAR", "WORLD_BANK")],
        [("NEGOTIATE", "IMF", "MAR"), ("NEGOTIATE", "WORLD_BANK", "MAR")],
        [("NEGOTIATE", "MAR", "IMF"), ("NEGOTIATE", "WORLD_BANK", "MAR")])
    # a bare state as the talks verb's subject holds them
    assert {frozenset((a, b)) for _t, a, b in _events(
        "تفاوضت الأردن مع صندوق النقد الدولي أمس.")} == {frozenset(("JOR", "IMF"))}
    sent = X._prepare("ومن المقرر أن تبدأ البرتغال محادثات مع الاتحاد الأوروبي وصندوق النقد "
                      "الدولي.", None)[0]
    orgs = [a for a in sent.actors if a.org]
    assert [a.org for a in orgs] == ["EU", "IMF"] and not may_pair(orgs[0], orgs[1])
    assert any(a.country == "PRT" for a in sent.actors)


def test_an_organisation_after_mea_of_no_talks_is_no_party():
    # «اتفاق مع»، «بالتنسيق مع»: no talks noun or verb right before مع
    for text in ("وقع وزير المالية المغربي أمس اتفاقا مع صندوق النقد الدولي.",
                 "أجرى وزير المالية المغربي أمس مباحثات في الرباط بالتنسيق مع صندوق النقد "
                 "الدولي."):
        assert not any("IMF" in e for e in _events(text))


def test_a_meeting_noun_in_the_accusative_names_the_organisation_after_mea():
    # «عقد اجتماعا مع مجلس التعاون»: the indefinite accusative of اجتماع is the same noun
    evs = _events("يعقد وزير الخارجية الأمريكي اليوم في الدوحة اجتماعا مع دول مجلس التعاون "
                  "لبحث الاتفاق النووي.")
    assert {frozenset((a, b)) for _t, a, b in evs} == {frozenset(("USA", "GCC"))}
    # «اتفاقا مع»: still no meeting noun
    assert not _events("وقع وزير الخارجية الأمريكي اليوم في الدوحة اتفاقا مع دول مجلس "
                       "التعاون.")
