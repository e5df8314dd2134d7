"""The command line: the headless face of the core and the engine.

Bad input ends with one line on stderr and exit status 2, never a traceback.
Commands that need torch import it only when they run, so ``summary`` stays quick.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from designer import __version__
from designer.cli.common import EXIT_INTERRUPTED, PROG, fail
from designer.cli.design_commands import (
    run_diagram,
    run_import_keras,
    run_presets,
    run_summary,
    run_validate,
)
from designer.core.errors import DesignerError
from designer.core.export_formats import EXPORT_FORMATS, RECORD_FORMATS

#: The views ``gui --view`` can show.
VIEWS = ("design", "train", "inspect", "tune")
ARCH_HELP = "an architecture JSON file or a preset name (see 'presets')"


def run_train(args: argparse.Namespace) -> int:
    from designer.cli.train_command import train

    return train(args)


def run_tune(args: argparse.Namespace) -> int:
    from designer.cli.tune_command import tune

    return tune(args)


def run_predict(args: argparse.Namespace) -> int:
    from designer.cli.model_commands import predict

    return predict(args)


def run_export(args: argparse.Namespace) -> int:
    from designer.cli.model_commands import export

    return export(args)


def _add_model_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    where = "a model bundle (.cnnbundle) or a run folder"
    predict = command("predict", run_predict, "print the most likely classes of images")
    predict.add_argument("bundle", metavar="BUNDLE", help=where)
    predict.add_argument("images", nargs="+", metavar="IMAGE", help="image files")
    predict.add_argument(
        "--top", type=int, default=3, metavar="K", help="how many classes to print (default 3)"
    )
    predict.add_argument("--json", action="store_true", help="print one JSON list")
    export = command("export", run_export, "write a trained model, its metrics or plots in another format")
    export.add_argument("bundle", metavar="BUNDLE", help=where)
    formats = EXPORT_FORMATS + RECORD_FORMATS
    export.add_argument(
        "--format",
        required=True,
        choices=[f.name for f in formats],
        help="; ".join(f"{f.name}: {f.help}" for f in formats),
    )
    export.add_argument("--out", required=True, metavar="PATH", help="the file to write")


def run_gui_command(args: argparse.Namespace) -> int:
    from designer.ui.app import run_gui

    return run_gui(args.source, args.screenshot, args.view)


def _add_gui(command: Callable[..., argparse.ArgumentParser]) -> None:
    gui = command("gui", run_gui_command, "open the designer window (the default without a command)")
    gui.add_argument(
        "source", nargs="?", metavar="FILE|PRESET", help="a project, architecture file or preset"
    )
    gui.add_argument(
        "--screenshot", metavar="PNG", help="lay out the window at 1400x900, save a PNG of it and exit"
    )
    gui.add_argument("--view", choices=VIEWS, default="design", help="the view to show")


def _add_data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", help="where torchvision data sets are kept or downloaded"
    )
    parser.add_argument(
        "--no-download", action="store_true", help="never download; use what --data-dir holds"
    )


def _add_train(command: Callable[..., argparse.ArgumentParser]) -> None:
    train = command("train", run_train, "train an architecture and report its test accuracy")
    train.add_argument("arch", metavar="ARCH", help=ARCH_HELP)
    train.add_argument(
        "--dataset",
        metavar="NAME",
        help="digits, shapes, mnist, fashion_mnist, cifar10, cifar100 "
        "or a folder of images with one subfolder per class (default: the design's suggestion)",
    )
    _add_data_options(train)
    train.add_argument("--epochs", type=int, metavar="N")
    train.add_argument("--batch-size", type=int, metavar="B")
    train.add_argument("--optimizer", metavar="NAME", help="sgd, adam, adamw or rmsprop")
    train.add_argument("--lr", type=float, metavar="X", help="learning rate")
    train.add_argument("--device", metavar="D", help="auto, cpu, cuda, cuda:N or mps")
    train.add_argument("--seed", type=int, metavar="S")
    train.add_argument("--limit-train", type=int, metavar="N", help="use only the first N training images")
    train.add_argument("--limit-test", type=int, metavar="N", help="use only the first N test images")
    train.add_argument("--config", metavar="FILE", help="a JSON object of training settings")
    train.add_argument("--out", metavar="DIR", help="write the run folder (metrics, checkpoints) here")
    train.add_argument(
        "--resume", action="store_true", help="continue the run in --out from its last checkpoint"
    )


def _add_tune(command: Callable[..., argparse.ArgumentParser]) -> None:
    tune = command("tune", run_tune, "search hyperparameters: train trials of a design and report the best")
    tune.add_argument("arch", metavar="ARCH", help=ARCH_HELP)
    tune.add_argument("--dataset", metavar="NAME", help="as for train (default: the design's suggestion)")
    tune.add_argument(
        "--trials", type=int, default=10, metavar="N", help="trials this process finishes (default 10)"
    )
    tune.add_argument(
        "--timeout",
        type=float,
        metavar="S",
        help="start no new trial after S seconds (the last one finishes)",
    )
    tune.add_argument(
        "--storage",
        metavar="URL",
        help="an Optuna storage URL such as sqlite:///study.db or postgresql://user@host/db; "
        "processes given the same URL and study share it (default: sqlite:///STUDY.db here)",
    )
    tune.add_argument(
        "--study", metavar="NAME", help="the study's name (default: ARCH's file or preset name)"
    )
    tune.add_argument(
        "--space", metavar="FILE", help="a search space JSON file (default: a space suggested for the design)"
    )
    tune.add_argument("--sampler", choices=("tpe", "random"), default="tpe", help="how trials pick values")
    tune.add_argument(
        "--pruner", choices=("median", "halving", "none"), default="median", help="how poor trials stop early"
    )
    tune.add_argument("--seed", type=int, default=0, metavar="N", help="the sampler's seed (default 0)")
    tune.add_argument("--epochs", type=int, metavar="N", help="epochs per trial (default: the design's)")
    _add_data_options(tune)
    tune.add_argument("--device", metavar="D", help="auto, cpu, cuda, cuda:N or mps")
    tune.add_argument("--out", metavar="DIR", help="the trials' run folders go here (default: STUDY-trials)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Design, train, inspect and export convolutional networks."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    presets = command("presets", run_presets, "list the preset architectures")
    presets.add_argument("--json", action="store_true", help="print JSON")
    summary = command("summary", run_summary, "print each layer's output shape, parameters and MACs")
    summary.add_argument("arch", metavar="ARCH", help=ARCH_HELP)
    summary.add_argument("--json", action="store_true", help="print one JSON object")
    validate = command("validate", run_validate, "check an architecture; exit 0 when it is valid")
    validate.add_argument("arch", metavar="ARCH", help=ARCH_HELP)
    diagram = command("diagram", run_diagram, "draw the architecture diagram as PNG or SVG")
    diagram.add_argument("arch", metavar="ARCH", help=ARCH_HELP)
    diagram.add_argument("--out", required=True, metavar="FILE", help="a .png or .svg file")
    keras = command(
        "import-keras", run_import_keras, "turn a Keras Sequential model's JSON into an architecture"
    )
    keras.add_argument("model", metavar="MODEL.json", help="what Keras's model.to_json() wrote")
    keras.add_argument("--out", required=True, metavar="ARCH.json", help="the architecture file to write")
    _add_gui(command)
    _add_train(command)
    _add_tune(command)
    _add_model_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    try:
        code: int = args.run(args)
    except DesignerError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"{error.filename or 'a file'}: {error.strerror or error}")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return code
