"""Wrong: Sampled from both sources whatever `mixed` says; breaks 'mixed=False: every CSV example, then every JSON example'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('''    if not mixed:
        return first.concatenate(second)
''',
     ''),
]
