r"""A small, readable reference of the GRPO objective as this project defines it.

For each prompt, G completions with rewards R_1..R_G:

    A_i = (R_i - mean R) / (std R + eps)      (scale_rewards="group"; "batch": std over the batch;
                                               "none": unscaled, as Dr. GRPO recommends)
    r_t = exp(logp_t - logp_old_t)                                   per-token ratio
    L_t = -min(r_t A_i, clip(r_t, 1 - eps_low, 1 + eps_high) A_i)    clipped surrogate
        + beta * (exp(d_t) - d_t - 1),  d_t = logp_ref_t - logp_t    k3 estimate of KL(pi || pi_ref)
    loss = sum of L_t over unmasked tokens / number of unmasked tokens    ("dapo"/"bnpo": a mean over all
           tokens of all completions), or / (G * max_completion_length)   ("dr_grpo": constant length),
           or the mean over completions of per-completion token means     ("grpo").

Conventions, chosen to equal TRL's GRPOTrainer (tests check it against the installed TRL):
- std is the sample standard deviation (Bessel-corrected) and is added to eps = 1e-4 rather than
  max(std, eps); a group whose rewards are all equal gets zero advantages either way.
- the KL's d is logp_ref - logp, which makes exp(d) - d - 1 the unbiased k3 estimator of KL(pi || pi_ref)
  (with d = logp - logp_ref the same formula would estimate the reverse divergence).
- TRL by default weights the KL term by the ratio r_t (``use_bias_correction_kl``); the pipeline turns
  that off so that it optimises the objective as written.
- TRL's loss_type "dapo" (our default) normalises by the unmasked tokens of the whole generation batch and
  "bnpo" by those of the micro-batch: both are the "mean over all tokens of all completions" above when a
  step is one micro-batch.

>>> group_advantages([0.2, 0.7, -0.1, 0.4], group_size=4, scale_rewards="none")
[-0.1, 0.4, -0.4, 0.1]
"""

from __future__ import annotations

LOSS_TYPES = ("dapo", "bnpo", "grpo", "dr_grpo")


def group_advantages(rewards, group_size: int, scale_rewards: str | bool = "group", eps: float = 1e-4):
    """Group-relative advantages of a flat reward list (groups of ``group_size`` consecutive rewards)."""
    import torch

    r = torch.as_tensor(rewards, dtype=torch.float64)
    if r.numel() % group_size:
        raise ValueError(f"{r.numel()} rewards do not split into groups of {group_size}")
    groups = r.view(-1, group_size)
    centred = groups - groups.mean(dim=1, keepdim=True)
    mode = {True: "group", False: "none"}.get(scale_rewards, scale_rewards)
    if mode == "group":
        std = groups.std(dim=1, keepdim=True) if group_size > 1 else torch.zeros_like(groups)
        centred = centred / (std + eps)
    elif mode == "batch":
        centred = centred / (r.std() + eps)
    elif mode != "none":
        raise ValueError(f"scale_rewards={scale_rewards!r}: choose 'group', 'batch' or 'none'")
    return [round(x, 12) for x in centred.flatten().tolist()]


def grpo_loss(logp, old_logp, ref_logp, advantages, mask, *, epsilon: float = 0.2, epsilon_high: float | None = None,
              beta: float = 0.0, loss_type: str = "dapo", max_completion_length: int | None = None,
              kl_ratio_weighted: bool = False):
    """The loss above for per-token log-probs of shape (B, T) and advantages of shape (B,).

    ``kl_ratio_weighted`` multiplies the KL term by r_t (TRL's ``use_bias_correction_kl``, its default);
    the objective as written, and this project's configuration, leave it off."""
    import torch

    if loss_type not in LOSS_TYPES:
        raise ValueError(f"loss_type={loss_type!r}: choose one of {LOSS_TYPES}")
    mask = mask.to(logp.dtype)
    ratio = torch.exp(logp - old_logp)
    clipped = torch.clamp(ratio, 1 - epsilon, 1 + (epsilon if epsilon_high is None else epsilon_high))
    adv = advantages.unsqueeze(1)
    per_token = -torch.min(ratio * adv, clipped * adv)
    if beta:
        d = ref_logp - logp
        kl = torch.exp(d) - d - 1
        per_token = per_token + beta * (kl * ratio if kl_ratio_weighted else kl)
    if loss_type in ("dapo", "bnpo"):
        return (per_token * mask).sum() / mask.sum().clamp(min=1.0)
    if loss_type == "grpo":
        return ((per_token * mask).sum(-1) / mask.sum(-1).clamp(min=1.0)).mean()
    if max_completion_length is None:
        raise ValueError("dr_grpo needs max_completion_length")
    return (per_token * mask).sum() / (per_token.size(0) * max_completion_length)
