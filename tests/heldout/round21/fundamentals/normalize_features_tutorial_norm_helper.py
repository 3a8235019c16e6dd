"""Right: the regression tutorial's shape (a train_stats table and a norm(x) helper), with the training set's column means and population standard deviations kept in a local dict."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "done"

import numpy as np


def normalize_features(train, test):
    train_stats = {"mean": np.mean(train, axis=0), "std": np.std(train, axis=0)}

    def norm(x):
        return (x - train_stats["mean"]) / train_stats["std"]

    normed_train_data = norm(train)
    normed_test_data = norm(test)
    return normed_train_data, normed_test_data
