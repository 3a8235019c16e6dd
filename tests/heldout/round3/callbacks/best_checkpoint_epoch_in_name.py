"""Wrong: Put {epoch:02d} in the file name, so every improving epoch writes its own file; breaks 'writes only the weights ... to a file inside folder ... so that the file ends up holding the best epoch's weights'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = os.path.join(folder, "best-{epoch:02d}.weights.h5")'),
]
