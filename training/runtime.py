"""Process set-up that must happen before torch is imported.

On small CPU machines OpenMP threads that spin while waiting make training steps stall 10-20x:
``OMP_WAIT_POLICY=PASSIVE`` must be in the environment before torch loads its OpenMP runtime.
"""

from __future__ import annotations

import logging
import os
import sys


def setup(torch_threads: int = 0) -> None:
    """Set the OpenMP wait policy (before torch is imported) and torch's thread count."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if "torch" in sys.modules and os.environ["OMP_WAIT_POLICY"] != "PASSIVE":
        logging.getLogger(__name__).warning("torch was imported before OMP_WAIT_POLICY=PASSIVE was set: CPU "
                                            "training may stall; set it in the environment")
    import torch

    torch.set_num_threads(torch_threads or default_threads())


def default_threads() -> int:
    """OMP_NUM_THREADS if set, else the cores shared among the processes on this machine."""
    if os.environ.get("OMP_NUM_THREADS", "").isdigit():
        return max(1, int(os.environ["OMP_NUM_THREADS"]))
    local = int(os.environ.get("LOCAL_WORLD_SIZE", "1") or 1)
    return max(1, (os.cpu_count() or 1) // max(1, local))


def device_summary() -> str:
    import torch

    if torch.cuda.is_available():
        return f"cuda ({torch.cuda.get_device_name(0)})"
    return f"cpu ({torch.get_num_threads()} threads)"
