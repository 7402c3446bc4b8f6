"""TRL-style contract tests for physics_reward and its factory."""

import logging
import pickle
import re
import threading
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from rewards import PhysicsReward, make_physics_reward, physics_reward
from rewards.credit import DEFAULT_CREDIT, credit_table
from verifiers import Status


def test_strings_and_chat_messages_give_the_same_rewards():
    texts = [r"so \boxed{0.5 km}", r"\boxed{5 s}"]
    chats = [[{"role": "assistant", "content": t}] for t in texts]
    assert physics_reward(texts, answer=["500 m", "5 m"]) == physics_reward(chats, answer=["500 m", "5 m"]) == [1.0, 0.0]


def test_the_last_assistant_message_is_judged():
    chat = [{"role": "user", "content": "Answer: 500 m"}, {"role": "assistant", "content": "Answer: 7 m"}]
    assert physics_reward([chat], answer=["500 m"]) == [0.0]


def test_extra_trl_kwargs_are_ignored():
    rewards = physics_reward([r"\boxed{12 N}"], answer=["12 N"], prompts=["q"], completion_ids=[[1, 2]],
                             trainer_state=object(), log_extra=lambda *a: None, topic=["dynamics"], id=["x1"])
    assert rewards == [1.0]


def test_reward_survives_pickling_with_its_configuration():
    reward = make_physics_reward(tolerance=0.05, require_units=True, partial_credit={"missing_unit": 0.3})
    copy = pickle.loads(pickle.dumps(reward))
    assert copy(["103 m", "103"], answer=["100 m", "100 m"]) == [1.0, 0.3]
    assert copy.__name__ == reward.__name__ == "physics_reward_partial_credit_missing_unit_0.3_require_units_True_tolerance_0.05"


def test_names_say_what_a_reward_pays_in_any_argument_order():
    """helper-48: two partial-credit tables were both named '..._custom', so TRL logged them as one."""
    low, high = (make_physics_reward(partial_credit={"wrong_unit": credit}) for credit in (0.1, 0.5))
    assert low.__name__ != high.__name__
    assert make_physics_reward(tolerance=0.02, require_units=True).__name__ \
        == make_physics_reward(require_units=True, tolerance=0.02).__name__


@pytest.mark.parametrize("options, message", [
    ({"answer_colum": "solution"}, "did you mean 'answer_column'"),  # a typo, named with the fix
    ({"tolerance": float("nan")}, "no value"),  # a value that reads as missing is no default when chosen
    ({"tolerance": "N/A"}, "no value"),
    ({"tolerance": 5}, "a fraction below 1"),  # 5 meant 5%: at 1 or more, 0 answered every gold
    ({"partial_credit": {"wrong_units": 0.1}}, "unknown status 'wrong_units'; statuses"),
    ({"partial_credit": {"wrong_unit": "half"}}, "'wrong_unit' must be a number"),
])
def test_a_bad_option_names_itself_and_the_fix(options, message):
    with pytest.raises((TypeError, ValueError), match=re.escape(message)):
        make_physics_reward(**options)


def test_a_call_from_a_worker_thread_works():
    out = {}
    thread = threading.Thread(target=lambda: out.setdefault("r", physics_reward([r"\boxed{1.2 kN}"], answer=["1200 N"])))
    thread.start()
    thread.join(30)
    assert out["r"] == [1.0]


def test_unreadable_reference_gives_none_and_is_logged_once(caplog):
    reward = PhysicsReward()
    with caplog.at_level(logging.WARNING, logger="rewards.physics"):
        first = reward(["12 N", "12 N", "12 N"], answer=["12 N ???", "12 N ???", "12 N"])
        reward(["12 N"], answer=["12 N ???"])
    assert first == [None, None, 1.0]
    assert sum("cannot read reference" in r.message for r in caplog.records) == 1


