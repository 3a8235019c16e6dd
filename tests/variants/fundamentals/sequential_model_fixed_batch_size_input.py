"""Wrong: declares the input with batch_size=32 (Keras 2's batch_input_shape habit), fixing the model's input to (32, 28, 28); breaks 'a keras.Sequential model that takes (batch, 28, 28)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'leave the batch size free'

MUTATE = [
    (
        '    return keras.Sequential([\n        keras.Input(shape=(28, 28)),',
        '    return keras.Sequential([\n        keras.Input(shape=(28, 28), batch_size=32),',
    ),
]
