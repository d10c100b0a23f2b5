"""A delegation the sentence says represents a company or is made of its representatives
(«الوفد الكوري الذي يمثل شركة هيونداي», «الوفد الكوري الذي يضم ممثلين عن شركات») is that
company's, not its state's: a minister receiving it meets no state. A delegation that
represents a government, or has ministers or ministries' representatives among its
businessmen, stays its state's. Sentences written for this test."""

import pytest

from tests.support.events import event_rows


def _pairs(text, home="TUN"):
    return event_rows(text, "2017-03-06", home)


COMPANY = [
    # the relative clause says whom the delegation represents
    "استقبل وزير الصناعة التونسي يوم الاثنين الوفد الكوري الذي يمثل شركة هيونداي.",
    # representatives of companies (a plural with no article)
    "استقبل وزير الصناعة التونسي يوم الاثنين الوفد الكوري الذي يضم ممثلين عن شركات كبرى.",
    # the relative clause names businessmen
    "التقى وزير التجارة التونسي أمس الوفد الياباني الذي يضم رجال أعمال ومستثمرين.",
]


@pytest.mark.parametrize("text", COMPANY)
def test_a_companys_delegation_meets_no_state(text):
    assert _pairs(text) == []


STATE = [
    # the delegation represents the government
    "استقبل وزير الصناعة التونسي يوم الاثنين الوفد الكوري الذي يمثل الحكومة الكورية.",
    # ministers among the businessmen
    "استقبل وزير الصناعة التونسي يوم الاثنين الوفد الكوري الذي يضم وزراء ورجال أعمال.",
    # representatives of ministries, not companies
    "استقبل وزير الصناعة التونسي يوم الاثنين الوفد الكوري الذي يضم ممثلين عن وزارات "
    "التجارة والصناعة.",
    # the relative clause says what the delegation does, not whom it represents
    "استقبل وزير الصناعة التونسي يوم الاثنين الوفد الكوري الذي يزور تونس.",
    # «الذي من المقرر»: businessmen it will meet are not what it is made of
    "استقبل وزير الصناعة التونسي يوم الاثنين الوفد الكوري الذي من المقرر أن يلتقي رجال "
    "الأعمال.",
]


@pytest.mark.parametrize("text", STATE)
def test_a_states_delegation_still_meets(text):
    assert ("MEET", "TUN", "minister", "KOR", "delegation") in _pairs(text)



CIVIL = [
    # civil society and journalists are what the delegation is made of
    "التقت وزيرة السياحة التونسية أمس وفدا بلجيكيا يضم ممثلين عن المجتمع المدني وصحفيين.",
    # artists and intellectuals
    "استقبل وزير الثقافة التونسي يوم الاثنين وفدا جزائريا يضم فنانين ومثقفين.",
    # the delegation named back later in the text and described there
    "التقت وزيرة السياحة التونسية أمس وفدا بلجيكيا. وقام الوفد البلجيكي، المتكون من ممثلين عن "
    "المجتمع المدني وعدد من الصحافيين، بزيارة لمتحف باردو.",
]


@pytest.mark.parametrize("text", CIVIL)
def test_a_civil_delegation_meets_no_state(text):
    assert _pairs(text) == []


STATE_NAMED_BACK = [
    # the delegation named back is made of members of parliament and businessmen: a state's
    "التقت وزيرة السياحة التونسية أمس وفدا بلجيكيا. وقام الوفد البلجيكي، المتكون من نواب ورجال "
    "أعمال، بزيارة لمتحف باردو.",
    # named back with nothing said of it
    "التقت وزيرة السياحة التونسية أمس وفدا بلجيكيا. وقام الوفد البلجيكي بزيارة لمتحف باردو.",
]


@pytest.mark.parametrize("text", STATE_NAMED_BACK)
def test_a_delegation_named_back_as_a_states_still_meets(text):
    assert ("MEET", "TUN", "minister", "BEL", "delegation") in _pairs(text)