def test_per_row_columns_are_honoured():
    completions = ["103 m", "103 m", "12", "1.7e8 N"]
    answers = ["100 m", "100 m", "12 N", "1.7"]
    rewards = physics_reward(completions, answer=answers, tolerance=[None, 0.05, None, None],
                             require_units=[None, None, True, None],
                             unit=[None, None, None, r"$10^8 \mathrm{~N}$"])
    assert rewards == [0.0, 1.0, DEFAULT_CREDIT["missing_unit"], 1.0]


def test_a_units_column_is_the_unit_column():
    """helper-58: ``units`` is an alias of ``unit`` in verify; as a dataset column it had been ignored (0.0)."""
    assert physics_reward([r"\boxed{12 N}", r"\boxed{12 J}"], answer=["12", "12"], units=["N", "N"]) == [1.0, 0.0]


def test_a_phrase_gold_is_judged_by_its_sense_or_left_unjudged():
    """helper-58: "The force increases" had scored every paraphrase 0; its sense answers it, the opposite sense
    is wrong, anything else is unjudged (None), as for a gold in prose."""
    completions = ["it increases", r"\boxed{\text{decreases}}", "it stays the same"]
    assert physics_reward(completions, answer=["The force increases"] * 3) == [1.0, 0.0, None]


def test_a_bad_per_row_option_costs_that_sample_only(caplog):
    with caplog.at_level(logging.WARNING):
        rewards = physics_reward(["12 N", "12 N"], answer=["12 N", "12 N"], answer_type=["essay", "NV"])
    assert rewards == [None, 1.0]
    assert any("answer_type" in r.message for r in caplog.records)


def test_status_shares_reach_trl_log_metric():
    logged = {}
    physics_reward([r"\boxed{12 N}", "", r"\boxed{12 J}", r"\boxed{13 N}"], answer=["12 N"] * 4,
                   log_metric=lambda name, value: logged.__setitem__(name, value))
    shares = {k: v for k, v in logged.items() if v}
    assert shares == {"verdicts/correct": 0.25, "verdicts/no_answer": 0.25,
                      "verdicts/dimension_mismatch": 0.25, "verdicts/wrong_value": 0.25}
    assert logged["verdicts/timeout"] == 0.0  # every status is logged each batch, so TRL's averages are fair
    assert sum(logged.values()) == pytest.approx(1.0)


def test_verdicts_are_available_for_debugging():
    reward = PhysicsReward()
    verdicts = reward.verdicts([r"\boxed{500 km}"], answer=["500 m"])
    assert verdicts[0].status is Status.WRONG_UNIT
    reward([r"\boxed{5 s}"], answer=["5 m"])
    assert reward.last_verdicts[0].status is Status.DIMENSION_MISMATCH


def test_missing_answer_column_names_the_fix():
    with pytest.raises(TypeError, match=r"'answer'.*columns present: \['prompt', 'topic'\]"):
        physics_reward(["12 N"], prompt=["q"], topic=["t"], log_metric=print)
    with pytest.raises(ValueError, match="'answer' has 1 values for 2 completions"):
        physics_reward(["1", "2"], answer=["1"])


def test_the_gold_can_come_from_another_column():
    reward = make_physics_reward(answer_column="solution")  # TRL's own rewards read "solution"
    assert reward([r"\boxed{2 N}", r"\boxed{3 N}"], solution=["2 N", "2 N"], answer=["3 N", "3 N"]) == [1.0, 0.0]
    with pytest.raises(TypeError, match=r"'solution'.*columns present: \['answer'\]"):
        reward([r"\boxed{2 N}"], answer=["2 N"])


# (gold, why the judge cannot score it): the sample gets None, so TRL skips it instead of punishing the policy
NO_GOLD = [
    (None, "a missing value in an Arrow column"),
    (float("nan"), "a missing value in a pandas column: was read as the symbols n*a*n"),
    (np.float32("nan"), "numpy NaN"),
    (Decimal("NaN"), "a Decimal NaN: was judged as an expression"),
    (pd.NA, "pandas NA"),
    ("nan", "a NaN printed into a string column"),
    ("", "an empty gold"),
    ("N/A", "a placeholder: was N/A, newtons per ampere"),
    ("-", "a dash for no value"),
    ("TODO", "a placeholder in words"),
    ([], "an empty list of golds"),
    ({"value": 12}, "a dict is no gold"),
    (b"12 N", "bytes are no gold"),
    ("Nuclei cannot be composed of protons and electrons", "prose: was the product of its letters, and a list"),
]


