"""Settings: defaults, values as administrators write them, and a clear refusal of the rest."""

import pytest

from pantau import settings
from pantau.errors import SettingInvalid


def test_defaults_when_nothing_is_set(monkeypatch):
    for name in ("PANTAU_ON_TRACK", "PANTAU_AT_RISK", "PANTAU_MAX_UPLOAD_MB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PANTAU_REPORT_GRACE_DAYS", "")  # set but blank reads as unset
    assert settings.status_thresholds() == settings.StatusThresholds(90.0, 70.0)
    assert settings.max_upload_bytes() == 50 * 1024 * 1024
    assert settings.report_grace_days() == 30


def test_numbers_as_written(monkeypatch):
    monkeypatch.setenv("PANTAU_ON_TRACK", " 92,5 ")  # a decimal comma, spaces around
    monkeypatch.setenv("PANTAU_AT_RISK", "65")
    monkeypatch.setenv("PANTAU_MAX_UPLOAD_MB", "1.5")
    monkeypatch.setenv("PANTAU_REPORT_GRACE_DAYS", "45")
    assert settings.status_thresholds() == settings.StatusThresholds(92.5, 65.0)
    assert settings.max_upload_bytes() == 1_572_864
    assert settings.max_upload_mb() == 2  # rounded up for Streamlit's uploader
    assert settings.report_grace_days() == 45


@pytest.mark.parametrize("value", ["sembilan puluh", "90%", "-5", "inf", "nan"])
def test_a_wrong_value_is_refused_naming_the_variable(monkeypatch, value):
    monkeypatch.setenv("PANTAU_ON_TRACK", value)
    with pytest.raises(SettingInvalid) as refused:
        settings.status_thresholds()
    for lang in ("id", "en"):
        message = refused.value.message(lang)
        assert "PANTAU_ON_TRACK" in message and value in message, message
    assert refused.value.message("en") != refused.value.message("id")
