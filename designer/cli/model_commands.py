"""``predict`` and ``export``: what a trained model (a bundle or a run folder) is used for."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from designer.core.atomic import write_atomic
from designer.core.metrics_files import metrics_csv, metrics_json, read_metrics
from designer.engine.bundle import load_bundle
from designer.engine.export import export_model
from designer.engine.inspect_data import file_image, normalise


def predict(args: argparse.Namespace) -> int:
    """Print each image's most likely classes: ``IMAGE: class p, class p, ...`` (or one JSON list)."""
    bundle = load_bundle(args.bundle)
    model = bundle.model()
    shape = bundle.architecture.input.shape
    results = []
    for name in args.images:
        image = file_image(name, (shape[0], shape[1], shape[2]))
        with torch.inference_mode():
            probabilities = torch.softmax(model(normalise(image, bundle.normalization)[None]), dim=1)[0]
        top = torch.topk(probabilities, min(args.top, probabilities.numel()))
        ranked = [
            (bundle.class_name(int(index)), float(value))
            for value, index in zip(top.values, top.indices, strict=True)
        ]
        results.append({"image": name, "top": [{"class": c, "probability": p} for c, p in ranked]})
        if not args.json:
            print(f"{name}: " + ", ".join(f"{c} {p:.4f}" for c, p in ranked))
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    return 0


def export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.format in ("metrics-csv", "metrics-json", "plots"):
        written = _export_record(args.format, args.bundle, out)
    elif args.format == "diagram":
        from designer.ui.headless import save_diagram  # Qt only for pictures: servers may lack its libraries

        out.parent.mkdir(parents=True, exist_ok=True)
        save_diagram(load_bundle(args.bundle).architecture, out)
        written = [out]
    else:
        written = export_model(load_bundle(args.bundle), args.format, out)
    for path in written:
        print(f"wrote {path}")
    return 0


def _export_record(format_name: str, folder: str, out: Path) -> list[Path]:
    """A run folder's metrics as CSV or JSON, or its plots as PNG files."""
    epochs = read_metrics(folder)
    out.parent.mkdir(parents=True, exist_ok=True)
    if format_name == "plots":
        from designer.ui.headless import save_plots

        return save_plots(epochs, out, Path(folder).name)
    text = metrics_csv(epochs) if format_name == "metrics-csv" else metrics_json(epochs)
    write_atomic(out, text.encode("utf-8"))
    return [out]
