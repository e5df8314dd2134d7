"""Shared test setup: Qt renders offscreen unless ``--headed`` is given."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# The default run tries a few hundred examples per property; HYPOTHESIS_PROFILE=thorough many more.
settings.register_profile(
    "default", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=5000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--headed", action="store_true", help="show Qt windows on the real screen")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--headed"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
