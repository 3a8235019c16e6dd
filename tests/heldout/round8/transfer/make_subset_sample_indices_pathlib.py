"""Right: one random.Random(seed) samples positions with rng.sample(range(n), k) (the same draw as sampling the names), k = round(n * fraction) or 1, paths and copies through pathlib and shutil.copyfile."""

EXERCISE, VERDICT = "transfer.make_subset", "done"

import pathlib
import random
import shutil


def make_subset(source_dir, target_dir, fraction, seed=42):
    source, target = pathlib.Path(source_dir), pathlib.Path(target_dir)
    rng = random.Random(seed)
    for class_dir in sorted((path for path in source.iterdir() if path.is_dir()), key=lambda path: path.name):
        names = sorted(path.name for path in class_dir.iterdir())
        count = round(len(names) * fraction) or 1
        picks = rng.sample(range(len(names)), count)
        destination = target / class_dir.name
        destination.mkdir(parents=True, exist_ok=True)
        for position in picks:
            shutil.copyfile(class_dir / names[position], destination / names[position])
    return target_dir
