"""Wrong: returns info.splits['train'], the SplitInfo object (it prints its num_examples), instead of its num_examples; breaks 'num_examples: the size of the whole train split, from the info (an int)'."""

EXERCISE, VERDICT = 'data.tfds_splits', 'wrong'

MUTATE = [
    ('info.splits["train"].num_examples',
     'info.splits["train"]'),
]
