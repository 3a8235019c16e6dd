"""Wrong: the learner wrote the slices as train[:{train_percent}] and train[{train_percent}:], without the % sign, and their load ran; tfds reads the number as an example count, so on tf_flowers training gets 80 photos instead of 80 %, and a split smaller than train_percent raises; breaks 'train: the first train_percent % of the "train" split'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]',
     'split = [f"train[:{train_percent}]", f"train[{train_percent}:]"]'),
]
