"""Wrong: the learner put the epoch in the file name, os.path.join(folder, "best_{epoch:02d}.weights.h5"), with save_best_only=True and save_weights_only=True, so they could see which epoch was best; in their run the folder filled with best_01, best_02, best_03 and the newest held the best weights, but there is no single file: every improving epoch leaves its own, and the callback's filepath is the template, not a file that can be loaded; breaks 'writes only the weights (not the whole model) to a file inside `folder` ... so that the file ends up holding the best epoch's weights'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('''    path = os.path.join(folder, "best.weights.h5")''',
     '''    path = os.path.join(folder, "best_{epoch:02d}.weights.h5")'''),
]
