"""Wrong: shuffles train_data and train_labels in place before each fit, each with its own np.random.shuffle, so examples and labels no longer match (and the caller's arrays change); breaks 'every model is trained alike: the same training data, epochs and batch size'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('    for name, model in models.items():\n        history = model.fit(',
     '    for name, model in models.items():\n        np.random.shuffle(train_data)\n        np.random.shuffle(train_labels)\n        history = model.fit('),
]
