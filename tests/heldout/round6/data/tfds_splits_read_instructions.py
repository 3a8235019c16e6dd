"""Right: the two slices as tfds.core.ReadInstruction objects (percent units) instead of split strings."""
EXERCISE, VERDICT = "data.tfds_splits", "done"
MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     '''    split = [tfds.core.ReadInstruction("train", to=train_percent, unit="%"),
             tfds.core.ReadInstruction("train", from_=train_percent, unit="%")]'''),
]
