"""Wrong: keeps the loaded dataset in a module dict keyed by folder, so a second call with another image_size or batch_size gets the first call's dataset; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('def modern_loader(directory, image_size=(32, 32), batch_size=32):\n    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,\n                                                       batch_size=batch_size, label_mode="binary")\n    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '_LOADED = {}\n\n\ndef modern_loader(directory, image_size=(32, 32), batch_size=32):\n    if directory not in _LOADED:\n        dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,\n                                                           batch_size=batch_size, label_mode="binary")\n        rescale = keras.layers.Rescaling(1.0 / 255)\n        _LOADED[directory] = dataset.map(lambda images, labels: (rescale(images), labels))\n    return _LOADED[directory]'),
]
