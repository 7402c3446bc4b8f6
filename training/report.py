"""``report.json``, ``report.md`` and PNG plots of a run.

``report.json`` holds ``{"stages": {"sft": {...}, "sft_continued": {...}, "grpo": {...}}, "comparisons":
{"grpo_vs_sft": {...}, ...}, ...}``; every stage has ``accuracy`` (a fraction) with its Wilson
``interval``, ``n`` and per-topic/per-level figures, and every comparison the paired difference in
accuracy on the same problems with its 95% interval, so runs can be compared by script.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from training.compare import paired_difference
from training.evaluate import read_results

logger = logging.getLogger(__name__)


def load_report(output_dir) -> dict:
    path = Path(output_dir) / "report.json"
    return json.loads(path.read_text()) if path.exists() else {"stages": {}}


def write_report(output_dir, report: dict) -> None:
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, sort_keys=True, default=str))
    plots = _plots(out, report)
    (out / "report.md").write_text(_markdown(report, plots, out))
    logger.info("wrote %s", out / "report.md")


COMPARISONS = (("grpo", "sft"), ("grpo", "sft_continued"), ("sft_continued", "sft"))


def add_comparisons(output_dir, report: dict) -> None:
    """Paired differences between stages evaluated on the same problems (from ``eval/<stage>.jsonl``)."""
    found = {}
    for first, second in COMPARISONS:
        paths = [Path(output_dir) / "eval" / f"{stage}.jsonl" for stage in (first, second)]
        if first not in report.get("stages", {}) or second not in report["stages"] or not all(map(Path.exists, paths)):
            continue
        a, b = (read_results(path) for path in paths)
        common = [i for i in a if i in b]
        found[f"{first}_vs_{second}"] = paired_difference([a[i]["correct"] for i in common],
                                                          [b[i]["correct"] for i in common]).to_dict()
    report["comparisons"] = found


def _markdown(report: dict, plots: list[str], out: Path) -> str:
    stages = report.get("stages", {})
    lines = ["# Physics GRPO run", ""]
    if "config" in report:
        c = report["config"]
        model = c.get("model", {}).get("model_name_or_path")
        lines += [f"Model `{model}`, data `{c.get('data_dir')}`, seed {c.get('seed')}.", ""]
    if "stopped" in report:
        lines += [f"**Stopped:** {report['stopped']}", ""]
    if stages:
        lines += _stage_table(stages)
    if report.get("comparisons"):
        lines += ["", "Paired differences in greedy accuracy on the same test problems (95% interval, paired "
                  "bootstrap; b/c: problems only the first/second stage solves):", "",
                  "| comparison | difference | 95% interval | b | c |", "| --- | --- | --- | --- | --- |"]
        for name, d in report["comparisons"].items():
            lines.append(f"| {name.replace('_vs_', ' vs ')} | {d['difference']:+.3f} | [{d['low']:+.3f}, "
                         f"{d['high']:+.3f}] | {d['only_first']} | {d['only_second']} |")
    for group in ("topics", "levels"):
        if stages:
            lines += ["", f"Greedy accuracy by {group[:-1]} [95% interval]:", ""] + _breakdown(stages, group)
    start = report.get("grpo_start")
    if isinstance(start, dict):
        lines += ["", f"GRPO's start on {start['prompts']} pool prompts x {start['group_size']} samples: sample "
                  f"accuracy {start['sample_accuracy']:.3f}, pass@{start['group_size']} {start['pass_at_g']:.3f}, "
                  f"prompts without reward spread {start['zero_spread']:.3f}."]
    if "timings" in report:
        lines += ["", "Timings (s): " + ", ".join(f"{k} {v:.0f}" for k, v in report["timings"].items())]
    lines += _before_after(out / "eval")
    lines += [""] + [f"![{p}]({p})" for p in plots]
    return "\n".join(lines) + "\n"


def _stage_table(stages: dict) -> list[str]:
    k = next((s.get("k") for s in stages.values() if s.get("k")), 0)
    header = "| stage | n | greedy accuracy | 95% interval |" + (f" pass@{k} | sample accuracy |" if k else "")
    lines = [header, "|" + " --- |" * (header.count("|") - 1)]
    for name, s in stages.items():
        low, high = s.get("interval", (0, 1))
        row = f"| {name} | {s['n']} | {s['accuracy']:.3f} | [{low:.3f}, {high:.3f}] |"
        if k:
            row += f" {s.get(f'pass@{k}', float('nan')):.3f} | {s.get('sample_accuracy', float('nan')):.3f} |"
        lines.append(row)
    return lines


def _breakdown(stages: dict, group: str) -> list[str]:
    keys = sorted({t for s in stages.values() for t in s.get(group, {})})
    lines = [f"| {group[:-1]} | " + " | ".join(stages) + " |", "| --- |" + " --- |" * len(stages)]
    for key in keys:
        cells = []
        for s in stages.values():
            cell = s.get(group, {}).get(key)
            low, high = (cell or {}).get("interval", (0, 1))
            cells.append(f"{cell['accuracy']:.3f} [{low:.2f}, {high:.2f}]" if cell else "-")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return lines


def _before_after(eval_dir: Path, count: int = 3) -> list[str]:
    """The same test problems answered before (SFT) and after GRPO: where GRPO fixed or broke an answer."""
    if not (eval_dir / "sft.jsonl").exists() or not (eval_dir / "grpo.jsonl").exists():
        return []
    rows = {stage: read_results(eval_dir / f"{stage}.jsonl") for stage in ("sft", "grpo")}
    fixed = [i for i, r in rows["grpo"].items() if r["correct"] and not rows["sft"].get(i, r)["correct"]]
    broken = [i for i, r in rows["grpo"].items() if not r["correct"] and rows["sft"].get(i, r)["correct"]]
    lines = ["", f"Before and after GRPO: {len(fixed)} test answers fixed, {len(broken)} broken. Examples:"]
    for label, ids in (("fixed", fixed[:count]), ("broken", broken[:1])):
        for i in ids:
            lines += ["", f"`{i}` ({label}):", "", "| SFT | GRPO |", "| --- | --- |",
                      "| " + " | ".join(_cell(rows[s][i]) for s in ("sft", "grpo")) + " |"]
    return lines


def _cell(row: dict) -> str:
    text = row["completion"].strip().replace("|", "\\|").replace("\n", "<br>")
    return f"{text}<br>**{row['status']}**"


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
        x = [e["step"] for e in steps]
        fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.8))
        left.plot(x, [e["reward"] for e in steps], label="reward")
        for key, label in (("verdicts/correct", "sampled accuracy"), ("frac_reward_zero_std", "groups without spread")):
            if any(key in e for e in steps):
                left.plot(x, [e.get(key, 0) for e in steps], label=label)
        left.set_xlabel("GRPO step")
        left.legend(fontsize=8)
        left.set_title("GRPO: reward, sampled accuracy, zero-spread share")
        statuses = sorted({k for e in steps for k in e if k.startswith("verdicts/") and e[k] > 0})
        for key in statuses:
            right.plot(x, [e.get(key, 0) for e in steps], label=key.split("/", 1)[1])
        right.set_xlabel("GRPO step")
        right.set_title("verdict statuses of sampled completions")
        if statuses:
            right.legend(fontsize=8)
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
