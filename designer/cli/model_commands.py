"""``predict`` and ``export``: what a trained model (a bundle or a run folder) is used for."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

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
            (bundle.class_names[int(index)], float(value))
            for value, index in zip(top.values, top.indices, strict=True)
        ]
        results.append({"image": name, "top": [{"class": c, "probability": p} for c, p in ranked]})
        if not args.json:
            print(f"{name}: " + ", ".join(f"{c} {p:.4f}" for c, p in ranked))
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    return 0


def export(args: argparse.Namespace) -> int:
    bundle = load_bundle(args.bundle)
    for path in export_model(bundle, args.format, Path(args.out)):
        print(f"wrote {path}")
    return 0
