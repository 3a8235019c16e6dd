"""Wrong: the learner wrote the split strings for the default, "train[:80%]" and "train[80%:]", as a tf_flowers tutorial has them, reading train_percent as documentation of the 80 % default; a call with train_percent 70 or 50 still cuts at 80 %, which breaks 'train: the first train_percent % of the "train" split'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     'split = ["train[:80%]", "train[80%:]"]'),
]
