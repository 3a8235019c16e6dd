"""Wrong: shuffles the joined dataset in both modes ('training data should always be shuffled'); breaks 'mixed=False: every CSV example, then every JSON example'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ("""    if not mixed:
        return first.concatenate(second)""",
     """    if not mixed:
        return first.concatenate(second).shuffle(1000, seed=0)"""),
]
