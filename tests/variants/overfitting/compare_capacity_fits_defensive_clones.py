"""Wrong: reads "it changes neither them" as a rule for the models too and fits a clone of each (clone_model, compiled from the model's own compile config), so the given models stay untrained; breaks 'models: {name: compiled model} ... fitted in the order given' (the grader checks each was fitted once, the given model itself)."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "fits of the smaller model"

MUTATE = [
    ('    for name, model in models.items():\n'
     '        history = model.fit(',
     '    for name, model in models.items():\n'
     '        model = keras.models.clone_model(model)  # leave the caller\'s model untouched\n'
     '        model.compile_from_config(models[name].get_compile_config())\n'
     '        history = model.fit('),
]
