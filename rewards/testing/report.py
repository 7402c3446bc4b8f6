r"""Scoreboards for audits: a text report for a terminal and a Markdown table comparing rewards.

>>> from rewards.testing.audit import audit_reward
>>> from rewards.testing.baselines import substring_match_reward
>>> from rewards.testing.corpus import default_corpus
>>> audit = audit_reward(substring_match_reward, cases=default_corpus(["several_boxes"]), contract=False)
>>> print(markdown_table([audit]).splitlines()[2])
| **false positives (all)** | 100.0% |
"""

from __future__ import annotations

from rewards.testing.audit import RewardAudit


def _pct(rate: float) -> str:
    return f"{100 * rate:.1f}%"


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 3] + "..."


def scoreboard(audit: RewardAudit, worst: int = 10) -> str:
    """A plain-text report: rates, each category, the first ``worst`` failures, the contract checks."""
    lines = [f"reward audit: {audit.reward_name} ({audit.n_cases} cases, paid at >= {audit.threshold}, "
             f"{audit.completion_format} completions, {audit.seconds:.1f} s)",
             f"false positives {_pct(audit.false_positive_rate)}   false negatives {_pct(audit.false_negative_rate)}",
             "", f"{'category':<22} {'must':<7} {'n':>4} {'failed':>7} {'rate':>7} {'mean':>6}"]
    for score in audit.by_category.values():
        must = "pay" if score.should_pay else "reject"
        lines.append(f"{score.name:<22} {must:<7} {score.n:>4} {score.failed:>7} {_pct(score.rate):>7} "
                     f"{score.mean_reward:>6.2f}")
    if audit.failures:
        lines += ["", f"failures ({len(audit.failures)}; first {min(worst, len(audit.failures))}, exploits first):"]
        ordered = sorted(audit.failures, key=lambda r: (r.case.should_pay, r.case.id))
        for result in ordered[:worst]:
            got = result.error or result.reward
            lines.append(f"  {result.case.id}: got {got!r} for {_short(result.case.completion, 70)!r} "
                         f"(gold {result.case.answer!r})")
    if audit.contract:
        lines += ["", "contract:"]
        lines += [f"  {'PASS' if c.passed else 'FAIL'} {c.name}" + (f": {_short(c.detail, 100)}" if c.detail else "")
                  for c in audit.contract]
    lines += [f"note: {n}" for n in audit.notes]
    lines += ["", "OK" if audit.ok else "FAILED: an exploit or wrong answer was paid, a case raised, "
                                          "or a contract check failed"]
    return "\n".join(lines)


def markdown_table(audits: list[RewardAudit]) -> str:
    """One row per category (its FN or FP rate), one column per reward, overall rates and contract first."""
    header = "| category | " + " | ".join(a.reward_name for a in audits) + " |"
    lines = [header, "|" + " --- |" * (len(audits) + 1),
             "| **false positives (all)** | " + " | ".join(_pct(a.false_positive_rate) for a in audits) + " |",
             "| **false negatives (all)** | " + " | ".join(_pct(a.false_negative_rate) for a in audits) + " |"]
    if any(a.contract for a in audits):
        lines.append("| contract checks failed | " + " | ".join(
            ", ".join(c.name for c in a.contract_failures) or "none" for a in audits) + " |")
    names = list(dict.fromkeys(name for a in audits for name in a.by_category))
    for name in names:
        scores = [a.by_category.get(name) for a in audits]
        first = next(s for s in scores if s is not None)
        label = f"{name} ({'FN' if first.should_pay else 'FP'}, n={first.n})"
        lines.append(f"| {label} | " + " | ".join(_pct(s.rate) if s else "-" for s in scores) + " |")
    return "\n".join(lines)
