"""Wrong: Passed shuffle=False to keep batches reproducible, so the split takes the last files in order and the seed does nothing; breaks 'seed: the seed the files are shuffled with before the split'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)',
     '    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed, shuffle=False)'),
]
