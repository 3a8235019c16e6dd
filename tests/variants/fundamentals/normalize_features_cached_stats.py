"""Wrong: Fits the statistics once and keeps them in a module global, so later calls reuse the first training set's mean/std; breaks 'with the training set's statistics' (of the train passed in)."""
EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "module variable _STATS"
MUTATE = [
    ('def normalize_features(train, test):\n    mean = train.mean(axis=0)\n    std = train.std(axis=0)',
     '_STATS = {}\n\n\ndef normalize_features(train, test):\n    if not _STATS:\n        _STATS["mean"], _STATS["std"] = train.mean(axis=0), train.std(axis=0)\n    mean, std = _STATS["mean"], _STATS["std"]'),
]
