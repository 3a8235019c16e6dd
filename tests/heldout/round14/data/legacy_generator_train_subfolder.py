"""Wrong: flows from os.path.join(directory, "train") as the tutorial's train_dir does, a folder that the given directory of class folders does not have; breaks 'directory: one folder per class.'"""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('import csv\n',
     'import csv\nimport os\n'),
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,',
     '    return datagen.flow_from_directory(os.path.join(directory, "train"), target_size=image_size,\n                                       batch_size=batch_size,'),
]
