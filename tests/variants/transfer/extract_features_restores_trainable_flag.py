"""Wrong: freezes the base only for the call and puts its trainable flag back afterwards, to leave the argument as it came; breaks 'Afterwards the base is frozen: no trainable variable left.'."""

EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", "base"

MUTATE = [
    ('    base.trainable = False\n    features',
     '    was_trainable = base.trainable\n    base.trainable = False\n    features'),
    ('    return np.asarray(features)',
     '    base.trainable = was_trainable  # do not change the caller\'s model\n    return np.asarray(features)'),
]
