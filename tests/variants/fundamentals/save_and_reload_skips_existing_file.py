"""Wrong: skips the (slow) save when model.keras already exists in the folder, so saving another model into the same folder reloads, and measures, the old file; breaks 'Save a model in the Keras 3 format, load it back' (the new model that loading the file gives back is this model's)."""

EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", "reloaded model"

MUTATE = [
    ('    model.save(path)\n',
     '    if not os.path.exists(path):  # already saved: skip the slow write\n'
     '        model.save(path)\n'),
]
