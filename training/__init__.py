"""The TRL pipeline: model loading (4-bit QLoRA or the built-in tiny model), data, SFT, GRPO, evaluation."""
