"""Right: closes the validation slice explicitly at 100%, with %-formatting."""

EXERCISE, VERDICT = "data.tfds_splits", "done"

MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     '    split = ["train[:%d%%]" % train_percent, "train[%d%%:100%%]" % train_percent]'),
]
