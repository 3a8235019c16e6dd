"""Wrong: divides x by 255 before predicting ("inputs must be scaled"), though the model was trained on x as given; breaks 'Predict with a trained classifier and turn its outputs into labels' for the inputs given."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    (
        '    probs = model.predict(x, verbose=0)',
        '    probs = model.predict(x / 255.0, verbose=0)',
    ),
]
