"""Agreement of the judge with public benchmarks' gold answers and labels, per set.

    python bench/judge_agreement.py SNAPSHOT [SNAPSHOT ...] --out docs/results/judge_agreement

A SNAPSHOT is a folder holding a fetched copy of a public benchmark repository: a git directory (bare or
with a work tree). Its files are read with ``git show`` at HEAD and never copied anywhere; the report
names each source (the folder's ``owner+name``) and its commit. These layouts are recognised:

- UGPhysics-style ``data/<subject>/en.jsonl`` rows (``answers``, ``answer_type``, ``unit``): each gold
  against itself, bare and boxed at the end of a completion ("self-agreement"); auto-scorable types only
  (NV, EX, EQ, TF, MC; intervals and open answers are not). A numeric gold with a unit in its ``unit``
  column is also rewritten and perturbed as the PHYSICS golds below are (its unit column given as such).
- Math-Verify-style ``tests/test_*.py`` with ``pytest.mark.parametrize("gold,pred,expected", [...])``
  tables: agreement with the labels (the tables are read with ``ast.literal_eval``, never imported).
- OlympiadBench-style ``eval/scoring_examples.json`` (``GT`` and labelled ``Ans``): agreement with labels.
- PHYBench-style ``dataset/PHYBench-fullques_v1.json`` (``answer``: one symbolic expression or ``label =
  expression`` in display math): each gold against itself, its derived equivalents and its perturbations, as
  for the PHYSICS golds below.
- SciBench-style ``dataset/original/<textbook>.json`` (``answer_latex``, ``answer_number``, ``unit``; the physics
  textbooks fund, class, thermo, quan, stat): each gold written out with its unit column, its numeric
  value, its derived equivalents and perturbations, the unit column given as such.
- PHYSICS-style (yale-nlp/Physics) ``PHYSICS/<subject>_dataset.jsonl`` golds (``final_answers``): each
  auto-scorable gold against itself, against rewrites that mean the same (equation sides swapped, the bare
  right-hand side, ``\\dfrac``, ``\\cdot``, terms reordered, fractions split or combined, scientific notation,
  units written otherwise or with another prefix: must be accepted) and against perturbations (a changed
  coefficient, exponent, sign or unit prefix, a missing factor: must be rejected), built by the string rules
  of ``bench/derived_forms.py``; and ``outputs/<model>/<subject>/final_evaluation.jsonl``, real models'
  extracted answers with the benchmark's correctness labels (its SymPy check, else its GPT-4o judge): a
  sample balanced between right and wrong answers, over all golds and over formula/number golds, and a
  sample at the benchmark's own mix (most of its answers are wrong); and, for problems with one gold, the
  models' whole responses (``solution``) with the same labels, so that the judge's own extraction is measured.

- TheoremQA-style ``theoremqa_test.json`` (``Answer``, ``Answer_type``, ``field``): the physics golds (numbers
  and lists of numbers) against themselves, their derived equivalents and their perturbations.
- ABench-style ``Physics/data/*.csv`` (``standard_answer``: numbers to the figures the question asks for):
  likewise.

Writes ``OUT.md`` (a table: set, rows, agreement, false accepts, false rejects; and all labelled pairs of a
source together) and ``OUT.json`` (rates and, per set, up to 40 disagreeing rows), and logs the table.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import hashlib
import json
import logging
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifiers import verify  # noqa: E402

from derived_forms import auto_scorable, equivalents, is_unit, perturbations  # noqa: E402  (bench/, beside this)

logger = logging.getLogger("bench")

_AUTO_TYPES = {"NV", "EX", "EQ", "TF", "MC"}
_MAX_EXAMPLES = 40
_LABELLED_EACH = 1000
_NATURAL_MIX = 4000
_BOXED = re.compile(r"^\\boxed\{(.*)\}$", re.S)
_PHYBENCH = "dataset/PHYBench-fullques_v1.json"
_CMT_RESULTS = re.compile(r"eval_results/([^/]+)/success_results\.json")
_DISPLAY = re.compile(r"^\$\$|\$\$$|^\\\[|\\\]$")  # a gold's display-math delimiters
_THEOREMQA = "theoremqa_test.json"
_THEOREMQA_TYPES = ("float", "integer", "list of float", "list of integer")
_ABENCH = re.compile(r"Physics/data/[^/]+\.csv")
_SCIBENCH_PHYSICS = ("fund", "class", "thermo", "quan", "stat")  # the physics textbooks (the rest: chemistry, math)
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:\s*\\times\s*10\^\{?-?\d+\}?)?")


@dataclass
class Tally:
    """Counts for one set: agreement with the expected verdict, split into false accepts and rejects."""

    name: str
    source: str
    commit: str
    rows: int = 0
    agree: int = 0
    false_accepts: int = 0
    false_rejects: int = 0
    examples: list = field(default_factory=list)
    by_rule: dict = field(default_factory=dict)

    def add(self, reference: str, response: str, expected: bool, rule: str | None = None, **options) -> None:
        verdict = verify(response, reference, **options)
        self.rows += 1
        if rule is not None:
            counts = self.by_rule.setdefault(rule, {"rows": 0, "agree": 0})
            counts["rows"] += 1
            counts["agree"] += verdict.correct == expected
        if verdict.correct == expected:
            self.agree += 1
            return
        if verdict.correct:
            self.false_accepts += 1
        else:
            self.false_rejects += 1
        if len(self.examples) < _MAX_EXAMPLES:
            self.examples.append({"reference": reference[:300], "response": response[:300], "expected": expected,
                                  "status": verdict.status.value, "detail": verdict.detail[:200],
                                  "options": options, **({"rule": rule} if rule else {})})

    def row(self) -> dict:
        rate = lambda n: round(100.0 * n / self.rows, 2) if self.rows else None  # noqa: E731
        return {"set": self.name, "source": self.source, "commit": self.commit, "rows": self.rows,
                "agreement_pct": rate(self.agree), "false_accept_pct": rate(self.false_accepts),
                "false_reject_pct": rate(self.false_rejects)}


class Snapshot:
    """Read-only access to a fetched repository's files at HEAD."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.commit = self._git("rev-parse", "HEAD").strip()
        self.source = folder.parent.name if folder.name == "repo" else folder.name
        self.files = self._git("ls-tree", "-r", "--name-only", "HEAD").splitlines()

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "--git-dir", str(self._git_dir()), *args], check=True,
                              capture_output=True, text=True).stdout

    def _git_dir(self) -> Path:
        return self.folder / ".git" if (self.folder / ".git").exists() else self.folder

    def read(self, path: str) -> str:
        return self._git("show", f"HEAD:{path}")


