"""How fast the exported training script trains, against ``cnn-designer train`` on the same run.

Trains LeNet-5 on the built-in digits for one epoch with ``cnn-designer train --out``, exports
that run as a training script, then runs the script and the command in turn, ``--rounds`` times
each, on the CPU in one process. Both write ``metrics.json`` in the same format, so each epoch's
images per second is read from there. The script uses a DataLoader and a DistributedSampler-ready
loop; ours batches from tensors on the device. The last line is
``ours_img_s=... script_img_s=... ratio=...`` (medians; ratio is script over ours).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

COMMON = ["--device", "cpu"]


def images_per_second(folder: Path) -> float:
    return float(json.loads((folder / "metrics.json").read_text())[-1]["images_per_second"])


def ours(work: Path, preset: str, dataset: str, round_: int) -> float:
    out = work / f"ours{round_}"
    subprocess.run(
        [sys.executable, "-m", "designer", "train", preset, "--dataset", dataset, "--epochs", "1",
         "--out", str(out), *COMMON],
        check=True, capture_output=True,
    )  # fmt: skip
    return images_per_second(out)


def script(work: Path, round_: int) -> float:
    out = work / f"script{round_}"
    subprocess.run(
        [sys.executable, str(work / "train.py"), "--epochs", "1", "--out", str(out), *COMMON],
        check=True, capture_output=True,
    )  # fmt: skip
    return images_per_second(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="lenet5")
    parser.add_argument("--dataset", default="digits")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        first = ours(work, args.preset, args.dataset, 0)
        subprocess.run(
            [sys.executable, "-m", "designer", "export", str(work / "ours0"), "--format", "train-script",
             "--out", str(work / "train.py")],
            check=True, capture_output=True,
        )  # fmt: skip
        ours_speeds, script_speeds = [first], []
        for round_ in range(args.rounds):
            script_speeds.append(script(work, round_))
            if round_:
                ours_speeds.append(ours(work, args.preset, args.dataset, round_))
            speeds = f"ours {ours_speeds[-1]:,.0f} img/s, script {script_speeds[-1]:,.0f} img/s"
            print(f"round {round_ + 1}: {speeds}")
    ours_median, script_median = statistics.median(ours_speeds), statistics.median(script_speeds)
    ratio = script_median / ours_median
    print(f"ours_img_s={ours_median:.0f} script_img_s={script_median:.0f} ratio={ratio:.2f}")


if __name__ == "__main__":
    main()
