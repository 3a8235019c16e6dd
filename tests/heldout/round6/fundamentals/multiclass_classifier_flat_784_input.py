"""Wrong: declares the input as already-flattened vectors of 784; breaks 'Build and compile a classifier of 28x28 images ... The same layers as `sequential_model`'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('''    model = keras.Sequential([
        keras.Input(shape=(28, 28)),''',
     '''    model = keras.Sequential([
        keras.Input(shape=(784,)),'''),
]
