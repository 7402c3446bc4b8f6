"""The training stack is at least the versions pyproject.toml declares, and those floors are honest: each
is at least the release that brought a feature the pipeline uses.

Why each floor (checked against the projects' changelogs and histories):
- transformers 5.0: ``warmup_steps`` below 1 is a ratio of the run (huggingface/transformers#41326, which
  deprecated ``warmup_ratio``); SFT sets ``warmup_steps=0.05``. Older versions read it as 0.05 steps.
- trl 0.26: ``GRPOConfig.use_bias_correction_kl`` (huggingface/trl#4638); 0.28: prompt-completion SFT
  under transformers 5 (huggingface/trl#4880), which is how SFT trains here.
- peft 0.18: the first release transformers 5 accepts (huggingface/transformers#41889).

On a judge-only install (no training stack) the checks of missing packages are skipped.
"""

import importlib.metadata
import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11's tomllib")
from packaging.version import Version  # noqa: E402  (after the skip above)

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
# The oldest release of each package with the features the pipeline uses (see the module docstring).
FEATURE_FLOORS = {"transformers": "5.0", "trl": "0.28", "peft": "0.18"}


def declared_floors() -> dict[str, str]:
    """``{package: floor}`` from the ``train`` extra's ``name>=version`` requirements.

    >>> "trl" in declared_floors()
    True
    """
    extra = tomllib.loads(PYPROJECT.read_text())["project"]["optional-dependencies"]["train"]
    floors = {}
    for requirement in extra:
        match = re.match(r"^([A-Za-z0-9_.-]+)(?:\[[^]]*\])?\s*>=\s*([0-9][0-9A-Za-z.]*)", requirement)
        if match:
            floors[match.group(1).lower()] = match.group(2)
    return floors


@pytest.mark.parametrize("package", sorted(declared_floors()))
def test_installed_version_meets_the_declared_floor(package):
    try:
        installed = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{package} is not installed (a judge-only install)")
    floor = declared_floors()[package]
    assert Version(installed) >= Version(floor), (
        f"{package} {installed} is older than the floor {floor} in pyproject.toml; the pipeline needs "
        f"features of {floor}: pip install -U '.[train]'")


@pytest.mark.parametrize("package, needed", sorted(FEATURE_FLOORS.items()))
def test_declared_floor_has_the_features_the_code_uses(package, needed):
    declared = declared_floors().get(package)
    assert declared is not None, f"pyproject.toml's train extra declares no floor for {package}"
    assert Version(declared) >= Version(needed), (
        f"pyproject.toml declares {package}>={declared}, but the pipeline uses features first released "
        f"in {package} {needed} (see this test's docstring)")


def test_the_installed_stack_has_those_features():
    transformers = pytest.importorskip("transformers")
    trl = pytest.importorskip("trl")
    assert "use_bias_correction_kl" in trl.GRPOConfig.__dataclass_fields__, \
        f"trl {trl.__version__} has no GRPOConfig.use_bias_correction_kl (added in 0.26)"
    args = transformers.TrainingArguments(output_dir="unused", warmup_steps=0.05, report_to="none")
    assert args.get_warmup_steps(100) == 5, \
        f"transformers {transformers.__version__} does not read warmup_steps=0.05 as 5% of the run (5.0+)"
