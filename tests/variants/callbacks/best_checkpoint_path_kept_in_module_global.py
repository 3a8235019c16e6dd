"""Wrong: remembers the checkpoint's path in a module global BEST_WEIGHTS (to load the weights back later without passing the folder around), rebinding it on every call; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "wrong", 'module variable BEST_WEIGHTS'

MUTATE = [
    ('def best_checkpoint(folder):\n    path = os.path.join(folder, "best.weights.h5")\n',
     'BEST_WEIGHTS = None\n\n\ndef best_checkpoint(folder):\n    global BEST_WEIGHTS\n    path = BEST_WEIGHTS = os.path.join(folder, "best.weights.h5")\n'),
]
