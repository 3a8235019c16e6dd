"""Wrong: empties the given folder (rmtree then makedirs) before saving, deleting whatever else it held; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", "a file of the caller's"

MUTATE = [
    ('''    checkpoint = keras.callbacks.ModelCheckpoint(
''',
     '''    shutil.rmtree(folder)  # start from an empty folder
    os.makedirs(folder)
    checkpoint = keras.callbacks.ModelCheckpoint(
'''),
]
