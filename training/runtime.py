"""Process set-up that must happen before torch is imported.

On small CPU machines OpenMP threads that spin while waiting make training steps stall 10-20x:
``OMP_WAIT_POLICY=PASSIVE`` must be in the environment before torch loads its OpenMP runtime.
"""

from __future__ import annotations

import os
import sys


def setup(torch_threads: int = 0) -> None:
    """Set the OpenMP wait policy (before torch is imported) and torch's thread count."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if "torch" in sys.modules and os.environ["OMP_WAIT_POLICY"] != "PASSIVE":
        return
    import torch

    torch.set_num_threads(torch_threads or max(1, os.cpu_count() or 1))


def device_summary() -> str:
    import torch

    if torch.cuda.is_available():
        return f"cuda ({torch.cuda.get_device_name(0)})"
    return f"cpu ({torch.get_num_threads()} threads)"