def ugphysics_sets(snap: Snapshot) -> list[Tally]:
    bare = Tally("gold self-agreement (bare)", snap.source, snap.commit)
    boxed = Tally("gold self-agreement (boxed in a completion)", snap.source, snap.commit)
    multi = Tally("multi-answer gold self-agreement", snap.source, snap.commit)
    same = Tally("derived equivalents of NV golds with their unit (must accept)", snap.source, snap.commit)
    changed = Tally("perturbations of NV golds with their unit (must reject)", snap.source, snap.commit)
    for path in snap.files:
        if not re.fullmatch(r"data/[^/]+/en\.jsonl", path):
            continue
        for row in _json_rows(snap, path):
            types = [t.strip() for t in str(row.get("answer_type") or "").split(",")]
            gold = str(row.get("answers") or "").strip()
            if not gold or not set(types) <= _AUTO_TYPES:
                continue
            if row.get("is_multiple_answer"):
                multi.add(gold, gold, True)
                continue
            options = {"answer_type": types[0]}
            unit = row.get("unit")
            if unit and str(unit).strip() not in ("None", r"\text{None}"):
                options["unit"] = str(unit)
            bare.add(gold, gold, True, **options)
            boxed.add(gold, f"Working through the problem gives the result.\n\nThe final answer is {gold}.",
                      True, **options)
            value = _BOXED.sub(r"\1", gold)
            unit = options.get("unit", "").strip("$")
            if types == ["NV"] and _PLAIN_NUMBER.fullmatch(value) and is_unit(unit):  # a number and a unit (m_{0} is none)
                _derived_forms(f"{value} {unit}", gold, same, changed, **options)
    return [bare, boxed, multi, same, changed]


def _derived_forms(written: str, gold: str, same: Tally, changed: Tally, **options) -> None:
    """``written`` (a gold as one answer, with its unit) rewritten to mean the same, against ``gold``, and
    changed to mean something else."""
    if "\n" in written or not auto_scorable(written):
        return
    for rule, text in equivalents(written):
        same.add(gold, text, True, rule=rule, **options)
    for rule, text in perturbations(written):
        changed.add(gold, text, False, rule=rule, **options)


def _gold_sets(snap: Snapshot, name: str, golds) -> list[Tally]:
    """Each gold against itself (the set ``name``), its derived equivalents and its perturbations; ``golds``
    are (the gold as an answer writes it, the gold) pairs."""
    own = Tally(name, snap.source, snap.commit)
    same = Tally("derived equivalents of those golds (must accept)", snap.source, snap.commit)
    changed = Tally("perturbations of those golds (must reject)", snap.source, snap.commit)
    for written, gold in golds:
        own.add(gold, gold, True)
        _derived_forms(written, gold, same, changed)
    return [own, same, changed]


