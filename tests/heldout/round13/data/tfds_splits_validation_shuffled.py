"""Wrong: shuffles the validation slice once with a fixed seed (shuffle(1000, seed=0, reshuffle_each_iteration=False)) so that any batch mixes classes; breaks 'validation: the rest of it, in order'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    return train, validation, info.features["label"].names',
     '    validation = validation.shuffle(1000, seed=0, reshuffle_each_iteration=False)\n    return train, validation, info.features["label"].names'),
]