@pytest.mark.parametrize("gold, why", NO_GOLD, ids=[w for _, w in NO_GOLD])
def test_regression_a_missing_gold_gets_none_not_a_reward_for_n_a_n(gold, why):
    assert physics_reward([r"\boxed{n a n}", r"\boxed{12 N}"], answer=[gold, "12 N"]) == [None, 1.0]


def test_an_infinite_gold_is_infinity_not_the_letters_i_n_f():
    # before: str(float("inf")) == "inf" was read as i*n*f, so a right answer of \infty was wrong
    assert physics_reward([r"\boxed{\infty}", r"\boxed{-\infty}", r"\boxed{5}"],
                          answer=[float("inf"), Decimal("-Infinity"), np.float64("inf")]) == [1.0, 1.0, 0.0]


def test_a_gold_stored_as_a_list_is_its_items():
    # OlympiadBench's final_answer is a list of strings
    assert physics_reward([r"\boxed{500 m}", r"\boxed{3 m, 4 m}", r"\boxed{3 m}"],
                          answer=[["$500$ m"], ["3 m", "4 m"], np.array(["3 m"])]) == [1.0, 1.0, 1.0]


def test_a_worked_solution_as_gold_is_read_for_the_answer_it_states():
    gold = "Using d = v t with v = 10 m/s and t = 50 s.\n\nSo the distance is 500 m"
    assert physics_reward([r"\boxed{500 m}", r"\boxed{400 m}"], answer=[gold, gold]) == [1.0, 0.0]


def test_a_prose_gold_pays_its_own_words_and_skips_a_paraphrase():
    gold = r"\text{The two neutrons must be in a singlet spin state.}"
    assert physics_reward([gold, r"\boxed{\text{Singlet}}"], answer=[gold, gold]) == [1.0, None]


def test_a_part_labelled_prose_gold_pays_that_part_s_words():
    # PHYSICS: "(a) Light Amplification by ..." was prose with its label in it, so its own words, boxed, were skipped
    gold = r"\text{(a) Light Amplification by Stimulated Emission of Radiation}"
    said = "Light Amplification by Stimulated Emission of Radiation"
    assert physics_reward([rf"\boxed{{{said}}}", rf"(a) {said}", rf"\boxed{{{said.replace('Stimulated', 'Spontaneous')}}}"],
                          answer=[gold] * 3) == [1.0, 1.0, None]


def test_configured_rewards_log_apart_in_trl():
    # TRL keys its logs by __name__: two configurations side by side must not share one
    names = {make_physics_reward().__name__, make_physics_reward(tolerance=0.02, require_units=True).__name__,
             make_physics_reward(partial_credit=False).__name__, physics_reward.__name__}
    assert len(names) == 3 and "physics_reward" in names  # make_physics_reward() is the default one
    assert make_physics_reward(tolerance=0.02, name="strict").__name__ == "strict"
    assert make_physics_reward(workers=2).__name__ == "physics_reward"  # how it runs changes no score


def test_importing_the_judge_logs_no_pint_redefinition():
    import subprocess
    import sys
    run = subprocess.run([sys.executable, "-c", "import logging; logging.basicConfig(); import verifiers"],
                         capture_output=True, text=True, check=True)
    assert "Redefining" not in run.stderr


def test_a_judge_error_gets_none_not_zero(monkeypatch):
    import verifiers.grader as grader

    def broken(*args):
        raise RuntimeError("judge bug")

    monkeypatch.setattr(grader, "_grade", broken)
    reward = PhysicsReward()
    assert reward([r"\boxed{12 N}"], answer=["12 N"]) == [None]
    assert reward.last_verdicts[0].status is Status.ERROR


