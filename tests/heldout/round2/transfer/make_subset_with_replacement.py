"""Wrong: Drew files with rng.choice in a loop, so a file can be drawn twice; breaks 'max(1, round(n * fraction)) different files'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     'chosen = [rng.choice(files) for _ in range(max(1, round(len(files) * fraction)))]'),
]
