"""Right: shuffles the pairs first and filters out the unlabelled ones after; still shuffled, then batched, prefetched last, every labelled example once."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('            .filter(lambda image, label: label >= 0)\n            .shuffle(1000)\n',
     '            .shuffle(1000)\n            .filter(lambda image, label: label >= 0)\n'),
]
