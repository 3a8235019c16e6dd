"""The mutation-testing machinery (tests/mutation/mutants.py) on a small fixed sample.

The full measure is slow and stays out of the test command (tests/mutation/SCORE.md
says how to run it); this keeps its parts from rotting: mutants are made and named the
same way every time, the equivalents file names real mutants, and a sample of mutants
graded by the engine comes out as recorded: killed, or passing where listed equivalent.
"""

import sys
from functools import cache
from pathlib import Path

import pytest
from helpers import InBackground
from tfkata import catalogue

sys.path.insert(0, str(Path(__file__).parents[1] / "mutation"))
import mutants  # noqa: E402

BOOK = catalogue.load()
SECTIONS = sorted({e.module for e in BOOK.exercises.values()})
EVERY = 50  # one mutant in EVERY, from each section
SAMPLE = {}


@cache
def made(section: str) -> list:
    """The section's mutants, made once per session (making them all takes ~10 s)."""
    return mutants.mutants(section, BOOK)


def sample() -> list:
    known = mutants.equivalents()
    chosen = []
    for section in SECTIONS:
        chosen += made(section)[::EVERY] + [m for m in made(section) if m.key in known][:1]
    return chosen


def start_in_background(items):
    SAMPLE.update(run=InBackground(lambda: mutants.grade(sample(), progress=lambda line: None)))  # made there too


@pytest.mark.full  # makes every mutant twice (~15 s)
@pytest.mark.parametrize("section", SECTIONS)
def test_mutants_are_made_and_named_the_same_way_every_time(section):
    first, second = made(section), mutants.mutants(section, BOOK)
    assert [m.key for m in first] == [m.key for m in second]
    assert len({m.key for m in first}) == len(first), "two mutants share a name"
    assert all(m.ids for m in first)
    assert all(m.source != (mutants.SOLUTIONS / f"{section}.py").read_text() for m in first)


@pytest.mark.full  # makes every mutant
def test_every_listed_equivalent_is_a_mutant():
    keys = {m.key for s in SECTIONS for m in made(s)}
    assert not set(mutants.equivalents()) - keys


def test_sample_comes_out_as_recorded():
    if not SAMPLE:
        start_in_background([])
    known = mutants.equivalents()
    outcomes = SAMPLE["run"].result()
    assert len(outcomes) >= len(SECTIONS) * 2
    wrong = [f"{o.mutant.key}: {o.verdicts}" for o in outcomes if o.killed == (o.mutant.key in known)]
    assert not wrong, "\n".join(wrong)
