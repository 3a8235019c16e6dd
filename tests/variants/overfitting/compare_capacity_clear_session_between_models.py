"""Wrong: follows the docs' advice to call keras.backend.clear_session() between models, which also resets a dtype policy the caller set; breaks 'changes neither ... the program's settings (Keras' dtype policy ...)'."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "global_policy()"

MUTATE = [
    ('    for name, model in models.items():\n        history = model.fit(',
     '    for name, model in models.items():\n        keras.backend.clear_session()  # free memory between runs\n        history = model.fit('),
]
