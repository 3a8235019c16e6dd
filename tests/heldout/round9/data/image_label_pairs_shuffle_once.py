"""Wrong: calls shuffle(1), reading the argument as "shuffle once"; it is the buffer size, and a buffer of one example shuffles nothing; breaks 'the examples are shuffled, then batched'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    (
        '            .shuffle(1000)\n',
        '            .shuffle(1)  # shuffle once\n',
    ),
]
