"""Wrong: keeps the save path in a module variable set on the first call, so a later call with another folder saves into the first folder; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('def save_and_reload(model, folder):\n    path = os.path.join(folder, "model.keras")',
     '_PATH = None\n\n\ndef save_and_reload(model, folder):\n    global _PATH\n    if _PATH is None:\n        _PATH = os.path.join(folder, "model.keras")\n    path = _PATH'),
]
