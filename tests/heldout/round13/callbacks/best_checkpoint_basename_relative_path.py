"""Wrong: joins only the folder's last name, os.path.join(os.path.basename(folder), ...), a relative path that lands under the current directory; breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = os.path.join(os.path.basename(os.path.normpath(folder)), "best.weights.h5")'),
]
