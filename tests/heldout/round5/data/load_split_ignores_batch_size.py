"""Wrong: Left batch_size out of the loader's arguments, so batches are always 32; breaks 'batch_size: images per batch'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)',
     '    common = dict(image_size=image_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)'),
]
