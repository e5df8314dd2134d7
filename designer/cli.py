"""The command line: the headless face of the core and the engine.

Bad input ends with one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from designer import __version__
from designer.core.errors import DesignerError
from designer.core.inference import Summary, infer
from designer.core.presets import load_preset, open_architecture, preset_names
from designer.core.report import summary_json, summary_text

PROG = "cnn-designer"
EXIT_BAD_INPUT = 2


def _invalid(source: str, summary: Summary) -> str:
    errors = summary.errors
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{source}: invalid design: {errors[0]}{more}"


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run_presets(args: argparse.Namespace) -> int:
    rows = []
    for name in preset_names():
        architecture = load_preset(name)
        summary = infer(architecture)
        rows.append(
            {
                "name": name,
                "title": architecture.name,
                "params": summary.total_params,
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
    return 0 if summary.valid else _fail(_invalid(args.arch, summary))


def run_validate(args: argparse.Namespace) -> int:
    summary = infer(open_architecture(args.arch))
    if not summary.valid:
        return _fail(_invalid(args.arch, summary))
    print(f"{args.arch}: valid, {len(summary.layers)} layers, {summary.total_params:,} parameters")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Design, train, inspect and export convolutional networks.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    arch_help = "an architecture JSON file or a preset name (see 'presets')"
    presets = command("presets", run_presets, "list the preset architectures")
    presets.add_argument("--json", action="store_true", help="print JSON")
    summary = command("summary", run_summary, "print each layer's output shape, parameters and MACs")
    summary.add_argument("arch", metavar="ARCH", help=arch_help)
    summary.add_argument("--json", action="store_true", help="print one JSON object")
    validate = command("validate", run_validate, "check an architecture; exit 0 when it is valid")
    validate.add_argument("arch", metavar="ARCH", help=arch_help)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        code: int = args.run(args)
    except DesignerError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 130
    return code
