"""Speakers, spokesmen and senders of greetings are no parties to the contacts they tell (rules
read from false events of the thirteenth labelled round's train part).

- A minister of state for defence affairs («وزير الدولة لشؤون الدفاع») is his state's defence
  minister (roles.yaml), not a minister of state without portfolio.
- The speaker is no party to a meeting of two others he tells of («بعد لقاء كيري ووانغ»), nor a
  spokesman to the contacts he reports, nor a second sender of greetings or their addressee.
- A speaker after an opening phrase, or dropped after a verb of saying, meets the counterpart
  of «خلال لقاء/مؤتمر صحفي مع Y»; a contact noun after a verb of saying is its subject.
- An office after «وهو/وهي» describes the actor before it; spellings of Museveni and Desalegn.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from tests.support.events import role_pairs

PUBLISHED = date(2015, 8, 10)


def _pairs(text: str, home: str | None = "SAU") -> set:
    return role_pairs(text, PUBLISHED, home)


def test_minister_of_state_for_defence_is_the_defence_minister():
    text = ("استقبل وزير الدفاع الأمريكي في واشنطن أمس وزير الدولة لشؤون الدفاع في دولة قطر "
            "والوفد المرافق له.")
    assert _pairs(text) == {("MEET", ("QAT:defense_minister", "USA:defense_minister"))}


def test_minister_of_state_for_foreign_affairs_stays_a_minister():
    text = "استقبل وزير الدفاع الأمريكي في واشنطن أمس وزير الدولة للشؤون الخارجية القطري."
    assert _pairs(text) == {("MEET", ("QAT:minister", "USA:defense_minister"))}


def test_compatriot_speaker_after_a_meeting_of_two_others():
    text = ("وقال مسؤول أمريكي للصحافيين بعد لقاء كيري ووانغ إن الوزير عبر عن قلق بلاده من "
            "التوتر.")
    assert _pairs(text) == {("MEET", ("CHN:foreign_minister", "USA:foreign_minister"))}


def test_compatriot_speaker_with_ma():
    text = "وقال مسؤول أمريكي بعد لقاء كيري مع وانغ إن الوزير عبر عن قلق بلاده."
    assert _pairs(text) == {("MEET", ("CHN:foreign_minister", "USA:foreign_minister"))}


def test_speaker_after_meeting_a_foreign_head_keeps_his_meeting():
    # the genitive is the speaker's counterpart, not a compatriot: he met him
    text = "وقال وزير الخارجية الأمريكي جون كيري عقب لقاء الرئيس الصيني إن بلاده قلقة."
    assert _pairs(text) == {("MEET", ("CHN:head_of_state", "USA:foreign_minister"))}


def test_second_sender_of_greetings_is_no_party():
    text = ("وعقد العاهل الأردني اجتماعا مع ولي ولي العهد وزير الدفاع، نقل فيه تحيات خادم "
            "الحرمين الشريفين، وولي العهد، إلى أخيه الملك عبدالله الثاني.")
    assert _pairs(text) == {("MEET", ("JOR:head_of_state", "SAU:defense_minister"))}


def test_second_guest_joined_by_wa_still_meets():
    text = "واستقبل الرئيس المصري أمس وزير الخارجية السعودي ووزير الدفاع الأمريكي."
    assert _pairs(text) == {("MEET", ("EGY:head_of_state", "SAU:foreign_minister")),
                            ("MEET", ("EGY:head_of_state", "USA:defense_minister"))}


INTRO = "وصل وزير الدفاع الأمريكي آشتون كارتر إلى تل أبيب أمس الأحد. "


def test_setting_speaker_after_an_opening_adverbial():
    text = INTRO + ("وفي محاولة لطمأنة حليفه، أعلن كارتر الاثنين أن الولايات المتحدة مستعدة "
                    "لتعزيز تعاونها العسكري مع إسرائيل، خلال لقاء مع نظيره الإسرائيلي "
                    "موشيه يعالون.")
    assert ("MEET", ("ISR:defense_minister", "USA:defense_minister")) in _pairs(text)


def test_setting_speaker_telling_of_a_compatriots_meeting():
    # the speaker tells of his own president's earlier meeting with a foreign minister
    text = ('وعن المساعي الألمانية لكسر الجمود، قال عريقات إن "الجهود الألمانية كما '
            'أعلنا مع وزير خارجية ألمانيا فرانك شتاينماير أثناء لقاء سابق مع الرئيس محمود '
            'عباس، متواصلة".')
    assert ("MEET", ("DEU:foreign_minister", "PSE:head_of_state")) in _pairs(text)


def test_meeting_noun_subject_of_a_verb_of_saying_takes_no_actor_before():
    text = ("وفي رسالة تستهدف الأصوات المتشككة في الكونغرس الأمريكي، شدد اجتماع وزراء خارجية "
            "الاتحاد الأوروبي في بروكسل على أنه لا يوجد حل أفضل.")
    assert _pairs(text) == set()


def test_meeting_noun_subject_of_a_verb_of_saying_keeps_its_genitive_pair():
    text = ("وفي رسالة إلى الرئيس الأمريكي، أكد اجتماع وزيري خارجية مصر والأردن على دعم الحل "
            "السياسي.")
    assert _pairs(text) == {("MEET", ("EGY:foreign_minister", "JOR:foreign_minister"))}


def test_spokesman_is_no_party_to_the_meeting_he_reports():
    text = ("وصرح المتحدث الرسمي باسم الرئاسة المصرية السفير علاء يوسف بأن تلك اللقاءات شملت "
            "اجتماعا ثنائيا مع الرئيس الفرنسي فرانسوا أولاند.")
    assert _pairs(text) == set()


def test_spokeswoman_after_a_feminine_verb_of_saying_is_no_party():
    # «وقالت المتحدثة ... إن اللقاء مع الوفد الإيراني كان مثمرا»: as «وقال المتحدث»
    text = ("وقالت المتحدثة باسم الخارجية الأمريكية ماري هارف إن اللقاء مع الوفد الإيراني كان "
            "مثمرا.")
    assert _pairs(text) == set()


def test_spokesman_reporting_a_meeting_of_others_keeps_it():
    text = "وقال المتحدث باسم الخارجية الأمريكية إن الوزير كيري سيلتقي نظيره الروسي غدا."
    assert _pairs(text) == {("MEET", ("RUS:foreign_minister", "USA:foreign_minister"))}


def test_spokesman_received_as_a_guest_still_meets():
    text = ("واستقبل الرئيس المصري أمس وزير الخارجية الأمريكي والمتحدث باسم الخارجية "
            "الأمريكية.")
    assert ("MEET", ("EGY:head_of_state", "USA:official")) in _pairs(text)


def test_addressee_of_greetings_to_take_on_is_no_counterpart():
    text = ("وأشار المتحدث الرئاسي المصري إلى أنه جرت جلسة مباحثات ثنائية، رحب خلالها السيسي "
            "بضيف مصر العزيز وطلب نقل تحياته وتقديره للملك سلمان بن عبد العزيز.")
    assert _pairs(text) == set()


def test_entrusted_greetings_to_an_absent_king():
    text = ("واستقبل الرئيس المصري أمس وزير الخارجية السعودي وحمله تحياته إلى خادم الحرمين "
            "الشريفين.")
    assert _pairs(text) == {("MEET", ("EGY:head_of_state", "SAU:foreign_minister"))}


def test_invited_addressee_of_greetings_keeps_the_planned_visit():
    text = ("وقال المتحدث باسم رئاسة الجمهورية إن السيسي رحب بضيف مصر العزيز، وطلب نقل تحياته "
            "وتقديره لخادم الحرمين الشريفين الملك سلمان، وقدم له الدعوة لزيارة مصر.")
    assert ("VISIT", ("SAU:head_of_state",)) in _pairs(text)


ARRIVAL = "وصل وزير الخارجية السعودي عادل الجبير إلى موسكو أمس. "


def test_dropped_speaker_of_a_joint_press_conference():
    text = ARRIVAL + ("وأشار في مؤتمر صحفي في موسكو مع وزير الخارجية الروسي سيرجي لافروف إلى "
                      "وجود مصالح عديدة.")
    assert ("PRESS_CONFERENCE", ("RUS:foreign_minister", "SAU:foreign_minister")) in _pairs(text)


def test_dropped_speaker_with_an_honorific_before_the_counterpart():
    text = ARRIVAL + ("وقال خلال مؤتمر صحفي مشترك عقده مع معالي وزير الخارجية الروسي سيرجي "
                      "لافروف إن هناك مصالح عديدة.")
    assert ("PRESS_CONFERENCE", ("RUS:foreign_minister", "SAU:foreign_minister")) in _pairs(text)


def test_dropped_speaker_talking_to_a_channel_meets_nobody():
    text = ARRIVAL + "وقال في لقاء مع قناة العربية إن هناك مصالح عديدة."
    assert {p for p in _pairs(text) if p[0] != "VISIT"} == set()


def test_office_after_wahuwa_describes_the_actor_before():
    text = ("والتقى الرئيس المصري الرئيس التشادي إدريس ديبي وهو الرئيس الدوري للاتحاد "
            "الأفريقي.")
    assert _pairs(text) == {("MEET", ("EGY:head_of_state", "TCD:head_of_state"))}


def test_office_joined_by_wa_is_another_counterpart():
    text = "والتقى الرئيس المصري الرئيس التشادي ورئيس مفوضية الاتحاد الأفريقي."
    assert ("MEET", ("AU:official", "EGY:head_of_state")) in _pairs(text)


def test_museveni_spelled_without_ya():
    text = ("وقال السفير إن الرئيس يوري موسفيني سيلتقي اليوم الرئيس الكيني أوهورو كنياتا في "
            "عنتيبي.")
    assert ("MEET", ("KEN:head_of_state", "UGA:head_of_state")) in _pairs(text)


def test_hailemariam_spelled_short():
    text = "واستقبل الرئيس الكيني أمس رئيس الوزراء الإثيوبي هايل مريام ديسالن في نيروبي."
    assert _pairs(text) == {("MEET", ("ETH:head_of_government", "KEN:head_of_state"))}
