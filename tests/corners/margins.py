#!/usr/bin/env python3
"""How far each "it learns" check is from its verdict, over seeds: run it in a corner's venv.

    python tests/corners/margins.py [--seeds 10]

Every grader test that calls checks.expect_learns runs as the kit runs it, seeded with
each of 0..N-1 (the graders use 0: another seed stands for another spelling of the same
model, whose weights start elsewhere). The learner is the reference solution, then a few
wrong answers that only the training check can see. The check stops as soon as the loss
is below its bar, so the steps it takes decide the verdict; here each runs with ten times
its budget, to say how far from the budget it is:

- a reference needs at most ``budget / margin`` steps (margin: how much slower learning
  could get on some release before the grader failed a correct answer);
- a wrong answer needs more than ``budget x margin`` steps, or never gets there.

Exit 1 if a reference needs more than its budget or a wrong answer fits in it.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

ROOT = Path(__file__).resolve().parents[2]
STRETCH = 10  # each check runs with STRETCH x its budget

# Wrong answers that pass the structure checks of the learns tests, which the training check must fail: (exercise function, what, [(old, new)] on solutions/fundamentals.py).
WRONG = [
    ("regression_model", "sigmoid output", [('keras.layers.Dense(1),\n    ])\n    model.compile(loss="mse"',
                                             'keras.layers.Dense(1, activation="sigmoid"),\n    ])\n'
                                             '    model.compile(loss="mse"')]),
    ("regression_model", "RMSprop(1e-5)", [("RMSprop(0.001)", "RMSprop(0.00001)")]),
    ("binary_classifier", "Adam(1e-5)", [('optimizer="adam", loss="binary_crossentropy"',
                                          'optimizer=keras.optimizers.Adam(1e-5), loss="binary_crossentropy"')]),
    ("multiclass_classifier", "Adam(1e-5)", [('optimizer="adam", loss=loss', 'optimizer=keras.optimizers.Adam(1e-5), loss=loss')]),
]
# Not here: a sigmoid output with from_logits=True, or a relu output with a crossentropy, trains as
# well as the reference (Keras's TensorFlow backend takes the logits from under a sigmoid or softmax
# in a traced step, and rescales other outputs to sum to 1): the structure graders catch them.


def load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mutated(folder: Path, changes: list[tuple[str, str]], index: int):
    source = (ROOT / "solutions" / "fundamentals.py").read_text(encoding="utf-8")
    for old, new in changes:
        assert source.count(old) == 1, f"{old!r} is not once in solutions/fundamentals.py"
        source = source.replace(old, new)
    path = folder / f"wrong_{index}.py"
    path.write_text(source, encoding="utf-8")
    return load(path, f"wrong_{index}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    seeds = range(parser.parse_args().seeds)

    import keras
    import pytest
    from tfkata import checks, inner  # noqa: F401  inner: the graders' Hypothesis profile
    from tfkata.problems import Mistake

    graders = load(ROOT / "tests" / "graders" / "test_fundamentals.py", "graders_fundamentals")
    reference = load(ROOT / "solutions" / "fundamentals.py", "reference_fundamentals")
    tests = {  # exercise function -> [(label, call the grader test with a learner)]
        "regression_model": [("", lambda fn: graders.test_regression_model_learns(fn))],
        "binary_classifier": [("", lambda fn: graders.test_binary_classifier_learns(fn))],
        "multiclass_classifier": [(f"[{kind}]", lambda fn, one_hot=one_hot: graders.test_multiclass_classifier_learns(fn, one_hot))
                                  for kind, one_hot in (("integer labels", False), ("one-hot", True))],
    }
    real = checks.expect_learns
    seen: list[tuple[int, int | None]] = []  # (budget, steps needed or None)

    def stretched(model, x, y, kind, steps, ratio=0.5):
        try:
            seen.append((steps, real(model, x, y, kind, steps=steps * STRETCH, ratio=ratio)))
        except Mistake:
            seen.append((steps, None))
        if seen[-1][1] is None or seen[-1][1] > steps:
            raise Mistake("training", "past the budget", "within it", "(margins.py)")
        return seen[-1][1]

    checks.expect_learns = stretched

    def needs(fn, call) -> tuple[int, list[int | None]]:
        found = []
        for seed in seeds:
            keras.utils.set_random_seed(seed)
            seen.clear()
            try:
                call(fn)
            except Mistake:
                pass
            if not seen:
                raise SystemExit(f"{call}: the grader test never reached expect_learns")
            found.append(seen[-1][1])
        return seen[-1][0], found

    print(f"keras {keras.__version__}; steps each check needs to reach its bar, seeds 0-{len(seeds) - 1} "
          f"(the graders use 0); x = budget / steps (reference) or steps / budget (wrong)")
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for function, calls in tests.items():
            for label, call in calls:
                budget, found = needs(getattr(reference, function), call)
                worst = max(n if n is not None else float("inf") for n in found)
                margin = budget / worst
                failed |= margin < 1
                print(f"  {function + label:40s} reference   needs {min(found)}-{worst} (seed 0: {found[0]}) "
                      f"of {budget}: margin {margin:.1f}x" + ("  FAILS" if margin < 1 else ""), flush=True)
            for index, (name, what, changes) in enumerate(WRONG):
                if name != function:
                    continue
                wrong = getattr(mutated(Path(scratch), changes, index), function)
                for label, call in calls:
                    budget, found = needs(wrong, call)
                    best = min(n if n is not None else float("inf") for n in found)
                    failed |= best <= budget
                    shown = f"needs {best} at best" if best != float("inf") else f"never in {budget * STRETCH}"
                    margin = f"{best / budget:.1f}x" if best != float("inf") else f">{STRETCH}x"
                    print(f"  {function + label:40s} wrong: {what:30s} {shown}: margin {margin}"
                          + ("  PASSES" if best <= budget else ""), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