# (how the column arrives, ...): option columns as TRL and data frames pass them; NaN/NA means the default
OPTION_COLUMNS = [
    ([None, 0.05], "a list"),
    ((None, 0.05), "a tuple"),
    (np.array([np.nan, 0.05]), "a numpy array, NaN for the default"),
    (pd.Series([pd.NA, 0.05], dtype="object"), "a pandas Series, pd.NA for the default"),
    (pd.Series([np.nan, 0.05], index=[7, 3]), "a Series whose index is not 0..n-1"),
]


@pytest.mark.parametrize("tolerance, how", OPTION_COLUMNS, ids=[h for _, h in OPTION_COLUMNS])
def test_regression_option_columns_of_any_sequence_type_are_honoured(tolerance, how):
    # before: numpy columns were silently ignored and pd.NA raised, losing the whole batch
    assert physics_reward(["103 m", "103 m"], answer=["100 m", "100 m"], tolerance=tolerance) == [0.0, 1.0]


def test_numpy_and_pandas_columns_for_every_option():
    rewards = physics_reward(["12", "B"], answer=np.array(["12 N", "B"]), require_units=np.array([True, False]),
                             answer_type=pd.Series(["NV", "MC"]), sig_figs=pd.Series([pd.NA, pd.NA]))
    assert rewards == [DEFAULT_CREDIT["missing_unit"], 1.0]


def test_trl_completions_table_gets_the_extracted_answer_and_status():
    logged = {}
    physics_reward([r"so \boxed{500 km}", ""], answer=["500 m", "500 m"],
                   log_extra=lambda column, values: logged.setdefault(column, []).extend(values))
    assert logged == {"physics_reward/extracted": ["500 km", ""],
                      "physics_reward/status": ["wrong_unit", "no_answer"]}


# (response, reference, options, expected reward) with the default credit table
PARTIAL_CREDIT = [
    (r"\boxed{500 m}", "500 m", {}, 1.0),  # correct
    (r"\boxed{500 km}", "500 m", {}, DEFAULT_CREDIT["wrong_unit"]),  # right number, wrong unit of the dimension
    (r"\boxed{500}", "500 m", {"require_units": True}, DEFAULT_CREDIT["missing_unit"]),  # unit missing
    (r"\boxed{500 s}", "500 m", {}, 0.0),  # dimension mismatch
    (r"\boxed{400 m}", "500 m", {}, 0.0),  # wrong value
    (r"\boxed{400}", "500 m", {"require_units": True}, 0.0),  # wrong bare number
    ("no answer here at all, sorry", "500 m", {}, 0.0),  # no parseable answer
]


@pytest.mark.parametrize("response,reference,options,expected", PARTIAL_CREDIT)
def test_partial_credit_table(response, reference, options, expected):
    assert make_physics_reward(**options)([response], answer=[reference]) == [expected]
    assert 0.0 < DEFAULT_CREDIT["wrong_unit"] < 1.0 and 0.0 < DEFAULT_CREDIT["missing_unit"] < 1.0


def test_partial_credit_can_be_turned_off_or_reweighted():
    assert make_physics_reward(partial_credit=False)([r"\boxed{500 km}"], answer=["500 m"]) == [0.0]
    assert make_physics_reward(partial_credit={"wrong_unit": 0.6})([r"\boxed{500 km}"], answer=["500 m"]) == [0.6]
    with pytest.raises(ValueError):
        credit_table({"wrong_unit": 2.0})
    with pytest.raises(ValueError):
        credit_table({"no_such_status": 0.5})


