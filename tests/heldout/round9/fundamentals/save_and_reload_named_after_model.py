"""Right: names the file after the model, os.path.join(folder, model.name + ".keras"), inside folder and ending in .keras."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    (
        '    path = os.path.join(folder, "model.keras")\n',
        '    path = os.path.join(folder, model.name + ".keras")\n',
    ),
]
