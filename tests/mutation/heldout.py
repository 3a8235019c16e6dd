"""How many learner mistakes written by someone who never read the graders do the graders catch?

A held-out batch is a folder of answers in the variants' format (tests/variants/README.md:
``EXERCISE``, ``VERDICT`` "wrong" or "done", ``MUTATE``), written from the stubs' docstrings
alone, by a writer who has not seen the graders. Each is graded by the kit's engine, judged
apart as `tfkata grade` judges; a wrong answer is *caught* when its verdict is not done, a
correct one *accepted* when it is.

    python tests/mutation/heldout.py BATCH_FOLDER [--record "round 2"]

prints the table per section and every answer the graders got wrong; ``--record`` adds the
figures to tests/mutation/SCORE.md under "Held-out learner mistakes". Measure a batch once,
before tuning any grader on it: a batch the graders were tuned on measures nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "kit"))

from helpers import read_variant, variant_source  # noqa: E402
from mutants import HELD_OUT as HEADING  # noqa: E402
from tfkata import catalogue  # noqa: E402
from tfkata.engine import Job, grade_many  # noqa: E402
from tfkata.results import DONE  # noqa: E402

SCORE = Path(__file__).with_name("SCORE.md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path)
    parser.add_argument("--record", metavar="NAME", help="add the figures to SCORE.md as this round")
    args = parser.parse_args(argv)
    book = catalogue.load()
    files = sorted(args.batch.rglob("*.py"))
    specs = {path: read_variant(path) for path in files}
    with tempfile.TemporaryDirectory(prefix="tfkata-heldout-") as root:
        jobs = []
        for path, spec in specs.items():
            exercise = book.get(spec["EXERCISE"])
            folder = Path(root) / f"{path.parent.name}-{path.stem}"
            folder.mkdir()
            (folder / f"{exercise.module}.py").write_text(variant_source(path, spec, exercise.module))
            jobs.append(Job(folder, [exercise.id]))
        results = grade_many(jobs, reuse=True, time_limit=60.0, apart=True)
    counts: Counter = Counter()
    misses = []
    for (path, spec), result in zip(specs.items(), results):
        verdict = next(iter(result.verdicts.values()))
        section, right = book.get(spec["EXERCISE"]).module, (verdict.status == DONE) == (spec["VERDICT"] == DONE)
        counts[section, spec["VERDICT"] == DONE, right] += 1
        if not right:
            misses.append(f"{'accepted' if verdict.status == DONE else 'refused'}: {path.relative_to(args.batch)} "
                          f"({verdict.status}: {verdict.message.splitlines()[0] if verdict.message else ''})")
    lines = ["| section | wrong answers | caught | correct answers | accepted |", "|---|---:|---:|---:|---:|"]
    for section in sorted({s for s, _, _ in counts}) + ["**total**"]:
        pick = (lambda s: True) if section == "**total**" else (lambda s, name=section: s == name)
        wrong = sum(n for (s, ok, _), n in counts.items() if pick(s) and not ok)
        caught = sum(n for (s, ok, r), n in counts.items() if pick(s) and not ok and r)
        right = sum(n for (s, ok, _), n in counts.items() if pick(s) and ok)
        accepted = sum(n for (s, ok, r), n in counts.items() if pick(s) and ok and r)
        lines.append(f"| {section} | {wrong} | {caught} ({100 * caught / max(wrong, 1):.0f}%) | {right} | {accepted} |")
    print("\n".join(lines))
    print("\n".join(misses))
    if args.record:
        text = SCORE.read_text(encoding="utf-8")
        if HEADING not in text:
            text += f"\n{HEADING}\n\nEach round: a batch written from the docstrings alone by a writer who never saw the " \
                    "graders, measured once before any grader was tuned on it (`tests/mutation/heldout.py`).\n"
        SCORE.write_text(text + f"\n### {args.record}\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
