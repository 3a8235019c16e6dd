"""Right: one call per subset from a generator expression, every argument spelled out (labels='inferred', shuffle=True)."""
EXERCISE, VERDICT = "data.load_split", "done"
MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)''',
     '''    train, validation = (
        keras.utils.image_dataset_from_directory(directory, labels="inferred", label_mode=label_mode,
                                                 image_size=tuple(image_size), batch_size=batch_size,
                                                 shuffle=True, seed=seed, validation_split=0.2, subset=subset)
        for subset in ("training", "validation"))'''),
]
