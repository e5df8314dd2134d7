"""``cnn-designer tune`` run as users run it: studies of a tiny design on tiny MNIST files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from designer.core.fileformat import save_architecture
from designer.core.search_space import Knob, SearchSpace, save_space
from designer.engine.tuning import sqlite_url, study_trials
from tests.engine.dataset_files import write_mnist
from tests.engine.test_tuning import network, squares_split

BEST = re.compile(r"best_value=(\d\.\d{4}) best_params=(\{.*\})")
TRIAL = re.compile(r"trial (\d+): (complete|pruned|failed)( value=\d\.\d{4})? params=\{.*\} \d+\.\d s")


@pytest.fixture
def setup(tmp_path: Path) -> Path:
    """A folder with MNIST files in data/, the design in tiny.json and a two-knob space in space.json."""
    write_mnist(tmp_path / "data", squares_split(200, 1), squares_split(60, 2))
    save_architecture(network(), tmp_path / "tiny.json")
    space = SearchSpace(
        (Knob("learning_rate", low=1e-3, high=0.03, log=True), Knob("filters", "conv", choices=(2, 4)))
    )
    save_space(space, tmp_path / "space.json")
    return tmp_path


def arguments(*args: str) -> list[str]:
    """``tune`` of the setup's design and space, run in its folder."""
    return ["tune", "tiny.json", "--data-dir", "data", "--no-download", "--space", "space.json", *args]


#: Tiny networks train fastest on one thread, above all while several processes share the cores.
ONE_THREAD = {**os.environ, "OMP_NUM_THREADS": "1"}


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "designer", *arguments(*args)]


def tune(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args), cwd=folder, env=ONE_THREAD, capture_output=True, text=True, timeout=180, check=False
    )


def test_tune_prints_each_trial_and_ends_with_the_best(setup):
    result = tune(setup, "--trials", "3", "--pruner", "none")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    trials = [TRIAL.fullmatch(line) for line in lines if line.startswith("trial ")]
    assert [int(match.group(1)) for match in trials if match] == [0, 1, 2]
    best = BEST.fullmatch(lines[-1])
    assert best is not None, lines[-1]
    params = json.loads(best.group(2))
    assert set(params) == {"learning_rate", "conv.filters"}
    stored = study_trials(sqlite_url(setup / "tiny.db"), "tiny")
    assert max(trial.value or 0.0 for trial in stored) == pytest.approx(float(best.group(1)), abs=1e-4)
    assert {trial.folder for trial in stored} == {setup / "tiny-trials" / f"trial-{n}" for n in range(3)}
    assert f"Study tiny in {sqlite_url(setup / 'tiny.db')}" in lines[0]


@pytest.mark.parametrize(
    ("space", "message"),
    [
        ("{not json", "space.json"),
        ('{"format": "cnn-designer/search-space", "version": 1, "knobs": [{"param": 3}]}', "knobs[0].param"),
        (
            '{"format": "cnn-designer/search-space", "version": 1, '
            '"knobs": [{"param": "units", "layer": "nowhere", "choices": [1, 2]}]}',
            "the search space does not fit the design: there is no layer called nowhere",
        ),
    ],
)
def test_a_bad_space_file_is_one_line_and_exit_2(setup, space, message, monkeypatch, capsys):
    (setup / "space.json").write_text(space)
    monkeypatch.chdir(setup)

    assert main(arguments("--trials", "1")) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith("cnn-designer: ")
    assert message in err
    assert not (setup / "tiny-trials").exists()


def test_two_processes_share_one_sqlite_study_without_losing_or_repeating_trials(setup):
    storage = sqlite_url(setup / "shared.db")
    args = ("--trials", "3", "--storage", storage, "--study", "shared", "--pruner", "none")
    workers = [
        subprocess.Popen(
            command(*args),
            cwd=setup,
            env=ONE_THREAD,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [worker.communicate(timeout=180) for worker in workers]

    assert [worker.returncode for worker in workers] == [0, 0], [err for _, err in outputs]
    printed = sorted(int(n) for out, _ in outputs for n in re.findall(r"^trial (\d+):", out, re.MULTILINE))
    assert printed == list(range(6))
    stored = study_trials(storage, "shared")
    assert [trial.number for trial in stored] == list(range(6))
    assert {trial.state for trial in stored} == {"complete"}
    assert len({trial.folder for trial in stored}) == 6
