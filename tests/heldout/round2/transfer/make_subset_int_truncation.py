"""Wrong: Int() instead of round() for the count (13 * 0.6 -> 7, not 8); breaks 'max(1, round(n * fraction))'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('max(1, round(len(files) * fraction))',
     'max(1, int(len(files) * fraction))'),
]
