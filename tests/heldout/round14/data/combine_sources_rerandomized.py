"""Right: mixes with sample_from_datasets(..., stop_on_empty_dataset=False, rerandomize_each_iteration=True), so each epoch mixes anew; every example of both files still appears exactly once."""

EXERCISE, VERDICT = "data.combine_sources", "done"

MUTATE = [
    ('seed=0, stop_on_empty_dataset=False)',
     'seed=0, stop_on_empty_dataset=False,\n                                                rerandomize_each_iteration=True)'),
]
