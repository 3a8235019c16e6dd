"""Wrong: repeats the smaller source to balance the mix and stops when the larger one runs out, so the smaller file's examples appear several times; breaks 'Either way every example of both files appears exactly once: nothing is dropped when one source runs out first'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    if len(first) < len(second):\n        first = first.repeat()\n    else:\n        second = second.repeat()\n    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=True)'),
]
