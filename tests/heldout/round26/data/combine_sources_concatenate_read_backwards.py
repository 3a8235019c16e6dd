"""Wrong: the learner read a.concatenate(b) as 'concatenate a onto the end of b' and wrote json.concatenate(csv) for the unmixed case; their 6 + 4 check counted 10 examples, every one of both files; the JSON examples come first and the CSV's after them; breaks 'mixed=False: every CSV example, then every JSON example'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('        return first.concatenate(second)', '        return second.concatenate(first)'),
]
