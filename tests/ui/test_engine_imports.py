"""torch's first import, asked for by several worker threads at once, as the Train view does."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import threading
from designer.ui.engine_imports import engine_imports

failures = []

def device_list():
    with engine_imports():
        from designer.engine.devices import available_devices
    available_devices()

def catalogue():
    with engine_imports():
        from designer.engine.datasets.catalogue import DATASETS
    assert DATASETS

def trainer():
    with engine_imports():
        from designer.engine.trainer import Trainer
    assert Trainer

def guarded(job):
    try:
        job()
    except Exception as error:
        failures.append(repr(error))

threads = [threading.Thread(target=guarded, args=(job,)) for job in (device_list, catalogue, trainer)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(failures)
"""


def test_worker_threads_can_import_the_engine_at_the_same_time():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stderr
