"""Wrong: caches the features in a module dict keyed by the base's name and the batch's shape, to skip running a frozen base twice; breaks 'Every function works from its arguments alone, as it may be called again with others: it changes neither them, nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", "the module variable _FEATURES"

MUTATE = [
    ('def extract_features(base, images):\n    base.trainable = False',
     '_FEATURES = {}\n\n\n'
     'def extract_features(base, images):\n'
     '    key = (base.name, np.shape(images))\n'
     '    if key in _FEATURES:  # a frozen base gives the same features: reuse them\n'
     '        return _FEATURES[key]\n'
     '    base.trainable = False'),
    ('    return np.asarray(features)',
     '    _FEATURES[key] = np.asarray(features)\n    return _FEATURES[key]'),
]
