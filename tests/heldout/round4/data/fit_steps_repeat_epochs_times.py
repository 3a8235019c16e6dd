"""Wrong: Repeated the training data epochs times only (repeat(epochs)), which runs out when steps_per_epoch exceeds a pass; breaks 'the training data must never run out ... whether that is fewer or more than len(train_data)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ("""    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)""",
     """    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(epochs), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)"""),
]
