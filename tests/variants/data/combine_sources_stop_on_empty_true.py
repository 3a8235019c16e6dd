"""Wrong: mixes with sample_from_datasets(..., stop_on_empty_dataset=True), "so the mix stays balanced and ends cleanly", which ends the whole dataset as soon as either source runs out (30 + 3 gives about 6 examples); breaks 'Either way every example of both files appears exactly once: nothing is dropped when one source runs out first.'"""

EXERCISE, VERDICT, SAYS = "data.combine_sources", "wrong", "mixed dataset"

MUTATE = [
    ('stop_on_empty_dataset=False', 'stop_on_empty_dataset=True'),
]
