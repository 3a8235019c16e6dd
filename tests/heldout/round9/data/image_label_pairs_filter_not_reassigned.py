"""Wrong: builds the pipeline step by step and calls pairs.filter(...) without keeping its result, so the unlabelled examples (label -1) stay in; breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    (
        '    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)\n            .filter(lambda image, label: label >= 0)\n            .shuffle(1000)\n',
        '    pairs = dataset.map(to_pair, num_parallel_calls=AUTOTUNE)\n    pairs.filter(lambda image, label: label >= 0)\n    return (pairs\n            .shuffle(1000)\n',
    ),
]
