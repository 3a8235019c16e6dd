"""Right: walks the folder with os.walk, sorting the class folders in place and the files, one random.Random(seed) drawing for every class in turn."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "done", ""

import os
import random
import shutil


def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    top = True
    for root, dirs, files in os.walk(source_dir):
        dirs.sort()
        if top:
            top = False
            continue
        class_name = os.path.relpath(root, source_dir)
        names = sorted(files)
        picked = rng.sample(names, max(1, round(len(names) * fraction)))
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in picked:
            shutil.copy2(os.path.join(root, name), os.path.join(target_dir, class_name, name))
    return target_dir
