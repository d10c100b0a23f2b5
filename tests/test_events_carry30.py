"""A lead's day carried to a later undated sentence (news lead convention): not when the lead
tells no contact and the story has moved on, unless a party of the lead's day takes part."""

from pipeline.events import extract_events

PUBLISHED = "2015-08-03"  # a Monday: «أمس الأحد» is 2015-08-02

# four sentences of an attack's aftermath, none of them dated
AFTERMATH = (
    "وأسفر الانفجار عن سقوط عدد من القتلى والجرحى في السوق المزدحمة. "
    "وقالت مصادر طبية إن بين الجرحى أطفالا ونساء نقلوا إلى المستشفيات القريبة. "
    "وشددت قوات الأمن الإجراءات حول الأسواق والمساجد في المدينة. "
    "وتشهد المنطقة منذ سنوات هجمات متكررة تتبناها جماعات متشددة. "
)
ATTACK = "قتل عشرون شخصا أمس الأحد في تفجير انتحاري استهدف سوقا شعبية في مدينة مايدوغوري. "
VISIT = (
    "ووقع التفجير بعد زيارة قام بها الرئيس النيجيري محمد بخاري إلى الكاميرون التقى "
    "خلالها الرئيس الكاميروني بول بيا."
)


def _events(text):
    return {
        (e["event_type"], e["actor1_country"], e["actor2_country"]): e
        for e in extract_events(text, PUBLISHED)
    }


def test_attack_lead_does_not_date_a_visit_told_far_after_it():
    evs = _events(ATTACK + AFTERMATH + VISIT)
    visit = evs[("VISIT", "NGA", None)]
    assert visit["status"] == "reported" and visit["location_country"] == "CMR"
    assert visit["event_date"] is None
    assert evs[("MEET", "NGA", "CMR")]["event_date"] is None


def test_attack_lead_still_dates_the_sentence_right_after_it():
    evs = _events(ATTACK + VISIT)
    assert str(evs[("VISIT", "NGA", None)]["event_date"]) == "2015-08-02"


def test_lead_day_named_again_near_the_contact_still_dates_it():
    evs = _events(ATTACK + AFTERMATH + VISIT + " وأعلنت السلطات أمس حالة الطوارئ في الولاية.")
    assert str(evs[("MEET", "NGA", "CMR")]["event_date"]) == "2015-08-02"


def test_contact_of_the_leads_speaker_keeps_the_leads_day():
    text = (
        "قال وزير الخارجية التركي مولود جاويش أوغلو أمس الأحد إن بلاده ستكثف عملياتها ضد "
        "المتشددين. " + AFTERMATH + "وأضاف جاويش أوغلو خلال لقائه نظيره الأمريكي جون كيري "
        "في كوالالمبور أن التعاون بين البلدين وثيق."
    )
    meet = _events(text)[("MEET", "TUR", "USA")]
    assert meet["actor1_role"] == "foreign_minister"
    assert str(meet["event_date"]) == "2015-08-02"


def test_lead_telling_a_contact_dates_its_later_undated_contacts():
    text = (
        "وصل وزير الخارجية الأمريكي جون كيري أمس الأحد إلى القاهرة في زيارة رسمية. "
        + AFTERMATH
        + "والتقى كيري خلال الزيارة الرئيس المصري عبد الفتاح السيسي."
    )
    meet = _events(text)[("MEET", "USA", "EGY")]
    assert meet["status"] == "reported"
    assert str(meet["event_date"]) == "2015-08-02"


def test_recent_visit_with_long_names_before_recently_takes_no_day():
    text = (
        "عقد وزير الخارجية السعودي عادل الجبير أمس الأحد مؤتمرا صحفيا في جدة. "
        "وتعليقا على زيارة وفد حركة حماس برئاسة زعيمها خالد مشعل إلى المملكة مؤخرا قال "
        "الجبير إن الوفد أدى العمرة فقط."
    )
    visits = [e for e in extract_events(text, PUBLISHED) if e["event_type"] == "VISIT"]
    assert visits and visits[0]["actor1_org"] == "HAMAS"
    assert visits[0]["location_country"] == "SAU"
    assert visits[0]["event_date"] is None
