"""Wrong: the test set is normalised with its own statistics (data leakage)."""
EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "its own mean"


def normalize_features(train, test):
    def norm(x):
        return (x - x.mean(axis=0)) / x.std(axis=0)
    return norm(train), norm(test)
