"""``presets``, ``summary`` and ``validate``: the design, without torch."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from designer.cli.common import fail
from designer.core.fileformat import save_architecture
from designer.core.inference import Summary, infer
from designer.core.keras_import import load_keras
from designer.core.presets import load_preset, open_architecture, preset_names
from designer.core.report import summary_json, summary_text


def invalid_design(source: str, summary: Summary) -> str:
    errors = summary.errors
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{source}: invalid design: {errors[0]}{more}"


def run_presets(args: argparse.Namespace) -> int:
    rows = []
    for name in preset_names():
        architecture = load_preset(name)
        rows.append(
            {
                "name": name,
                "title": architecture.name,
                "params": infer(architecture).total_params,
                "input": list(architecture.input.shape),
                "dataset": architecture.training.dataset if architecture.training else None,
                "description": architecture.description,
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max(len(row["name"]) for row in rows)
    for row in rows:
        shape = "x".join(str(n) for n in row["input"])
        print(f"{row['name']:<{width}}  {row['params']:>11,} params  {shape:>9}  {row['title']}")
    return 0


def run_summary(args: argparse.Namespace) -> int:
    summary = infer(open_architecture(args.arch))
    if args.json:
        print(json.dumps(summary_json(summary), ensure_ascii=False))
    else:
        print(summary_text(summary), end="")
    return 0 if summary.valid else fail(invalid_design(args.arch, summary))


def run_import_keras(args: argparse.Namespace) -> int:
    architecture = load_keras(args.model)
    save_architecture(architecture, args.out)
    summary = infer(architecture)
    print(f"{args.out}: {len(architecture.layers)} layers, {summary.total_params:,} parameters")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    summary = infer(open_architecture(args.arch))
    if not summary.valid:
        return fail(invalid_design(args.arch, summary))
    print(f"{args.arch}: valid, {len(summary.layers)} layers, {summary.total_params:,} parameters")
    return 0


def run_diagram(args: argparse.Namespace) -> int:
    from designer.ui.headless import save_diagram  # Qt only for pictures: servers may lack its libraries

    architecture = open_architecture(args.arch)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    save_diagram(architecture, out)
    print(f"wrote {out}")
    return 0
