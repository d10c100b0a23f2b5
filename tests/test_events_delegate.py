"""A delegate («مندوب») of a state or an organisation is its official."""
import pytest

from pipeline.events import extract as X
from tests.support.events import event_rows


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(X, "load_model", lambda path=None: None)  # the rules alone


def _pairs(text, published="2015-07-26"):
    return event_rows(text, published, None)


@pytest.mark.parametrize("text, other, role", [
    ("التقى وزير المالية اليوناني مندوب صندوق النقد الدولي.", "IMF", "official"),
    ("التقى وزير الخارجية اليوناني مندوب السعودية لدى الأمم المتحدة.", "SAU", "official"),
    ("التقى وزير الخارجية اليوناني المندوب السعودي لدى الأمم المتحدة.", "SAU", "official"),
    ("التقى وزير الخارجية اليوناني مندوبي الاتحاد الأوروبي.", "EU", "official"),
])
def test_a_delegate_of_a_state_or_organisation_is_its_official(text, other, role):
    assert [(b, r2) for _t, _a, _r, b, r2 in _pairs(text)] == [(other, role)]


def test_a_delegate_with_no_state_or_organisation_is_nobody():
    assert _pairs("التقى وزير الخارجية اليوناني المندوب.") == []
    assert _pairs("التقى وزير الخارجية اليوناني مندوب الشركة.") == []


def test_a_delegate_arriving_visits():
    text = "ووصلت اليوم إلى أثينا مندوبة صندوق النقد الدولي."
    assert _pairs(text) == [("VISIT", "IMF", "official", None, None)]
