"""physics-verify audit, and the kit importing no torch."""

import json
import subprocess
import sys

from verifiers.cli import main


def test_audit_of_physics_reward_exits_zero_with_json(capsys):
    assert main(["audit", "rewards:physics_reward", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["false_positive_rate"] == 0.0 and data["ok"] is True
    assert all(check["passed"] for check in data["contract"])


def test_audit_of_a_substring_reward_reports_exploits_and_exits_one(capsys):
    assert main(["audit", "rewards.testing.baselines:substring_match_reward", "--categories",
                 "several_boxes,qualifier", "--no-contract"]) == 1
    out = capsys.readouterr().out
    assert "false positives 100.0%" in out and "several_boxes" in out and out.rstrip().endswith(
        "or a contract check failed")


def test_audit_options_reach_the_audit(capsys):
    assert main(["audit", "rewards:physics_reward", "--categories", "unit_words", "--no-contract",
                 "--max-false-negative", "0"]) == 0  # compound unit words are read (issue 10)
    assert main(["audit", "rewards.testing.baselines:boxed_exact_match_reward", "--categories", "unit_words",
                 "--no-contract", "--max-false-negative", "0"]) == 1  # a reward that misses them fails the gate
    assert main(["audit", "rewards:physics_reward", "--categories", "wrong_prefix", "--no-contract",
                 "--threshold", "0.25", "--json"]) == 1  # partial credit for a wrong prefix counts as paid
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["false_positive_rate"] == 1.0


def test_a_bad_target_exits_two(capsys):
    assert main(["audit", "no_such_module:reward"]) == 2
    assert main(["audit", "rewards"]) == 2
    assert main(["audit", "rewards:DEFAULT_CREDIT"]) == 2
    assert "MODULE:NAME" in capsys.readouterr().err


def test_judging_one_answer_still_works(capsys):
    assert main(["\\boxed{0.5 km}", "500 m"]) == 0


def test_the_kit_imports_no_torch():
    code = ("import sys, rewards.testing, rewards.testing.strategies, rewards.testing.cli, verifiers.cli\n"
            "heavy = [m for m in ('torch', 'transformers', 'trl') if m in sys.modules]\n"
            "assert not heavy, heavy\n"
            "import verifiers.cli as c; assert 'rewards.testing' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_verifiers_cli_does_not_load_the_kit_until_asked():
    code = "import sys, verifiers.cli\nassert 'rewards.testing' not in sys.modules and 'rewards' not in sys.modules\n"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
