"""Wrong: random.choices draws with replacement, so a file can be picked twice and the class comes up short."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", "different files"
MUTATE = [("chosen = rng.sample(files, max(1, round(len(files) * fraction)))",
           "chosen = rng.choices(files, k=max(1, round(len(files) * fraction)))")]
