"""Wrong: seeds the generator only `if seed`, so seed=0 gives an unseeded generator and another pick on every run; breaks 'The same seed picks the same files, in any process'."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'if seed:'

MUTATE = [
    ('''    rng = random.Random(seed)
''',
     '''    rng = random.Random(seed) if seed else random.Random()
'''),
]
