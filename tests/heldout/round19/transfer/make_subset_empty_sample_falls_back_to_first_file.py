"""Wrong: samples round(n * fraction) files and, when that is none, takes the first sorted file instead of a random one; breaks 'max(1, round(n * fraction)) different files, picked at random with a generator seeded with `seed`'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ("        chosen = rng.sample(files, max(1, round(len(files) * fraction)))",
     "        chosen = rng.sample(files, round(len(files) * fraction)) or files[:1]  # keep the class"),
]
