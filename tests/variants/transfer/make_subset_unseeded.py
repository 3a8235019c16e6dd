"""Wrong: an unseeded random generator picks other files each run."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'random.Random(seed)'
MUTATE = [('rng = random.Random(seed)', 'rng = random.Random()')]
