"""Test collection for both installs.

Every test under ``tests/training/`` and doctest in ``training/`` carries the ``training`` marker
(``pytest -m "not training"`` runs the judge's and rewards' tests alone). In a judge-only install
(``pip install -e ".[test]"``: no torch), the training tests and the ``training`` package's doctests cannot
import; each of those two directories is then collected as one skipped test that says which packages are
missing and how to install them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
TRAINING_DIRS = (ROOT / "training", ROOT / "tests" / "training")
TRAINING_STACK = ("torch", "transformers", "trl", "peft", "accelerate", "datasets")


def missing_training_stack() -> list[str]:
    """The training extra's packages that are not installed (empty in a full install)."""
    return [name for name in TRAINING_STACK if importlib.util.find_spec(name) is None]


class TrainingStackMissing(pytest.Directory):
    """A training directory in a judge-only install: one skipped test instead of import errors."""

    def collect(self):
        yield SkippedTrainingTests.from_parent(self, name=f"{self.path.relative_to(ROOT)}/")


class SkippedTrainingTests(pytest.Item):
    def runtest(self):
        pytest.skip(f"needs the training stack, not installed here ({', '.join(missing_training_stack())}): "
                    f"pip install -e '.[train]' (torch first, see the README)")

    def reportinfo(self):
        return self.path, None, self.name


def pytest_collect_directory(path, parent):
    if path in TRAINING_DIRS and missing_training_stack():
        return TrainingStackMissing.from_parent(parent, path=path)
    return None


def pytest_collection_modifyitems(items):
    for item in items:
        if any(folder in item.path.parents for folder in TRAINING_DIRS):
            item.add_marker(pytest.mark.training)
