"""Wrong: os.chdir(folder) and a bare file name, the notebook habit of working in the checkpoint folder; breaks 'changes neither them, nor ... the program's settings (... the working folder)'."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "wrong", "os.getcwd()"

MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")\n    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     'os.chdir(folder)\n    return keras.callbacks.ModelCheckpoint("best.weights.h5", monitor="val_loss", save_best_only=True,\n                                           save_weights_only=True)'),
]