def math_verify_sets(snap: Snapshot) -> list[Tally]:
    tallies = []
    for path in snap.files:
        if not re.fullmatch(r"tests/test_[^/]+\.py", path):
            continue
        tally = Tally(f"labelled pairs, {path}", snap.source, snap.commit)
        for gold, pred, expected in _parametrized_triples(snap.read(path)):
            tally.add(gold, pred, expected)
        if tally.rows:
            tallies.append(tally)
    return tallies


def _parametrized_triples(source: str):
    """(gold, pred, expected) rows of ``parametrize("gold,pred,expected...", [...])`` tables (or "gold, pred, result")."""
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "parametrize"
                and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)):
            continue
        names = [n.strip() for n in str(node.args[0].value).split(",")]
        if names[:2] != ["gold", "pred"] or names[2:3] not in (["expected"], ["result"]) \
                or not isinstance(node.args[1], ast.List):  # (test_yujianll.py names its label "result")
            continue
        for element in node.args[1].elts:
            try:
                values = ast.literal_eval(element)
            except ValueError:
                continue
            if len(values) == len(names) and isinstance(values[0], str) and isinstance(values[1], str) \
                    and all(n in ("precision", "strict") or i < 3 for i, n in enumerate(names)):
                yield values[0], values[1], bool(values[2])


def olympiad_sets(snap: Snapshot) -> list[Tally]:
    tally = Tally("labelled pairs, eval/scoring_examples.json", snap.source, snap.commit)
    for item in json.loads(snap.read("eval/scoring_examples.json")):
        for answer in item["Ans"]:
            tally.add(item["GT"], answer["answer"], bool(answer["equal"]))
    return [tally]


def phybench_sets(snap: Snapshot) -> list[Tally]:
    """PHYBench's symbolic golds (olympiad problems answered by one expression): each against itself, its
    derived equivalents and its perturbations."""
    golds = []
    for row in json.loads(snap.read(_PHYBENCH)):
        gold = _DISPLAY.sub("", " ".join(str(row.get("answer") or "").split())).strip()
        gold = _BOXED.sub(r"\1", gold).strip()
        if gold:
            golds.append((gold, gold))
    return _gold_sets(snap, "gold self-agreement, dataset/PHYBench-fullques_v1.json", golds)


def cmt_sets(snap: Snapshot) -> list[Tally]:
    """CMT-Benchmark's condensed-matter golds (mostly symbolic) and 17 models' boxed answers to them, labelled
    by the benchmark's own SymPy-based checker (``is_equivalent``; rows its parser could not read are left
    out), from its latest evaluation run."""
    runs = sorted({m.group(1) for p in snap.files if (m := _CMT_RESULTS.fullmatch(p))})
    labelled = Tally("labelled pairs, models' answers with the benchmark's SymPy labels", snap.source, snap.commit)
    golds = {}
    for kind in ("success", "failed"):
        for rows in json.loads(snap.read(f"eval_results/{runs[-1]}/{kind}_results.json")).values():
            for row in rows:
                gold = str(row.get("solution") or "").strip().strip("$").strip()
                golds[gold] = None
                if row.get("success") and isinstance(row.get("is_equivalent"), bool) and row.get("response"):
                    labelled.add(gold, row["response"], row["is_equivalent"])
    own = _gold_sets(snap, f"gold self-agreement, eval_results/{runs[-1]}/*_results.json",
                     [(_BOXED.sub(r"\1", gold), gold) for gold in golds])
    return own + [labelled]


def scibench_sets(snap: Snapshot) -> list[Tally]:
    """SciBench's physics golds (textbook problems: ``answer_latex``, its value ``answer_number``, and a
    ``unit`` column that may hold a power of ten, ``$10^6$ m``): each gold against itself written out with
    its unit, its numeric value (a symbolic gold's too), its derived equivalents and perturbations, with the
    unit column given as such."""
    own = Tally("gold self-agreement, written with its unit column, dataset/original/*.json",
                snap.source, snap.commit)
    valued = Tally("each gold's numeric value (answer_number) with its unit (must accept)", snap.source, snap.commit)
    same = Tally("derived equivalents of those golds (must accept)", snap.source, snap.commit)
    changed = Tally("perturbations of those golds (must reject)", snap.source, snap.commit)
    for subject in _SCIBENCH_PHYSICS:
        for row in json.loads(snap.read(f"dataset/original/{subject}.json")):
            gold = str(row.get("answer_latex") or "").strip().strip("$").strip()
            unit = str(row.get("unit") or "").strip()
            if not gold or "," in gold:  # "4.4, 13.3": two answers, no unit column for each
                continue
            options = {"unit": unit} if unit.strip("$ ") else {}
            own.add(gold, _with_unit_column(gold, unit), True, **options)
            number = str(row.get("answer_number") or "").strip()
            if number:
                valued.add(gold, _with_unit_column(number, unit), True, **options)
            if _PLAIN_NUMBER.fullmatch(gold):
                _derived_forms(_with_unit_column(gold, unit), gold, same, changed, **options)
    return [own, valued, same, changed]


