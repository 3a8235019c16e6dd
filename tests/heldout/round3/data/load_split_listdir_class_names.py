"""Wrong: Passed class_names=os.listdir(directory), the file system's order, to both loaders; breaks 'classes are numbered in sorted (alphabetical) order of the folder names'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)''',
     '''    import os

    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed, class_names=os.listdir(directory))'''),
]
