"""Right: flushes every dot so it shows at once; same output."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"
MUTATE = [
    ('        print(".", end="")',
     '        print(".", end="", flush=True)'),
]
