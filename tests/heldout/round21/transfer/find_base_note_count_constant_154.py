"""Wrong: finds the base by name but returns the count note 000 printed, 154, for every base; breaks 'the number of the base's own layers'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('return base, len(base.layers)',
     'return base, 154  # note 000: Number of layers in the base model:  154'),
]
