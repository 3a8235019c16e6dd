"""Wrong: Left out the shuffle; breaks 'the examples are shuffled, then batched'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('            .shuffle(1000)\n',
     ''),
]
