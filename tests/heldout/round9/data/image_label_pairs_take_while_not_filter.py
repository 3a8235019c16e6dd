"""Wrong: keeps the labelled examples with take_while(label >= 0), which stops the whole dataset at the first unlabelled example instead of skipping it; breaks 'every labelled example appears once'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    (
        '            .filter(lambda image, label: label >= 0)\n',
        '            .take_while(lambda image, label: label >= 0)\n',
    ),
]
