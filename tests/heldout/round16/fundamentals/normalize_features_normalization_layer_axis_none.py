"""Wrong: adapts keras.layers.Normalization(axis=None) to the training set and applies it to both sets; axis=None keeps one mean and one variance for the whole array, so columns on different scales stay apart; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = 'fundamentals.normalize_features', 'wrong'

MUTATE = [
    ('    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n    return (train - mean) / std, (test - mean) / std',
     '    layer = keras.layers.Normalization(axis=None)\n    layer.adapt(train)\n    return np.asarray(layer(train)), np.asarray(layer(test))'),
]
