"""Correct: Filters the dictionaries on their label before mapping them to pairs."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"
MUTATE = [
    ('    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)\n            .filter(lambda image, label: label >= 0)\n',
     '    return (dataset.filter(lambda example: example["label"] >= 0)\n            .map(to_pair, num_parallel_calls=AUTOTUNE)\n'),
]
