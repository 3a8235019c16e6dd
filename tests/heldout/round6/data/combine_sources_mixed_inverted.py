"""Wrong: the test on `mixed` is inverted, so mixed=False samples the two sources and mixed=True concatenates them; breaks 'mixed=False: every CSV example, then every JSON example; mixed=True: the two sources mixed together'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('''    if not mixed:
        return first.concatenate(second)''',
     '''    if mixed:
        return first.concatenate(second)'''),
]
