"""Wrong: Kept the loader's batch_size=32 instead of the argument; breaks 'batch_size: images per batch'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)''',
     '''    common = dict(image_size=image_size, batch_size=32, label_mode=label_mode,
                  validation_split=0.2, seed=seed)'''),
]
