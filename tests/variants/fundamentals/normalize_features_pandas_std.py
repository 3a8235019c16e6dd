"""Correct: the note's pandas-style statistics (sample std, ddof=1)."""
EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "done", ""


def normalize_features(train, test):
    mean, std = train.mean(axis=0), train.std(axis=0, ddof=1)
    return (train - mean) / std, (test - mean) / std
