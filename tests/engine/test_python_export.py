"""The standalone Python export: a fresh Python process without cnn-designer reproduces our outputs,
and nothing from the architecture file can inject code into the source."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.engine.export import export_model
from tests.engine.export_models import EXPORT_CASES, bundle_of, export_case


def run_exported(path: Path, x: torch.Tensor, tmp_path: Path) -> torch.Tensor:
    """The exported module's outputs for ``x``, computed in a fresh process that cannot import us."""
    torch.save(x, tmp_path / "x.pt")
    script = textwrap.dedent(
        f"""
        import runpy, sys
        sys.modules["designer"] = None
        sys.path.insert(0, {str(path.parent)!r})
        import torch
        module = runpy.run_path({str(path)!r})
        model = module["load"]()
        torch.save(model(torch.load({str(tmp_path / "x.pt")!r})), {str(tmp_path / "y.pt")!r})
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    return torch.load(tmp_path / "y.pt")


@pytest.mark.parametrize("name", EXPORT_CASES)
def test_the_exported_source_reproduces_our_outputs(name, tmp_path):
    architecture = export_case(name)
    bundle = bundle_of(architecture)
    target = tmp_path / "export" / "net.py"
    export_model(bundle, "python", target)
    source = target.read_text()
    for layer in architecture.layers:
        assert f"self.add_module({layer.name!r}" in source  # the designed names
    x = torch.randn(4, *architecture.input.shape)
    with torch.no_grad():
        ours = bundle.model()(x)
    torch.testing.assert_close(run_exported(target, x, tmp_path), ours, rtol=0, atol=1e-5)


def test_crafted_names_cannot_inject_code(tmp_path):
    marker = "pwned"
    crafted = f"c1'])\nopen({marker!r}, 'w')\n#"
    architecture = Architecture(
        InputSpec(1, 8, 8),
        (
            Layer.new("Conv2D", crafted, filters=2),
            Layer.new("Flatten", 'x"""\nopen("pwned", "w")\n"""'),
            Layer.new("Dense", "out", units=2),
        ),
        name=f'"""\n__import__("os").system("touch {marker}")\n"""',
    )
    bundle = bundle_of(architecture, class_names=(f"a'\nopen({marker!r}, 'w')\n'", '\\"""'))
    target = tmp_path / "net.py"
    export_model(bundle, "python", target)
    x = torch.randn(2, 1, 8, 8)
    with torch.no_grad():
        ours = bundle.model()(x)
    torch.testing.assert_close(run_exported(target, x, tmp_path), ours, rtol=0, atol=1e-5)
    assert not (tmp_path / marker).exists()
    namespace: dict[str, object] = {}
    exec(compile(target.read_text(), str(target), "exec"), namespace)  # noqa: S102 - the file under test
    assert namespace["NAME"] == architecture.name
    assert namespace["CLASS_NAMES"] == list(bundle.class_names)
    assert not (Path.cwd() / marker).exists()
