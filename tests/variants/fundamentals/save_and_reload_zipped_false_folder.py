"""Wrong: saves with model.save(..., zipped=False), the docs' faster unzipped option, which writes a folder named model (the suffix had to go); breaks 'Keras 3 writes whole models to one `.keras` file; ... a folder ... is refused' and 'ends in .keras'."""

EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", "save_and_reload() raised UnboundLocalError"

MUTATE = [
    ('path = os.path.join(folder, "model.keras")\n    model.save(path)',
     'path = os.path.join(folder, "model")\n    model.save(path, zipped=False)'),
]
