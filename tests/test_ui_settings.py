"""Typed settings over the ini file, the recent-workspaces list, the profile, and language choice."""

from __future__ import annotations

import pytest

from desktop.core import paths
from desktop.ui import i18n
from desktop.ui.profile import Profile, phone_problem
from desktop.ui.settings import Settings, settings
from tests.test_ui_helpers import OFFSCREEN_NOISE, sifa_profile, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_defaults_then_values_survive_a_restart(ui_app):
    s = Settings()
    assert s.path == paths.settings_file()
    assert (s.language, s.my_indicators_only, s.recent_workspaces, s.profile) == ("zh_CN", True, [], {})
    s.language = "en"
    s.my_indicators_only = False
    s.deadline = "2022-09-30T18:00"
    s.profile = sifa_profile().to_dict()
    s.sync()
    again = Settings(s.path)  # a new QSettings reading the same file: what the next start sees
    assert again.language == "en"
    assert again.my_indicators_only is False
    assert again.deadline == "2022-09-30T18:00"
    assert Profile.from_dict(again.profile) == sifa_profile()
    assert "市司法局" in s.path.read_text(encoding="utf-8")


def test_a_damaged_value_falls_back_to_the_default(ui_app):
    s = Settings()
    s.qsettings.setValue("workspaces/recent", "{not json")
    s.qsettings.setValue("view/my_indicators_only", "maybe")
    assert s.recent_workspaces == []
    assert s.my_indicators_only is False  # anything but a yes-word reads as False, never as an exception


def test_recent_workspaces_most_recent_first_unique_and_bounded(ui_app, tmp_path):
    s = Settings()
    folders = []
    for n in range(10):
        f = tmp_path / f"工作区{n}"
        f.mkdir()
        folders.append(str(f))
        s.add_recent_workspace(f)
    s.add_recent_workspace(folders[5])
    assert s.recent_workspaces[0] == folders[5]
    assert len(s.recent_workspaces) == Settings.RECENT_MAX
    assert len(set(s.recent_workspaces)) == Settings.RECENT_MAX
    (tmp_path / "工作区9").rmdir()  # e.g. the USB stick is not plugged in
    assert folders[9] not in s.existing_recent_workspaces()
    assert folders[9] in s.recent_workspaces  # kept: it may come back
    s.remove_recent_workspace(folders[9])
    assert folders[9] not in s.recent_workspaces


def test_one_settings_object_per_data_folder(ui_app):
    assert settings() is settings()


def test_language_env_beats_setting_and_defaults_to_chinese(monkeypatch):
    monkeypatch.delenv("EVIDENCE_DESK_LANG", raising=False)
    assert i18n.choose(None) == "zh_CN"
    assert i18n.choose("en_US") == "en"
    assert i18n.choose("fr") == "zh_CN"
    monkeypatch.setenv("EVIDENCE_DESK_LANG", "zh_CN")
    assert i18n.choose("en") == "zh_CN"


@pytest.mark.parametrize("phone,problem", [
    ("", None), ("0356-1234567", None), ("13800138000", None), ("(0356) 123 4567 转 8001", None),
    ("１３８００１３８０００", None), ("+86 138 0013 8000", None),
    ("电话", "chars"), ("abc1234567", "chars"), ("12345", "short"), ("1" * 21, "long"),
])
def test_phone_numbers_are_checked_loosely(phone, problem):
    assert phone_problem(phone) == problem


def test_profile_from_incomplete_dict_is_none():
    assert Profile.from_dict({}) is None
    assert Profile.from_dict({"unit": "市司法局"}) is None
