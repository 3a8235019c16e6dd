"""Wrong: Sample_from_datasets with stop_on_empty_dataset=True, which ends when one source runs out; breaks 'nothing is dropped when one source runs out first'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('stop_on_empty_dataset=False',
     'stop_on_empty_dataset=True'),
]