def _with_unit_column(value: str, unit: str) -> str:
    """A value as an answer writes it with its unit column: ``2`` and ``$10^6$ m`` -> ``2 \\times 10^6 m``."""
    plain = " ".join(unit.replace("$", " ").replace("~", " ").split())
    if value.replace(" ", "").endswith(plain.replace(" ", "")):  # "36^\\circ" with its column "$^\\circ$"
        return value
    return f"{value} \\times {plain}" if plain.startswith("10^") else f"{value} {plain}".strip()


def theoremqa_sets(snap: Snapshot) -> list[Tally]:
    """TheoremQA's physics golds: numbers and lists of numbers (its unit is in the question's words)."""
    golds = []
    for row in json.loads(snap.read(_THEOREMQA)):
        if row.get("field") == "Physics" and row.get("Answer_type") in _THEOREMQA_TYPES:
            answer = row["Answer"]
            gold = json.dumps(answer) if isinstance(answer, list) else str(answer)
            golds.append((gold, gold))
    return _gold_sets(snap, f"physics gold self-agreement, {_THEOREMQA}", golds)


def abench_sets(snap: Snapshot) -> list[Tally]:
    """ABench-Physics' golds (numbers to the significant figures each question asks for)."""
    golds = []
    for path in snap.files:
        if _ABENCH.fullmatch(path):
            for row in csv.DictReader(io.StringIO(snap.read(path).lstrip("\ufeff"))):
                gold = str(row.get("standard_answer") or "").strip()
                if gold:
                    golds.append((gold, gold))
    return _gold_sets(snap, "gold self-agreement, Physics/data/*.csv", golds)


def physics_sets(snap: Snapshot) -> list[Tally]:
    golds = []
    for path in snap.files:
        if re.fullmatch(r"PHYSICS/[a-z]+_dataset\.jsonl", path):
            golds += [str(g).strip() for row in _json_rows(snap, path) for g in row.get("final_answers") or []]
    golds = [(g, g) for g in dict.fromkeys(golds) if auto_scorable(g)]
    return _gold_sets(snap, "auto-scorable gold self-agreement, PHYSICS/*_dataset.jsonl", golds) \
        + _physics_labelled(snap)


def _physics_labelled(snap: Snapshot) -> list[Tally]:
    """Real models' answers with the benchmark's labels: up to _LABELLED_EACH right and as many wrong,
    distinct (answer, gold) pairs in a fixed pseudo-random order (sha1 of the pair)."""
    pairs, responses = {}, {}
    for path in snap.files:
        if not re.fullmatch(r"outputs/[^/]+/[^/]+/final_evaluation\.jsonl", path):
            continue
        for row in _json_rows(snap, path):
            results = row.get("equivalency_results") or []
            for result in results:
                texts, label = result.get("input_expressions") or {}, result.get("final_result")
                answer, gold = texts.get("expr1"), texts.get("expr2")
                if isinstance(label, bool) and isinstance(answer, str) and isinstance(gold, str) and answer and gold:
                    pairs.setdefault((answer, gold), label)
                    if len(results) == 1 and isinstance(row.get("solution"), str):  # one gold: the whole response
                        responses.setdefault((row["solution"], gold), label)
    ordered = sorted(pairs.items(), key=lambda item: hashlib.sha1("\0".join(item[0]).encode()).hexdigest())
    tallies = []
    for name, keep in (("labelled model answers, outputs/*/final_evaluation.jsonl (balanced sample)", None),
                       ("labelled model answers to formula/number golds (balanced sample)", auto_scorable)):
        tally = Tally(name, snap.source, snap.commit)
        for wanted in (True, False):
            chosen = [pair for pair, label in ordered if label is wanted and (keep is None or keep(pair[1]))]
            for answer, gold in chosen[:_LABELLED_EACH]:
                tally.add(gold, answer, wanted)
        tallies.append(tally)
    natural = Tally("labelled model answers at their own mix of right and wrong (first 4,000 by sha1)", snap.source,
                    snap.commit)
    for (answer, gold), label in ordered[:_NATURAL_MIX]:
        natural.add(gold, answer, label)
    whole = Tally("labelled models' whole responses to one-answer problems (the judge extracts the answer)",
                  snap.source, snap.commit)
    for (response, gold), label in responses.items():
        whole.add(gold, response, label)
    return tallies + [natural, whole]


