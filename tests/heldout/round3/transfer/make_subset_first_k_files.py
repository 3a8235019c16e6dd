"""Wrong: Took the first k sorted files, no random pick ('reproducible by construction'); breaks 'picked at random with a generator seeded with seed ... another seed picks others'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = files[:max(1, round(len(files) * fraction))]'),
]
