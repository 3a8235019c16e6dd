"""Wrong: Balanced the mix by taking twice the smaller source's size, dropping the rest of the bigger one; breaks 'every example of both files appears exactly once: nothing is dropped when one source runs out first'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'n = min(len(list(first)), len(list(second)))\n    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False).take(2 * n)'),
]
