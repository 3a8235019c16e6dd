"""Right: picks with NumPy's seeded generator, np.random.default_rng(seed).choice(sorted names, size, replace=False), class by class in sorted order, then copies with shutil.copy2."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "done", ""

import os
import shutil

import numpy as np


def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = np.random.default_rng(seed)
    for class_name in sorted(os.listdir(source_dir)):
        names = sorted(os.listdir(os.path.join(source_dir, class_name)))
        count = max(1, round(len(names) * fraction))
        picked = rng.choice(names, size=count, replace=False)
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in picked:
            shutil.copy2(os.path.join(source_dir, class_name, str(name)),
                         os.path.join(target_dir, class_name, str(name)))
    return target_dir
