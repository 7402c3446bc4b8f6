"""``report.json``, ``report.md`` and PNG plots of a run.

``report.json`` holds ``{"stages": {"base": {...}, "sft": {...}, "grpo": {...}}, ...}``; every stage has
``accuracy`` (a fraction), ``n`` and per-topic/per-level figures, so runs can be compared by script.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

logger = logging.getLogger(__name__)


def load_report(output_dir) -> dict:
    path = Path(output_dir) / "report.json"
    return json.loads(path.read_text()) if path.exists() else {"stages": {}}


def write_report(output_dir, report: dict) -> None:
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, sort_keys=True, default=str))
    plots = _plots(out, report)
    (out / "report.md").write_text(_markdown(report, plots))
    logger.info("wrote %s", out / "report.md")


def _markdown(report: dict, plots: list[str]) -> str:
    stages = report.get("stages", {})
    lines = ["# Physics GRPO run", ""]
    if "config" in report:
        c = report["config"]
        lines += [f"Model `{c.get('model_name_or_path')}`, data `{c.get('data_dir')}`, seed {c.get('seed')}.", ""]
    if stages:
        k = next((s.get("k") for s in stages.values() if s.get("k")), 0)
        header = "| stage | n | accuracy |" + (f" pass@{k} | sample accuracy |" if k else "")
        lines += [header, "|" + " --- |" * (header.count("|") - 1)]
        for name, s in stages.items():
            row = f"| {name} | {s['n']} | {s['accuracy']:.3f} |"
            if k:
                row += f" {s.get(f'pass@{k}', 0):.3f} | {s.get('sample_accuracy', 0):.3f} |"
            lines.append(row)
        topics = sorted({t for s in stages.values() for t in s.get("topics", {})})
        lines += ["", "Accuracy by topic:", "", "| topic | " + " | ".join(stages) + " |",
                  "| --- |" + " --- |" * len(stages)]
        for topic in topics:
            cells = [f"{s['topics'][topic]['accuracy']:.3f}" if topic in s.get("topics", {}) else "-"
                     for s in stages.values()]
            lines.append(f"| {topic} | " + " | ".join(cells) + " |")
    if "grpo_start" in report:
        lines += ["", f"Sample accuracy of the model GRPO started from: {report['grpo_start']:.3f}"]
    if "timings" in report:
        lines += ["", "Timings (s): " + ", ".join(f"{k} {v:.0f}" for k, v in report["timings"].items())]
    lines += [""] + [f"![{p}]({p})" for p in plots]
    return "\n".join(lines) + "\n"


def _plots(out: Path, report: dict) -> list[str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        logger.warning("matplotlib is not installed: no plots")
        return []
    made = []
    history = report.get("grpo_log", [])
    steps = [e for e in history if "reward" in e]
    if steps:
        fig, ax = plt.subplots(figsize=(6, 3.5))
        ax.plot([e["step"] for e in steps], [e["reward"] for e in steps], label="reward")
        if any("verdicts/correct" in e for e in steps):
            ax.plot([e["step"] for e in steps], [e.get("verdicts/correct", 0) for e in steps], label="sampled accuracy")
        ax.set_xlabel("GRPO step")
        ax.legend()
        ax.set_title("GRPO: reward and accuracy of sampled completions")
        fig.tight_layout()
        fig.savefig(out / "grpo_reward.png", dpi=100)
        plt.close(fig)
        made.append("grpo_reward.png")
    stages = report.get("stages", {})
    if stages:
        topics = sorted({t for s in stages.values() for t in s.get("topics", {})})
        fig, ax = plt.subplots(figsize=(max(6, 0.6 * len(topics) + 2), 3.5))
        width = 0.8 / len(stages)
        for i, (name, s) in enumerate(stages.items()):
            values = [s.get("topics", {}).get(t, {}).get("accuracy", 0) for t in topics] + [s["accuracy"]]
            ax.bar([x + i * width for x in range(len(topics) + 1)], values, width, label=name)
        ax.set_xticks([x + 0.4 - width / 2 for x in range(len(topics) + 1)])
        ax.set_xticklabels(topics + ["all"], rotation=45, ha="right")
        ax.set_ylabel("greedy accuracy")
        ax.set_ylim(0, 1)
        ax.legend()
        ax.set_title("Accuracy by stage and topic")
        fig.tight_layout()
        fig.savefig(out / "accuracy_by_stage.png", dpi=100)
        plt.close(fig)
        made.append("accuracy_by_stage.png")
    return made
