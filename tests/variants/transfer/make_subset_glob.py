"""Correct: glob (its order is the file system's, so sorted), a seeded shuffle, a Path returned."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "done", ""

import glob
import os
import random
import shutil
from pathlib import Path


def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    for class_dir in sorted(glob.glob(os.path.join(source_dir, "*"))):
        files = sorted(glob.glob(os.path.join(class_dir, "*")))
        rng.shuffle(files)
        keep = files[:max(1, round(len(files) * fraction))]
        out = Path(target_dir) / os.path.basename(class_dir)
        out.mkdir(parents=True, exist_ok=True)
        for path in keep:
            shutil.copy(path, out)
    return Path(target_dir)
