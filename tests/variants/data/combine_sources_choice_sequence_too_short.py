"""Wrong: mixes with choose_from_datasets over range(2).repeat(shorter length), so the choices run out before the longer source does; breaks 'every example of both files appears exactly once: nothing is dropped when one source runs out first'."""

EXERCISE, VERDICT, SAYS = "data.combine_sources", "wrong", "mixed dataset"

MUTATE = [
    ('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'shorter = int(min(first.cardinality(), second.cardinality()))\n    choice = tf.data.Dataset.range(2).repeat(shorter)\n    return tf.data.Dataset.choose_from_datasets([first, second], choice, stop_on_empty_dataset=False)'),
]
