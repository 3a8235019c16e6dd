"""Wrong: adds input validation that raises ValueError when batch_size is larger than the validation part (20 % of the files), to avoid a validation set "smaller than one batch"; the grader's 12 images give 2 validation files against batches of 4; breaks 'batch_size: images per batch (the last batch may be smaller).'"""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", "load_split() raised ValueError"

MUTATE = [
    ('import csv\n', 'import csv\nimport os\n'),
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)',
     '    files = sum(len(names) for _, _, names in os.walk(directory))\n'
     '    if batch_size > int(files * 0.2):\n'
     '        raise ValueError(f"batch_size {batch_size} is larger than the validation set ({int(files * 0.2)} files)")\n'
     '    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)'),
]
