"""Right: one call of keras.utils.image_dataset_from_directory per subset, made in a loop over ("training", "validation") with the same keyword arguments (seed, validation_split=0.2, shuffle on), so both parts come from one shuffle of the files and split it without overlap; label_mode, image_size and batch_size passed through; returned as a tuple."""

EXERCISE, VERDICT = "data.load_split", "done"

MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation''',
     '''    parts = []
    for subset in ("training", "validation"):
        parts.append(keras.utils.image_dataset_from_directory(
            directory,
            labels="inferred",
            label_mode=label_mode,
            image_size=image_size,
            batch_size=batch_size,
            shuffle=True,
            seed=seed,
            validation_split=0.2,
            subset=subset,
        ))
    return tuple(parts)'''),
]
