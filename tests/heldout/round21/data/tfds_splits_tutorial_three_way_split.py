"""Wrong: keeps the tf_flowers tutorial's three-way split ['train[:80%]', 'train[80%:90%]', 'train[90%:]'] with train_percent wired into the first cut and a fixed 10-point validation slice, dropping the rest; breaks 'validation: the rest of it, in order; no example in both, together the whole split'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ("    split = [f\"train[:{train_percent}%]\", f\"train[{train_percent}%:]\"]\n"
     "    (train, validation), info = tfds.load(",
     "    split = [f\"train[:{train_percent}%]\", f\"train[{train_percent}%:{train_percent + 10}%]\",\n"
     "             f\"train[{train_percent + 10}%:]\"]\n"
     "    (train, validation, test), info = tfds.load("),
]
