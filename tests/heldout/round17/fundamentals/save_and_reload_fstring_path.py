"""Right: builds the path as f"{folder}/model.keras" instead of os.path.join; the file is still model.keras inside folder."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    ('path = os.path.join(folder, "model.keras")',
     'path = f"{folder}/model.keras"'),
]
