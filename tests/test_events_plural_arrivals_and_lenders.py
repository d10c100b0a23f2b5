"""Plural arrival verbs, light verbs of talks, creditors' representatives and lenders, and a few
titles (read after the thirteenth round's train misses): Qatar's
«وزير الدولة لشؤون الدفاع» is its defence minister (roles.yaml); «تخوض» (to engage in) is a
light verb of a state's talks with another (blocs.yaml states.light); the plural visit verbs
«وصلوا/زاروا/يزورون» of a subject named before them (triggers.yaml); representatives of a
bloc («كبار ممثلي الجهات الدائنة») are its members' officials (blocs.yaml titles); two
ministers of one state in the dual («وزيرا المالية والاقتصاد اليونانيان», roles.yaml); «الأمس»
after a part of a day is yesterday (dates.py); the lenders («المقرضين», «مؤسسات الإقراض
الدولية») are Greece's creditors, and talks that are to start («للبدء في مفاوضات مع») are no
talks held (blocs.yaml).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from tests.support.events import role_pairs

PUBLISHED = date(2015, 8, 11)


def _pairs(text: str) -> set:
    return role_pairs(text, PUBLISHED, None)


def test_minister_of_state_for_defence_is_the_defence_minister():
    text = ("استقبل ولي العهد السعودي في جدة أمس وزير الدولة لشؤون الدفاع القطري وبحث معه "
            "التعاون العسكري.")
    assert _pairs(text) == {("MEET", ("QAT:defense_minister", "SAU:official"))}


def test_minister_of_state_for_defence_with_his_name_gives_one_event():
    text = ("استقبل الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع في جدة مساء أمس وزير الدولة "
            "لشئون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية والوفد المرافق له.")
    assert _pairs(text) == {("MEET", ("QAT:defense_minister", "SAU:defense_minister"))}


def test_other_minister_of_state_stays_a_minister():
    text = "استقبل ولي العهد السعودي في جدة أمس وزير الدولة لشؤون الإعلام الأردني."
    assert _pairs(text) == {("MEET", ("JOR:minister", "SAU:official"))}


def test_engaging_in_talks_with_bodies_is_a_negotiation():
    text = ("وتخوض اليونان مفاوضات مع الاتحاد الأوروبي وصندوق النقد للحصول على قروض جديدة "
            "تجنبها الإفلاس.")
    assert _pairs(text) == {("NEGOTIATE", ("EU:official", "GRC:official")),
                            ("NEGOTIATE", ("GRC:official", "IMF:official"))}


def test_engaging_in_a_match_is_no_contact():
    assert _pairs("وخاض المنتخب المصري مباراة ودية مع تونس أمس.") == set()


def test_representatives_named_before_a_plural_arrival_verb_visit():
    text = ("وكان ممثلو البنك المركزي الأوروبي والمفوضية الأوروبية قد وصلوا إلى أثينا أمس "
            "لبدء جولة مفاوضات جديدة.")
    assert {("VISIT", ("ECB:official",)), ("VISIT", ("EU:official",))} <= _pairs(text)


def test_delegation_members_arrived_is_a_visit():
    text = "وكان أعضاء الوفد الأمريكي قد وصلوا إلى عمان أمس في زيارة عمل قصيرة."
    assert ("VISIT", ("USA:delegation",)) in _pairs(text)


def test_people_arriving_are_no_visit():
    assert _pairs("وكان مئات اللاجئين السوريين قد وصلوا إلى اليونان أمس.") == set()


def test_ministers_arriving_in_their_own_country_are_no_visit():
    text = "وكان عدد من الوزراء اليمنيين قد وصلوا إلى عدن أمس لإعادة عمل الحكومة."
    assert _pairs(text) == set()


def test_senior_representatives_of_the_creditors_are_their_officials():
    # the other creditors named as the creditors (unnamed, they are the EU alone)
    text = ("وأجرى وزير المالية اليوناني أمس أولى مباحثاته مع كبار ممثلي الجهات الدائنة "
            "المكلفين بوضع خطة مساعدات جديدة لليونان.\n"
            "ويضم الدائنون صندوق النقد الدولي والبنك المركزي الأوروبي والمفوضية الأوروبية.")
    assert _pairs(text) == {("NEGOTIATE", ("EU:official", "GRC:minister")),
                            ("NEGOTIATE", ("ECB:official", "GRC:minister")),
                            ("NEGOTIATE", ("GRC:minister", "IMF:official"))}


def test_a_delegation_of_the_creditors_stays_a_delegation():
    text = "وأجرى وزير المالية اليوناني أمس مباحثات مع وفد الجهات الدائنة."
    assert ("NEGOTIATE", ("EU:delegation", "GRC:minister")) in _pairs(text)


def test_two_ministers_of_one_state_in_the_dual():
    text = ("وبدأ وزيرا المالية والاقتصاد اليونانيان أمس اجتماعهما مع ممثلي صندوق النقد "
            "الدولي في أثينا.")
    assert ("MEET", ("GRC:minister", "IMF:official")) in _pairs(text)


def test_appointed_as_minister_is_no_actor():
    text = "وقرر الرئيس تعيينه وزيرا للمالية بعد لقائه أمس في القصر."
    assert _pairs(text) == set()


def _dates(text: str) -> set:
    return {e["event_date"] for e in extract_events(text, PUBLISHED)}


def test_a_part_of_the_day_before_alams_is_yesterday():
    text = "التقى وزير الخارجية السعودي صباح الأمس نظيره الألماني في برلين."
    assert _dates(text) == {date(2015, 8, 10)}


def test_alams_alone_is_the_past_not_yesterday():
    text = "التقى وزير الخارجية السعودي نظيره الألماني في برلين لطي صفحة الأمس."
    assert _dates(text) == {None}


def test_talks_with_the_lenders_are_with_the_creditors():
    # the other creditors named as the creditors (unnamed, they are the EU alone)
    text = ("فقد استمرت المفاوضات بين وزير المالية اليوناني وممثلي مؤسسات الإقراض الدولية "
            "طوال الأمس.\n"
            "ويضم الدائنون صندوق النقد الدولي والبنك المركزي الأوروبي والمفوضية الأوروبية.")
    assert _pairs(text) == {("NEGOTIATE", ("EU:official", "GRC:minister")),
                            ("NEGOTIATE", ("ECB:official", "GRC:minister")),
                            ("NEGOTIATE", ("GRC:minister", "IMF:official"))}
    assert _dates(text) == {date(2015, 8, 10)}


def test_talks_yet_to_start_with_the_lenders_are_no_talks():
    text = ("وارتفع اليورو أمس مع موافقة البرلمان اليوناني على الإصلاحات المطلوبة للبدء في "
            "مفاوضات مع المقرضين.")
    assert _pairs(text) == set()
