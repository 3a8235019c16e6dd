"""Wrong: each call gets its own seed, so the parts overlap and miss files."""
EXERCISE, VERDICT, SAYS = 'data.load_split', "wrong", 'same seed'
MUTATE = [('subset="validation", **common)', 'subset="validation", **{**common, "seed": seed + 1})')]
