"""Wrong: draws one random seed and gives it to both parts instead of the `seed` argument, so the parts agree but the files are shuffled differently on every call; breaks 'seed: the seed the files are shuffled with before the split'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    (
        '    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n',
        '    seed = np.random.randint(1_000_000)  # any seed will do, as long as both parts share it\n    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n',
    ),
]