def test_factory_rejects_bad_configuration():
    with pytest.raises(ValueError, match="rel_tol"):
        make_physics_reward(tolerance=-1)
    with pytest.raises(ValueError, match="workers"):
        make_physics_reward(workers=0)
    # users' scripts (helper 85): these were accepted, the last failing at the first call with a broken hint
    for bad in ({"workers": 1.5}, {"workers": "2"}, {"workers": True}, {"parallel_threshold": -3},
                {"answer_column": ""}, {"answer_column": None}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            make_physics_reward(**bad)


def test_a_missing_gold_column_names_how_to_build_this_reward():
    from rewards import UnitReward
    with pytest.raises(TypeError, match=r"UnitReward\(answer_column="):  # (it named make_physics_reward)
        UnitReward()([r"\boxed{3 km}"], solution=["500 m"])
    with pytest.raises(TypeError, match=r"make_physics_reward\(answer_column="):
        physics_reward([r"\boxed{3 km}"], solution=["500 m"])


# a users' scripts audit (helper 76)
@pytest.mark.parametrize("gold", ["500 m;", "500 m, ", "500 m)", "500 m]", "500 m:", "'500 m'", "**500 m**",
                                  "500 m\n\nExplanation: d = v t = 500 m",
                                  # its working in a later paragraph with no word announcing it (users' scripts, helper 85:
                                  # read as the working, so the right answer scored 0)
                                  "500 m\n\nWe used d = v t with v = 50 m/s and t = 10 s.", "500 m\n\nd = 50 * 10 = 500 m",
                                  "500 meters\n\nThe distance follows from d = vt."])
def test_a_gold_with_scraping_debris_is_read(gold):
    # a stray mark, quotes or Markdown around a gold, or its working after it: the value is still the gold's
    assert physics_reward([r"\boxed{500 m}", r"\boxed{400 m}"], answer=[gold, gold]) == [1.0, 0.0]


@pytest.mark.parametrize("gold", ["5 m/", "(5 m/s", r"\frac{1", "unknown", "N.A."])
def test_a_broken_or_placeholder_gold_gets_none_not_zero(gold):
    # a gold cut off or a placeholder: the judge cannot say, so no sample is punished (it was 0.0 for every one,
    # compared as text); an answer that repeats the gold's own text is still right
    assert physics_reward([r"\boxed{5 m/s}", r"\boxed{0.5 km}"], answer=[gold, gold]) == [None, None]
    assert physics_reward([gold], answer=[gold]) == [1.0 if gold not in ("unknown", "N.A.") else None]


def test_the_missing_gold_warning_names_the_value_the_data_holds(caplog):
    with caplog.at_level(logging.WARNING, logger="rewards.physics"):
        PhysicsReward()([r"\boxed{5 m}"] * 3, answer=["N/A", "TODO", float("nan")])
    logged = " ".join(r.message for r in caplog.records)
    assert "'N/A'" in logged and "'TODO'" in logged and "nan" in logged


def test_rel_tol_is_the_tolerance_by_the_verify_options_name():
    assert make_physics_reward(rel_tol=0.05)([r"\boxed{10.4 m}"], answer=["10 m"]) == [1.0]
    for tolerance in (0.05, 0.01):  # (the default's value given explicitly too)
        with pytest.raises(TypeError, match="name one option"):
            make_physics_reward(tolerance=tolerance, rel_tol=0.2)


def test_a_positional_gold_with_another_answer_column_names_the_keyword():
    with pytest.raises(TypeError, match=r"Pass the golds as solution=\[\.\.\.\]"):
        make_physics_reward(answer_column="solution")([r"\boxed{2 N}"], ["2 N"])


def test_one_string_as_the_completions_names_the_fix():
    from rewards import format_reward
    for reward in (physics_reward, format_reward):
        with pytest.raises(TypeError, match=r"one completion pass \[text\]"):
            reward(r"\boxed{1 m}", answer=["1 m"])


def test_an_emoji_after_a_plain_answer_is_no_part_of_it():
    assert physics_reward(["The answer is 12 N 🎉", "Answer: 12 N 👍", "12 N ✅", "The answer is 15 N 🎉"],
                          answer=["12 N"] * 4) == [1.0, 1.0, 1.0, 0.0]
