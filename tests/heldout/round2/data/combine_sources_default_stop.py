"""Correct: Sample_from_datasets relying on its default stop_on_empty_dataset=False."""
EXERCISE, VERDICT = "data.combine_sources", "done"
MUTATE = [
    ('tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'tf.data.Dataset.sample_from_datasets([first, second], seed=0)'),
]
