"""Wrong: custom-training-loop habit: gets the probabilities with model(x, training=True), so a classifier with Dropout or BatchNormalization predicts with dropped units and batch statistics and its labels change from call to call; breaks 'Predict with a trained classifier and turn its outputs into labels'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'labels'

MUTATE = [
    ('    probs = model.predict(x, verbose=0)',
     '    probs = keras.ops.convert_to_numpy(model(x, training=True))'),
]
