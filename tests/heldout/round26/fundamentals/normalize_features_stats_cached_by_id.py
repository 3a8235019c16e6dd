"""Wrong: the learner normalises many test batches against one training set, so they memoised the training statistics in a default-argument dict keyed by (id(train), train.shape), and every check on fresh arrays gave mean 0 and std 1; the dict lives as long as the module, so a training array refilled in place (or a new array that reuses a freed one's id) is normalised with the old data's mean and std; breaks 'both as (x - train_mean) / train_std' and 'Every function works from its arguments alone'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('def normalize_features(train, test):\n    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n',
     'def normalize_features(train, test, _stats={}):\n'
     '    key = (id(train), train.shape)\n'
     '    if key not in _stats:\n'
     '        _stats[key] = (train.mean(axis=0), train.std(axis=0))\n'
     '    mean, std = _stats[key]\n'),
]
