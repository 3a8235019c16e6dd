"""Wrong: works out the file path once in a module-level variable, so every later call writes into the first call's folder; breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "wrong", 'module variable _PATH'

MUTATE = [
    (
        'def best_checkpoint(folder):\n',
        '_PATH = None\n\n\ndef best_checkpoint(folder):\n',
    ),
    (
        '    path = os.path.join(folder, "best.weights.h5")\n',
        '    global _PATH\n    if _PATH is None:  # work the file name out once\n        _PATH = os.path.join(folder, "best.weights.h5")\n    path = _PATH\n',
    ),
]
