"""Wrong: memoises the answer in a module-level dict keyed by id() of the curves, to skip the argmin on a repeated call; a History read again after more training, or a new dict that reuses a freed dict's id, gets a stale epoch, and the module's dict grows on every call; breaks 'Every function works from its arguments alone, as it may be called again with others: it changes neither them, nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", "the module variable _BEST_EPOCHS"

MUTATE = [
    ('def best_epoch(history):\n'
     '    return int(np.argmin(_curves(history)["val_loss"])) + 1\n',
     '_BEST_EPOCHS = {}  # id(curves) -> answer: no need to search the same curves twice\n'
     '\n'
     '\n'
     'def best_epoch(history):\n'
     '    curves = _curves(history)\n'
     '    if id(curves) not in _BEST_EPOCHS:\n'
     '        _BEST_EPOCHS[id(curves)] = int(np.argmin(curves["val_loss"])) + 1\n'
     '    return _BEST_EPOCHS[id(curves)]\n'),
]
