"""Wrong: Declared the input as (28, 28, 1) with a channel axis; breaks 'a keras.Sequential model that takes (batch, 28, 28)'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ('''    return keras.Sequential([
        keras.Input(shape=(28, 28)),''',
     '''    return keras.Sequential([
        keras.Input(shape=(28, 28, 1)),'''),
]
