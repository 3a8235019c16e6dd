"""Wrong: Held out validation_split=0.25 (note 001's quarter of the test batches) instead of 20 %; breaks 'note 002 keeps 20 % of the files for validation ... 20 % of the files go to validation'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)''',
     '''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.25, seed=seed)'''),
]
