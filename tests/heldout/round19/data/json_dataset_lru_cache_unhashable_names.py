"""Wrong: memoises json_dataset with functools.lru_cache, so a list of feature_names raises TypeError (unhashable) and a rewritten file is read stale; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('import json\n',
     'import functools\nimport json\n'),
    ('def json_dataset(path, feature_names, label_name="label"):',
     '@functools.lru_cache(maxsize=None)\ndef json_dataset(path, feature_names, label_name="label"):'),
]
