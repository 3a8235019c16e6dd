"""Wrong: keeps the training mean and std in module globals TRAIN_MEAN / TRAIN_STD (the note's train_stats, to normalise later data with) and rebinds them on every call; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", 'module variable TRAIN_MEAN'

MUTATE = [
    ('def normalize_features(train, test):\n    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n',
     'TRAIN_MEAN = None\nTRAIN_STD = None\n\n\ndef normalize_features(train, test):\n    global TRAIN_MEAN, TRAIN_STD\n    TRAIN_MEAN = mean = train.mean(axis=0)\n    TRAIN_STD = std = train.std(axis=0)\n'),
]
