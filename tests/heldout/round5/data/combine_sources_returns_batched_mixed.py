"""Wrong: Batched the mixed dataset by 8 'so that a batch sees both'; breaks 'Returns: an unbatched tf.data.Dataset of (features, label)'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False).batch(8)'),
]
