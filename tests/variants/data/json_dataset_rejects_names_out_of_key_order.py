"""Wrong: adds a consistency check that raises ValueError unless every object lists its keys as feature_names followed by label_name, in that order ("a clean file has one column order"); the grader's objects change their key order and its feature_names follow neither; breaks 'do not rely on the order of the keys inside an object, which may differ from line to line.'"""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", "json_dataset() raised ValueError"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n',
     '    expected = [*feature_names, label_name]\n'
     '    for number, record in enumerate(records):\n'
     '        if list(record) != expected:  # catch a malformed file early\n'
     '            raise ValueError(f"record {number} has keys {list(record)}, expected {expected}")\n'
     '    features = [[record[name] for name in feature_names] for record in records]\n'),
]
