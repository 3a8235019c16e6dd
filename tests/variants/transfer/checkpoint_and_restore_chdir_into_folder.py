"""Wrong: changes into `folder` with os.chdir so a short relative file name can be used, and stays there; breaks 'it changes neither them, nor this module's variables, nor the program's settings (... the working folder)'."""

EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", "os.getcwd()"

MUTATE = [
    ('    checkpoint = keras.callbacks.ModelCheckpoint(\n'
     '        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n',
     '    os.chdir(folder)  # work next to the weights file\n'
     '    checkpoint = keras.callbacks.ModelCheckpoint(\n'
     '        filepath="checkpoint.weights.h5",\n'),
]
