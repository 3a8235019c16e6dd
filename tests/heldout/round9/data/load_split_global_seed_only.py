"""Wrong: seeds the whole program with keras.utils.set_random_seed(seed) and leaves seed out of the loader calls; with a validation split and shuffling, the loader refuses to run without its own seed; breaks 'Both parts are made with the same seed and the same split'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    (
        '    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n',
        '    keras.utils.set_random_seed(seed)  # one seed for everything\n    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2)\n',
    ),
]
