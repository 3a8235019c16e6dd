"""Wrong: One module-level generator created at import and reused by every call; breaks 'the same seed picks the same files' (a second call continues the sequence) and ignores seed."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('def make_subset(source_dir, target_dir, fraction, seed=42):\n    rng = random.Random(seed)',
     '_RNG = random.Random(42)\n\n\ndef make_subset(source_dir, target_dir, fraction, seed=42):\n    rng = _RNG'),
]
