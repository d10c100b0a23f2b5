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

