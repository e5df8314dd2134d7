"""How the training settings are grouped, and which ones the others make irrelevant."""

from __future__ import annotations

import pytest

from designer.core.training import SECTIONS, TrainingSettings, training_params, unused_settings


def test_the_sections_show_every_setting_but_the_data_set_once():
    shown = [name for _, names in SECTIONS for name in names]
    assert sorted(shown) == sorted(p.name for p in training_params() if p.name != "dataset")


@pytest.mark.parametrize(
    ("changes", "unused"),
    [
        ({"optimizer": "sgd", "schedule": "step"}, set()),
        ({"optimizer": "adam"}, {"momentum", "nesterov", "step_epochs", "step_gamma"}),
        ({"optimizer": "rmsprop", "schedule": "cosine"}, {"nesterov", "step_epochs", "step_gamma"}),
        (
            {"optimizer": "sgd", "validation": "test"},
            {"validation_fraction", "step_epochs", "step_gamma"},
        ),
    ],
)
def test_unused_settings_follow_the_choices(changes, unused):
    assert unused_settings(TrainingSettings().with_values(**changes)) == unused