def _json_rows(snap: Snapshot, path: str):
    try:
        text = snap.read(path)
    except subprocess.CalledProcessError:  # a snapshot may leave its largest files out
        logger.warning("%s: not in the snapshot", path)
        return
    for line in text.splitlines():
        try:
            yield json.loads(line)
        except json.JSONDecodeError:  # a snapshot may cut a large file short
            logger.warning("%s: skipped a row that is not JSON", path)


def sets_of(snap: Snapshot) -> list[Tally]:
    found = []
    if any(re.fullmatch(r"data/[^/]+/en\.jsonl", p) for p in snap.files):
        found += ugphysics_sets(snap)
    if "eval/scoring_examples.json" in snap.files:
        found += olympiad_sets(snap)
    if "src/math_verify/grader.py" in snap.files:
        found += math_verify_sets(snap)
    if any(re.fullmatch(r"PHYSICS/[a-z]+_dataset\.jsonl", p) for p in snap.files):
        found += physics_sets(snap)
    if _PHYBENCH in snap.files:
        found += phybench_sets(snap)
    if any(_CMT_RESULTS.fullmatch(p) for p in snap.files):
        found += cmt_sets(snap)
    if all(f"dataset/original/{subject}.json" in snap.files for subject in _SCIBENCH_PHYSICS):
        found += scibench_sets(snap)
    if _THEOREMQA in snap.files:
        found += theoremqa_sets(snap)
    if any(_ABENCH.fullmatch(p) for p in snap.files):
        found += abench_sets(snap)
    if not found:
        logger.warning("%s: no layout this bench knows", snap.folder)
    return found


def totals(tallies: list[Tally]) -> list[Tally]:
    """One tally over all labelled-pair sets of a source that has several."""
    out = []
    for source in dict.fromkeys(t.source for t in tallies):
        labelled = [t for t in tallies if t.source == source and t.name.startswith("labelled pairs")]
        if len(labelled) > 1:
            total = Tally("all labelled pairs", source, labelled[0].commit)
            for t in labelled:
                total.rows += t.rows
                total.agree += t.agree
                total.false_accepts += t.false_accepts
                total.false_rejects += t.false_rejects
            out.append(total)
    return out


def markdown(rows: list[dict]) -> str:
    lines = ["| source @ commit | set | rows | agreement % | false accepts % | false rejects % |",
             "|---|---|---:|---:|---:|---:|"]
    lines += [f"| {r['source']} @ {r['commit'][:10]} | {r['set']} | {r['rows']} | {r['agreement_pct']} | "
              f"{r['false_accept_pct']} | {r['false_reject_pct']} |" for r in rows]
    return "\n".join(lines) + "\n"


def rule_markdown(tallies: list[Tally]) -> str:
    """Agreement per rewrite or perturbation rule, for the sets built from derived forms."""
    lines = []
    for t in tallies:
        lines += [f"| {t.name} | {rule} | {c['rows']} | {round(100.0 * c['agree'] / c['rows'], 2)} |"
                  for rule, c in sorted(t.by_rule.items())]
    if not lines:
        return ""
    return "\n| set | rule | rows | agreement % |\n|---|---|---:|---:|\n" + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshots", nargs="+", type=Path, help="fetched repository folders")
    parser.add_argument("--out", default="docs/results/judge_agreement", help="output path without extension")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("verifiers").setLevel(logging.ERROR)
    tallies = [t for folder in args.snapshots for t in sets_of(Snapshot(folder))]
    rows = [t.row() for t in tallies] + [t.row() for t in totals(tallies)]
    table = markdown(rows) + rule_markdown(tallies)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    command = " ".join(["python bench/judge_agreement.py", *map(str, args.snapshots), "--out", args.out])
    out.with_suffix(".md").write_text(f"# Judge agreement on public benchmark data\n\n`{command}`\n\n{table}")
    out.with_suffix(".json").write_text(json.dumps(
        [{**t.row(), **({"by_rule": t.by_rule} if t.by_rule else {}), "disagreements": t.examples}
         for t in tallies], indent=1, ensure_ascii=False))
    logger.info("\n%s", table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
