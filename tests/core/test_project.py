from __future__ import annotations

import json

import pytest

from designer.core.errors import FormatError
from designer.core.fileformat import save_architecture
from designer.core.presets import load_preset
from designer.core.project import dumps_project, load_document, save_project


def test_project_round_trips_byte_for_byte(tmp_path):
    path = tmp_path / "net.cnnd"
    save_project(load_preset("cifar10_cnn"), path)
    text = path.read_text()
    assert json.loads(text)["format"] == "cnn-designer/project"
    assert load_document(path) == load_preset("cifar10_cnn")
    assert dumps_project(load_document(path)) == text


def test_plain_architecture_files_open_too(tmp_path):
    path = tmp_path / "net.json"
    save_architecture(load_preset("lenet5"), path)
    assert load_document(path) == load_preset("lenet5")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "something"}, "is neither a cnn-designer project nor an architecture file"),
        ({"format": "cnn-designer/project", "version": 2}, "written by a newer cnn-designer"),
        ({"format": "cnn-designer/project", "version": 1}, 'missing the key "architecture"'),
        ({"format": "cnn-designer/project", "version": 1, "runs": []}, "$.runs: unknown key"),
        (
            {
                "format": "cnn-designer/project",
                "version": 1,
                "architecture": {
                    "format": "cnn-designer/architecture",
                    "version": 1,
                    "input": {"channels": 1, "height": 8, "width": 8},
                    "layers": [{"type": "Flat"}],
                },
            },
            '$.architecture.layers[0].type: unknown layer type "Flat"',
        ),
    ],
)
def test_bad_projects_are_refused_with_the_path(tmp_path, document, message):
    path = tmp_path / "bad.cnnd"
    path.write_text(json.dumps(document))
    with pytest.raises(FormatError) as caught:
        load_document(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))
