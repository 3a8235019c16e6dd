"""Correct: pathlib and shutil.copy, the same seeded choice."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "done", ""

import random
import shutil
from pathlib import Path


def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    for folder in sorted(Path(source_dir).iterdir()):
        files = sorted(p.name for p in folder.iterdir())
        (Path(target_dir) / folder.name).mkdir(parents=True, exist_ok=True)
        for name in rng.sample(files, max(1, round(len(files) * fraction))):
            shutil.copy(folder / name, Path(target_dir) / folder.name / name)
    return target_dir
