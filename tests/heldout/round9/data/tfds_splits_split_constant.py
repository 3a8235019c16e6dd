"""Right: names the split with the tfds.Split.TRAIN constant inside the slice strings (it is the string "train")."""

EXERCISE, VERDICT = "data.tfds_splits", "done"

MUTATE = [
    (
        '    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n',
        '    split = [f"{tfds.Split.TRAIN}[:{train_percent}%]", f"{tfds.Split.TRAIN}[{train_percent}%:]"]\n',
    ),
]
