"""Right: passes class_names=sorted(the sub-folders of directory) to the loader explicitly, the same order the inferred labels take; everything else as the reference."""

EXERCISE, VERDICT = "data.modern_loader", "done"

MUTATE = [
    ('import csv\n',
     'import csv\nimport os\n'),
    ('    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,\n',
     '    classes = sorted(name for name in os.listdir(directory) if os.path.isdir(os.path.join(directory, name)))\n    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size, class_names=classes,\n'),
]
